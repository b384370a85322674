"""axe-core finds nothing serious or critical on the pages every visitor reads, in every language."""

from django.conf import settings

import pytest
from playwright.sync_api import expect

from tests.factories import SITE_TEXT

pytestmark = pytest.mark.browser

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# One word of the second news title in each language, to search for.
SEARCH_WORDS = {"en": "library", "ar": "مواعيد"}


def test_home_page_has_no_serious_violations_in_any_language(page, site_pages, assert_no_serious_violations, subtests):
    for language in LANGUAGES:
        with subtests.test(language=language):
            page.goto(f"/{language}/")
            expect(page.get_by_role("heading", level=1)).to_have_text(SITE_TEXT[language]["home"])
            assert_no_serious_violations(page)


def test_news_pages_have_no_serious_violations(page, site_pages, assert_no_serious_violations, subtests):
    news_pages = []
    for language in ("en", "ar"):
        index, item = site_pages["news_index"][language], site_pages["news"][0][language]
        news_pages += [(language, "index", index.url, index.title), (language, "item", item.url, item.title)]
    for language, kind, url, title in news_pages:
        with subtests.test(language=language, page=kind):
            page.goto(url)
            expect(page.get_by_role("heading", level=1)).to_have_text(title)
            assert_no_serious_violations(page)


def test_search_results_have_no_serious_violations(page, site_pages, assert_no_serious_violations, subtests):
    for language, word in SEARCH_WORDS.items():
        expected_title = site_pages["news"][1][language].title
        with subtests.test(language=language):
            page.goto(f"/{language}/search/?q={word}")
            expect(page.locator(".search-results").get_by_role("link")).to_have_text([expected_title])
            assert_no_serious_violations(page)
