"""The menus and footer around every page, cached per language and content generation.

They change only when a page is published or a snippet saved, which starts a new page-cache
generation (home.page_cache), so caching them under that generation never serves a stale link,
and a page that is not served from the page cache (a signed-in visitor, a filtered listing)
still skips their queries.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from wagtail.rich_text import expand_db_html

from home.models import FooterContent, NavigationMenu
from home.page_cache import current_generation


def _cached(name, build):
    key = f"site-chrome:{current_generation()}:{get_language()}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, settings.PAGE_CACHE_SECONDS or None)
    return value


def _menu_links(slug, request):
    menu = NavigationMenu.for_slug_with_items(slug)
    if menu is None:
        return []
    return [
        {
            "title": item.title,
            "url": item.link_page.get_url(request) if item.link_page else item.link_url,
            "page_id": item.link_page_id,
        }
        for item in menu.items.all()
        if item.link_page is None or item.link_page.live
    ]


def menu_links(slug, request):
    """The links of the menu with this slug, in the current language: title, url, page_id."""
    return _cached(f"menu:{request.get_host()}:{slug}", lambda: _menu_links(slug, request))


def _footer():
    footer = FooterContent.for_slug("footer")
    if footer is None:
        return {}
    return {"text_html": expand_db_html(footer.text), "contact": footer.contact}


def footer():
    """The footer's text (as HTML) and contact details, in the current language."""
    return _cached("footer", _footer)
