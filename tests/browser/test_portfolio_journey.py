"""Portfolios in the browser.

An educator who has completed a workshop in the catalog writes a reflection on it with a photo,
shares the entry by a secret link, and a visitor with the link sees it (photo included) while a
visitor without it, or with a guessed one, finds nothing. axe-core checks the portfolio pages.
"""

import datetime
import io
import re

from django.utils import timezone

import pytest
from allauth.account.models import EmailAddress
from PIL import Image
from playwright.sync_api import expect

from learning.models.portfolios import PortfolioEntry, Visibility
from tests.browser.screens import SMALL_PHONE, assert_no_sideways_scroll
from tests.factories import make_multilingual_news_site
from tests.learning.catalog.factories import complete, make_catalog, make_offering
from tests.learning.portfolios.factories import EducatorFactory

pytestmark = pytest.mark.browser

PASSWORD = "a-long-test-password"


def photo_bytes():
    output = io.BytesIO()
    image = Image.new("RGB", (320, 200), (27, 79, 138))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (40.0, 42.0, 51.0)}
    image.save(output, format="JPEG", exif=exif)
    return output.getvalue()


@pytest.fixture
def educator_with_a_completed_workshop(live_server, django_db_serialized_rollback):
    make_multilingual_news_site()
    from wagtail.models import Page

    home = Page.objects.get(depth=2, locale__language_code="en").specific
    educator = EducatorFactory(email="layla@example.org", first_name="Layla", last_name="Haddad")
    EmailAddress.objects.create(user=educator, email=educator.email, verified=True, primary=True)
    offering = make_offering(
        make_catalog(home),
        title="Number talks workshop",
        start=timezone.now().replace(microsecond=0) - datetime.timedelta(days=30),
    )
    enrolment = complete(offering, educator)
    return educator, offering, enrolment


def sign_in(page, email):
    page.goto("/en/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))


def image_is_shown(page, locator):
    """Whether the (lazy-loaded) image arrived and decoded: a file the visitor may not open would not."""
    locator.scroll_into_view_if_needed()
    page.wait_for_function("(img) => img.complete", arg=locator.element_handle())
    return page.evaluate("(img) => img.naturalWidth > 0", locator.element_handle())


def test_an_educator_shares_a_reflection_by_secret_link(
    new_page, educator_with_a_completed_workshop, assert_no_serious_violations
):
    educator, offering, _enrolment = educator_with_a_completed_workshop
    page = new_page(viewport={"width": 1280, "height": 900})
    sign_in(page, educator.email)

    # Her portfolio offers to reflect on the workshop she completed.
    page.goto("/en/portfolio/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My portfolio")
    assert_no_serious_violations(page)
    page.get_by_role("link", name="Reflect on it in an entry").click()
    expect(page.get_by_label("Title")).to_have_value("Number talks workshop")
    assert_no_serious_violations(page)

    # She writes her reflection, ticks two standards and adds a photo.
    page.get_by_role("textbox", name="Reflection").fill(
        "Photos of our school made the quiet students talk.\n\nNext: they take the photos."
    )
    page.get_by_label("Inquiry driven").check()
    page.get_by_label("Documented and shared").check()
    page.get_by_label("Hours").fill("6")
    page.get_by_label("Files").set_input_files(
        files=[{"name": "playground.jpg", "mimeType": "image/jpeg", "buffer": photo_bytes()}]
    )
    page.get_by_role("button", name="Save the entry").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Number talks workshop")
    photo = page.locator("article img")
    expect(photo).to_have_count(1)
    assert image_is_shown(page, photo)
    assert_no_serious_violations(page)
    entry = PortfolioEntry.objects.get(owner=educator)
    assert entry.offering_id == offering.pk and entry.standards == ["inquiry", "documented"]

    # She shares it by a secret link for a week.
    page.get_by_role("link", name="Share").click()
    assert_no_serious_violations(page)
    page.get_by_label("Anyone with a secret link, until it expires").check()
    page.get_by_label("The secret link works until").fill(
        (timezone.localdate() + datetime.timedelta(days=7)).isoformat()
    )
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_label("The secret link", exact=True)).to_be_visible()
    assert_no_serious_violations(page)
    link = page.get_by_label("The secret link", exact=True).input_value()
    entry.refresh_from_db()
    assert entry.visibility == Visibility.LINK and entry.share_token in link

    # A visitor with the link sees the reflection and the photo.
    visitor = new_page(viewport=SMALL_PHONE)
    visitor.goto(link)
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Number talks workshop")
    expect(visitor.get_by_text("Photos of our school made the quiet students talk.")).to_be_visible()
    assert image_is_shown(visitor, visitor.locator("article img"))
    assert_no_sideways_scroll(visitor)
    assert_no_serious_violations(visitor)

    # A visitor without it finds nothing: not by the entry's address, not by a guessed link.
    stranger = new_page(viewport={"width": 1280, "height": 800})
    response = stranger.goto(f"/en/portfolio/entries/{entry.pk}/")
    assert response.status == 404
    expect(stranger.get_by_text("Photos of our school")).to_have_count(0)
    assert stranger.goto(link[:-4] + "abcd").status == 404

    # The gallery and the PDF page pass the accessibility checks too.
    for address in ("/en/portfolio/gallery/", "/en/portfolio/pdf/", "/en/portfolio/collections/new/"):
        page.goto(address)
        assert_no_serious_violations(page)
