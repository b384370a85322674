"""With JavaScript off, a visitor can still change language and search: both are plain links and forms."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import SITE_TEXT

pytestmark = pytest.mark.browser


@pytest.fixture
def page(new_page):
    return new_page(java_script_enabled=False)


def expect_javascript_off(page):
    """site.js puts the "js" class on <html> as soon as it runs; here it must never have run."""
    expect(page.locator("html")).not_to_have_class(re.compile(r"\bjs\b"))


def test_language_switcher_works_without_javascript(page, site_pages, ui_text):
    portuguese_news_url = site_pages["news_index"]["pt"].url
    page.goto("/en/news/")
    expect_javascript_off(page)

    page.get_by_role("navigation", name=ui_text("en", "Languages")).locator('a[hreflang="pt"]').click()

    expect(page).to_have_url(re.compile(re.escape(portuguese_news_url) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", "pt")
    expect(page.get_by_role("heading", level=1)).to_have_text(SITE_TEXT["pt"]["news"])


def test_header_search_works_without_javascript(page, site_pages, ui_text):
    news_title = site_pages["news"][1]["vi"].title
    page.goto("/vi/")
    expect_javascript_off(page)
    header = page.get_by_role("banner")

    header.get_by_role("searchbox", name=ui_text("vi", "Search the site")).fill("thư viện")
    header.get_by_role("button", name=ui_text("vi", "Search")).click()

    expect(page).to_have_url(re.compile(r"/vi/search/\?q="))
    results = page.locator(".search-results").get_by_role("link")
    expect(results).to_have_text([news_title])
    results.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(news_title)
