"""Tags the site layout needs on every page: language links, menus and the footer."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page, Site

from home import site_chrome

register = template.Library()


def _page_and_home_translations(request, page):
    """Map language code to the live translation of ``page`` and of the site's home page."""
    site = Site.find_for_request(request)
    keys = {page.translation_key} if page else set()
    if site is not None:
        keys.add(site.root_page.translation_key)
    found = Page.objects.filter(translation_key__in=keys).live().public().select_related("locale")
    page_in, home_in = {}, {}
    for candidate in found:
        language = candidate.locale.language_code
        if page is not None and candidate.translation_key == page.translation_key:
            page_in[language] = candidate
        if site is not None and candidate.translation_key == site.root_page.translation_key:
            home_in[language] = candidate
    return page_in, home_in


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: where the switcher leads and whether this page exists there.

    On a Wagtail page the link goes to the same page in the other language, or, if that is not
    translated yet, to that language's home page with a notice. Other views translate their URL.
    """
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    page_in, home_in = _page_and_home_translations(request, page) if page else ({}, {})
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        if page is None:
            url, translated = translate_url(request.get_full_path(), code), True
        elif code in page_in:
            url, translated = page_in[code].get_url(request), True
        elif code in home_in:
            url, translated = home_in[code].get_url(request) + "?untranslated=1", False
        else:
            url, translated = f"/{code}/", False
        links.append(
            {
                "code": code,
                "name": name,
                "english_name": get_language_info(code)["name"],
                "bidi": get_language_info(code)["bidi"],
                "url": url,
                "full_url": request.build_absolute_uri(url),
                "is_translated": translated,
                "is_current": code == current,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def navigation_menu(context, slug):
    return site_chrome.menu_links(slug, context["request"])


@register.simple_tag
def footer_content():
    return site_chrome.footer()
