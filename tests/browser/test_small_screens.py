"""The site fits a small phone: nothing sticks out sideways at 320 CSS pixels, left to right or right to left."""

import pytest
from playwright.sync_api import expect

from tests.browser.screens import SMALL_PHONE, assert_no_sideways_scroll
from tests.factories import SITE_TEXT

pytestmark = pytest.mark.browser


def test_home_page_has_no_horizontal_scroll_at_320_pixels(new_page, site_pages, subtests):
    page = new_page(viewport=SMALL_PHONE)
    for language in ("en", "ar"):
        with subtests.test(language=language):
            page.goto(f"/{language}/")
            expect(page.get_by_role("heading", level=1)).to_have_text(SITE_TEXT[language]["home"])
            expect(page.locator(".card")).to_have_count(len(site_pages["news"]))

            assert_no_sideways_scroll(page)
