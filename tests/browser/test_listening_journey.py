"""Listening sessions in the browser.

A Haitian Creole speaker registers on a phone for a session that is full, is put on the waitlist,
and is moved up when someone cancels; both e-mails reach them in Haitian Creole. axe-core finds
nothing serious or critical on the session index and a session page in any of the seven languages.
"""

from django.conf import settings
from django.core import mail
from django.urls import reverse

import pytest
from playwright.sync_api import expect

from engagement.listening import services
from engagement.models.listening import ListeningRegistration, RegistrationStatus
from tests.browser.screens import PHONE, assert_no_sideways_scroll
from tests.engagement.listening.factories import make_index, make_session, person_fields, translate_session
from tests.factories import make_multilingual_news_site, translate_page

pytestmark = pytest.mark.browser

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def sessions_site(live_server, django_db_serialized_rollback):
    """The site in every language, a listening-session index and one full session in each."""
    pages = make_multilingual_news_site()
    index = make_index(pages["home"]["en"])
    indexes = {"en": index}
    for language in LANGUAGES[1:]:
        indexes[language] = translate_page(index, language, title=f"Listening sessions ({language})")
    session = make_session(index, title="Riverside families", slug="riverside-families", capacity=1)
    sessions = {"en": session}
    for language in LANGUAGES[1:]:
        sessions[language] = translate_session(session, language)
    services.register(session, person_fields(email="first@example.org", name="First Person"))
    mail.outbox.clear()
    return indexes, sessions


def test_a_creole_speaker_is_waitlisted_then_promoted_with_both_emails_in_creole(
    new_page, sessions_site, ui_text, assert_no_serious_violations
):
    _indexes, sessions = sessions_site
    creole = sessions["ht"]
    page = new_page(viewport=PHONE)
    page.goto(creole.url)
    expect(page.locator("html")).to_have_attribute("lang", "ht")
    page.get_by_label(ui_text("ht", "Your name")).fill("Rose-Merline Pierre")
    page.get_by_label(ui_text("ht", "E-mail")).fill("rose@example.org")
    expect(page.get_by_label(ui_text("ht", "Language we should write to you in"))).to_have_value("ht")
    page.get_by_label(ui_text("ht", "I need an interpreter for")).select_option("ht")
    page.get_by_label(ui_text("ht", "Parent or guardian")).check()
    assert_no_sideways_scroll(page)
    page.get_by_role("button", name=ui_text("ht", "Join the waitlist")).click()

    registration = ListeningRegistration.objects.get(email="rose@example.org")
    assert registration.status == RegistrationStatus.WAITLISTED
    expect(page).to_have_url(f"{page.url.split('/ht/')[0]}/ht/listening/r/{registration.manage_token}/")
    assert creole.online_link not in page.content()
    assert_no_serious_violations(page)
    [waitlisted] = mail.outbox
    assert waitlisted.to == ["rose@example.org"]
    assert waitlisted.subject == ui_text("ht", "You are on the waitlist: %(title)s") % {"title": creole.title}
    assert ui_text("ht", "Hello %(name)s,") % {"name": "Rose-Merline Pierre"} in waitlisted.body

    # The first person cannot come: they cancel through their own link.
    first = ListeningRegistration.objects.get(email="first@example.org")
    other = new_page(viewport=PHONE)
    other.goto(reverse("listening:manage", args=[first.manage_token]))
    other.get_by_role("button", name=ui_text("en", "Cancel my registration")).click()
    expect(other.get_by_text(ui_text("en", "This registration is cancelled."))).to_be_visible()

    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    promoted = mail.outbox[-1]
    assert promoted.to == ["rose@example.org"]
    assert promoted.subject == ui_text("ht", "A seat opened for you: %(title)s") % {"title": creole.title}
    assert registration.checkin_code in promoted.body

    page.reload()
    expect(page.get_by_text(creole.online_link)).to_be_visible()
    expect(page.locator(".checkin-code")).to_have_text(registration.checkin_code)


def test_the_session_pages_have_no_serious_violations_in_any_language(
    page, sessions_site, assert_no_serious_violations, subtests
):
    indexes, sessions = sessions_site
    for language in LANGUAGES:
        with subtests.test(language=language):
            page.goto(indexes[language].url)
            expect(page.locator("html")).to_have_attribute("lang", language)
            assert_no_serious_violations(page)
            page.goto(sessions[language].url)
            assert_no_serious_violations(page)
