"""A Spanish-speaking parent switches the site to Arabic, searches the news and reads an item."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import SITE_TEXT

pytestmark = pytest.mark.browser


def edges(locator):
    """Where an element sits across the screen: its left and right edges, in CSS pixels."""
    rect = locator.bounding_box()
    assert rect is not None, f"{locator} is not displayed"
    return rect["x"], rect["x"] + rect["width"]


def test_reader_switches_from_spanish_to_arabic_and_finds_a_news_item_by_search(page, site_pages, ui_text):
    news_item = site_pages["news"][1]["ar"]
    news_title, news_url = news_item.title, news_item.url
    arabic_word = "مواعيد"  # "hours" (opening times): only the second news title has it
    assert arabic_word in news_title.split()
    html = page.locator("html")
    brand = page.get_by_role("banner").locator(".site-header__brand")
    search_form = page.get_by_role("banner").get_by_role("search")

    page.goto("/es/")

    expect(html).to_have_attribute("lang", "es")
    expect(html).to_have_attribute("dir", "ltr")
    expect(page.get_by_role("heading", level=1)).to_have_text(SITE_TEXT["es"]["home"])
    _, brand_right = edges(brand)
    form_left, _ = edges(search_form)
    assert brand_right <= form_left, "in Spanish the brand should sit to the left of the search box"

    page.get_by_role("navigation", name=ui_text("es", "Languages")).locator('a[hreflang="ar"]').click()

    expect(page).to_have_url(re.compile(r"/ar/$"))
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_have_text(SITE_TEXT["ar"]["home"])
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    brand_left, _ = edges(brand)
    _, form_right = edges(search_form)
    assert form_right <= brand_left, "in Arabic the brand should sit to the right of the search box"
    languages = page.get_by_role("navigation", name=ui_text("ar", "Languages"))
    expect(languages.locator('a[aria-current="true"]')).to_have_attribute("hreflang", "ar")
    first_left, _ = edges(languages.get_by_role("link").first)
    _, last_right = edges(languages.get_by_role("link").last)
    assert last_right <= first_left, "in Arabic the list of languages should run from right to left"

    search_box = page.get_by_role("banner").get_by_role("searchbox", name=ui_text("ar", "Search the site"))
    search_box.fill(arabic_word)
    search_box.press("Enter")

    expect(page).to_have_url(re.compile(r"/ar/search/\?q="))
    expect(html).to_have_attribute("dir", "rtl")
    results = page.locator(".search-results").get_by_role("link")
    expect(results).to_have_text([news_title])

    results.click()

    expect(page).to_have_url(re.compile(re.escape(news_url) + "$"))
    expect(html).to_have_attribute("lang", "ar")
    expect(page.get_by_role("heading", level=1)).to_have_text(news_title)
