"""The community compact in the browser.

A Spanish-speaking parents' organisation signs the compact on a phone-sized window, opens the
confirmation link from the e-mail it receives (in Spanish), confirms, and appears in the list on
the page, in Spanish and in English alike. axe-core finds nothing serious or critical on the
compact page in any of the seven languages, with and without form errors shown.
"""

import re

from django.conf import settings
from django.core import mail

import pytest
from playwright.sync_api import expect

from engagement.models.compact import CommunityPartner, CompactSignature
from tests.browser.screens import PHONE, SMALL_PHONE, assert_no_sideways_scroll
from tests.engagement.compact.factories import SignatureFactory, make_compact
from tests.engagement.compact.helpers import verification_path
from tests.factories import make_multilingual_news_site

pytestmark = pytest.mark.browser

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def compact_site(live_server, django_db_serialized_rollback):
    """The site in every language, the compact translated into each, and two confirmed signatures."""
    pages = make_multilingual_news_site()
    versions = make_compact(pages["home"]["en"], languages=LANGUAGES[1:])
    SignatureFactory(compact_page=versions["en"], name="Sam Whitfield", show_publicly=True)
    SignatureFactory(compact_page=versions["ar"], name="Hidden Signer", show_publicly=False)
    return versions


def test_a_spanish_speaking_organisation_signs_on_a_phone_and_appears_in_the_list(
    new_page, compact_site, ui_text, assert_no_serious_violations
):
    page = new_page(viewport=PHONE)
    page.goto(compact_site["es"].url)
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.locator("[data-compact-count]")).to_have_attribute("data-compact-count", "2")

    page.get_by_label(ui_text("es", "As an organisation")).check()
    page.get_by_label(ui_text("es", "Organisation name")).fill("Padres Unidos de Jamaica Plain")
    page.get_by_label(ui_text("es", "List our organisation publicly on this page")).check()
    page.get_by_label(ui_text("es", "Your name")).fill("Ana Ruiz")
    page.get_by_label(ui_text("es", "E-mail")).fill("ana@padres.example.org")
    expect(page.get_by_label(ui_text("es", "Language for our e-mails"))).to_have_value("es")
    assert_no_sideways_scroll(page)
    page.get_by_role("button", name=ui_text("es", "Sign the compact")).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(ui_text("es", "Check your e-mail"))
    signature = CompactSignature.objects.get(email="ana@padres.example.org")
    assert not signature.is_verified
    [message] = mail.outbox
    assert message.subject == ui_text("es", "Confirm your signature of the community compact")

    page.goto(verification_path(message))
    expect(page.locator("html")).to_have_attribute("lang", "es")
    page.get_by_role("button", name=ui_text("es", "Confirm my signature")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(ui_text("es", "Your signature counts"))
    expect(page.locator("[data-compact-organisations]")).to_contain_text("Padres Unidos de Jamaica Plain")

    page.goto(compact_site["es"].url)
    expect(page.locator("[data-compact-count]")).to_have_attribute("data-compact-count", "3")
    expect(page.locator("[data-compact-organisations]")).to_contain_text("Padres Unidos de Jamaica Plain")
    assert_no_serious_violations(page)
    page.goto(compact_site["en"].url)
    expect(page.locator("[data-compact-count]")).to_have_attribute("data-compact-count", "3")
    expect(page.locator("[data-compact-organisations]")).to_contain_text("Padres Unidos de Jamaica Plain")
    assert "ana@padres.example.org" not in page.content()
    assert CommunityPartner.objects.filter(name="Padres Unidos de Jamaica Plain", status="proposed").exists()


def test_the_compact_has_no_serious_violations_in_any_language(
    page, compact_site, ui_text, assert_no_serious_violations, subtests
):
    for language in LANGUAGES:
        with subtests.test(language=language):
            page.goto(compact_site[language].url)
            expect(page.locator("html")).to_have_attribute("lang", language)
            assert_no_serious_violations(page)
            # And with the form's errors shown.
            page.get_by_role("button", name=ui_text(language, "Sign the compact")).click()
            expect(page.locator("#form-errors")).to_be_visible()
            assert_no_serious_violations(page)


def test_the_arabic_compact_fits_a_small_phone_right_to_left(new_page, compact_site):
    page = new_page(viewport=SMALL_PHONE)
    page.goto(compact_site["ar"].url)

    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert_no_sideways_scroll(page)
    assert re.search(r"/ar/", page.url)
