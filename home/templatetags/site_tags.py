"""Tags the site layout needs on every page: language links, menus and the footer."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page

from home import site_chrome

register = template.Library()


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
    if page is not None:
        targets = site_chrome.page_language_targets(page, request)
    else:
        targets = {code: (translate_url(request.get_full_path(), code), True) for code, _name in settings.LANGUAGES}
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url, translated = targets[code]
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
