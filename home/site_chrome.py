"""The menus, footer and language links around every page, cached per content generation.

They change only when a page is published or a snippet saved, which starts a new page-cache
generation (home.page_cache), so caching them under that generation never serves a stale link,
and a page that is not served from the page cache (a signed-in visitor, a filtered listing)
still skips their queries.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from wagtail.models import Page, Site
from wagtail.rich_text import expand_db_html

from home.models import FooterContent, NavigationMenu
from home.page_cache import current_generation


def cached_per_generation(name, build):
    """``build()``, kept until content changes (per language); what it returns must be picklable."""
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
    return cached_per_generation(f"menu:{request.get_host()}:{slug}", lambda: _menu_links(slug, request))


def _footer():
    footer = FooterContent.for_slug("footer")
    if footer is None:
        return {}
    return {"text_html": expand_db_html(footer.text), "contact": footer.contact}


def footer():
    """The footer's text (as HTML) and contact details, in the current language."""
    return cached_per_generation("footer", _footer)


def _page_language_targets(page, request):
    site = Site.find_for_request(request)
    home_key = site.root_page.translation_key if site else None
    found = (
        Page.objects.filter(translation_key__in={page.translation_key, home_key} - {None})
        .live()
        .public()
        .select_related("locale")
    )
    page_in, home_in = {}, {}
    for candidate in found:
        language = candidate.locale.language_code
        if candidate.translation_key == page.translation_key:
            page_in[language] = candidate
        if candidate.translation_key == home_key:
            home_in[language] = candidate
    targets = {}
    for code, _name in settings.LANGUAGES:
        if code in page_in:
            targets[code] = (page_in[code].get_url(request), True)
        elif code in home_in:
            targets[code] = (home_in[code].get_url(request) + "?untranslated=1", False)
        else:
            targets[code] = (f"/{code}/", False)
    return targets


def page_language_targets(page, request):
    """For each language, ``(url, translated)``: the same page in that language, or, when it is
    not translated (or not live) there, that language's home page with a notice."""
    return cached_per_generation(
        f"languages:{request.get_host()}:{page.pk}", lambda: _page_language_targets(page, request)
    )
