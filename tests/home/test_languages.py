"""Language negotiation, the switcher, hreflang, and <html lang dir> in every language."""

import re

from django.conf import settings

import pytest

from tests.factories import NewsIndexPageFactory, StandardPageFactory, translate_page

pytestmark = pytest.mark.django_db

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def translated_home(home_page):
    for code in LANGUAGE_CODES[1:]:
        translate_page(home_page, code, title=f"Home ({code})")
    return home_page


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("es-ES,es;q=0.9,en;q=0.5", "/es/"),
        ("ht", "/ht/"),
        ("pt-BR,pt;q=0.8", "/pt/"),
        ("vi-VN", "/vi/"),
        ("zh-CN,zh;q=0.9", "/zh-hans/"),
        ("ar-EG,ar;q=0.9", "/ar/"),
        ("fr-FR", "/en/"),
        ("", "/en/"),
    ],
)
def test_first_visit_follows_accept_language(client, translated_home, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_html_lang_and_dir_are_right_for_every_language(client, translated_home, code):
    html = client.get(f"/{code}/").content.decode()
    direction = "rtl" if code == "ar" else "ltr"
    assert f'<html lang="{code}" dir="{direction}">' in html


def test_switcher_leads_to_the_same_page_in_another_language(client, home_page):
    about = StandardPageFactory(parent=home_page, title="About us", slug="about")
    translate_page(home_page, "es", title="Inicio")
    translate_page(about, "es", title="Quiénes somos")
    html = client.get("/en/about/").content.decode()
    assert re.search(r'<a href="/es/about/" lang="es" hreflang="es"', html)


def test_switcher_leads_to_the_home_page_with_a_notice_when_untranslated(client, home_page):
    StandardPageFactory(parent=home_page, title="About us", slug="about")
    translate_page(home_page, "ht", title="Akèy")
    html = client.get("/en/about/").content.decode()
    assert re.search(r'<a href="/ht/\?untranslated=1" lang="ht"', html)
    notice_page = client.get("/ht/?untranslated=1").content.decode()
    assert 'class="notice notice--info"' in notice_page


def test_hreflang_links_name_only_the_translations_that_exist(client, home_page):
    translate_page(home_page, "ar", title="الرئيسية")
    html = client.get("/en/").content.decode()
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/">' in html
    assert '<link rel="alternate" hreflang="ar" href="http://testserver/ar/">' in html
    assert 'hreflang="es" href="http://testserver/es/"' not in html


def test_switcher_on_a_non_page_view_keeps_the_path_and_query(client, home_page):
    html = client.get("/en/search/?q=schools").content.decode()
    assert 'href="/vi/search/?q=schools" lang="vi"' in html


def test_current_language_is_marked_in_the_switcher(client, translated_home):
    html = client.get("/pt/").content.decode()
    assert re.search(r'lang="pt" hreflang="pt" dir="ltr" aria-current="true"', html)


def test_news_index_is_served_in_each_translated_language(client, translated_home):
    news = NewsIndexPageFactory(parent=translated_home)
    translate_page(news, "vi", title="Tin tức")
    response = client.get("/vi/news/")
    assert response.status_code == 200
    assert "Tin tức" in response.content.decode()


def test_switcher_follows_a_translation_published_later(client, home_page):
    about = StandardPageFactory(parent=home_page, title="About us", slug="about")
    translate_page(home_page, "es", title="Inicio")
    assert 'href="/es/?untranslated=1" lang="es"' in client.get("/en/about/?fresh=1").content.decode()
    translate_page(about, "es", title="Quiénes somos")
    assert 'href="/es/about/" lang="es"' in client.get("/en/about/?fresh=2").content.decode()
