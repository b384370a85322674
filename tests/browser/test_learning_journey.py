"""Professional learning in the browser.

An educator finds a maths study group through the catalog's filters, enrols, and, once the
facilitator has taken attendance, writes the closing reflection and downloads the certificate, which
reads back with her name, the offering and its verification code. axe-core finds nothing serious on
the catalog or on an offering, in any language.
"""

import re
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from learning.catalog import services
from learning.models.catalog import Enrolment, EnrolmentStatus
from tests.browser.screens import SMALL_PHONE, assert_no_sideways_scroll
from tests.demo import LANGUAGE_CODES
from tests.factories import make_multilingual_news_site, translate_page
from tests.learning.catalog.factories import EducatorFactory, make_catalog, make_offering
from tests.learning.catalog.pdf_text import pdf_text, squeezed

pytestmark = pytest.mark.browser

PASSWORD = "a-long-test-password"


@pytest.fixture
def learning_site(live_server, django_db_serialized_rollback):
    """The site in every language, the catalog and two offerings translated into each, an educator."""
    pages = make_multilingual_news_site()
    catalog = make_catalog(pages["home"]["en"])
    facilitator = EducatorFactory(first_name="Fatima", last_name="Haddad")
    maths = make_offering(
        catalog,
        "Math talk study group",
        format="study-group",
        subjects=["math"],
        grade_bands=["elementary"],
        standards=["inquiry", "adult-learning"],
        facilitators=[facilitator],
    )
    make_offering(catalog, "Science labs", format="lab-classroom", subjects=["science"], grade_bands=["high"])
    catalogs, offerings = {"en": catalog}, {"en": maths}
    for code in LANGUAGE_CODES:
        if code != "en":
            catalogs[code] = translate_page(catalog, code, title=f"Catalog ({code})")
            offerings[code] = translate_page(maths, code, title=f"Math talk ({code})")
    educator = EducatorFactory(email="lena@example.org", first_name="Lena", last_name="Okafor", preferred_language="en")
    EmailAddress.objects.create(user=educator, email=educator.email, verified=True, primary=True)
    return {"catalogs": catalogs, "offerings": offerings, "educator": educator, "facilitator": facilitator}


def sign_in(page, email):
    page.goto("/en/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))


def test_an_educator_finds_enrols_reflects_and_downloads_her_certificate(new_page, learning_site, tmp_path):
    educator, facilitator = learning_site["educator"], learning_site["facilitator"]
    maths = learning_site["offerings"]["en"]
    page = new_page(viewport={"width": 1280, "height": 900})
    sign_in(page, educator.email)

    # She filters the catalog to maths: the link she lands on carries the filter.
    page.goto(learning_site["catalogs"]["en"].url)
    page.get_by_label("Subject").select_option("math")
    page.get_by_role("button", name="Show offerings").click()
    expect(page).to_have_url(re.compile(r"subject=math"))
    expect(page.get_by_role("link", name="Science labs")).to_have_count(0)
    page.get_by_role("link", name="Math talk study group").click()

    # She enrols.
    page.get_by_role("button", name="Enrol").click()
    expect(page.get_by_text("You are enrolled.").first).to_be_visible()
    enrolment = Enrolment.objects.get(educator=educator)
    assert enrolment.status == EnrolmentStatus.ENROLLED

    # The facilitator takes attendance of both sessions.
    for session in maths.sessions.all():
        services.record_attendance(session, [enrolment.pk], facilitator)

    # She writes her closing reflection, which completes the offering.
    page.reload()
    page.get_by_label("Closing reflection").fill("We listened to how students explain their thinking.")
    page.get_by_role("button", name="Save my reflection").click()
    expect(page.get_by_text("You have completed this offering.")).to_be_visible()

    # She downloads her certificate and it reads back as text.
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download my certificate (PDF)").click()
    path = Path(tmp_path) / "certificate.pdf"
    download_info.value.save_as(path)
    text = squeezed(pdf_text(path.read_bytes()))
    enrolment.refresh_from_db()
    assert "LenaOkafor" in text
    assert "Mathtalkstudygroup" in text
    assert enrolment.certificate.code in text


def test_the_catalog_and_an_offering_pass_axe_in_every_language(new_page, learning_site, assert_no_serious_violations):
    page = new_page(viewport={"width": 1280, "height": 900})
    for code in LANGUAGE_CODES:
        page.goto(learning_site["catalogs"][code].url)
        expect(page.locator("html")).to_have_attribute("lang", code)
        assert_no_serious_violations(page)
        page.goto(learning_site["offerings"][code].url)
        assert_no_serious_violations(page)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_phone_at_320_pixels_never_scrolls_sideways(new_page, learning_site, language):
    page = new_page(viewport=SMALL_PHONE)
    for url in (learning_site["catalogs"][language].url, learning_site["offerings"][language].url):
        page.goto(url)
        assert_no_sideways_scroll(page)
