"""Registering on the session page: no account, validation, double clicks, the deadline."""

import datetime
import uuid

from django.core import mail
from django.utils import timezone

import pytest

from engagement.models.listening import ListeningRegistration, RegistrationStatus
from tests.engagement.listening.factories import form_data, make_session

pytestmark = pytest.mark.django_db


def test_a_visitor_registers_without_an_account(client, session, committed):
    with committed():
        response = client.post(
            session.url, form_data(children_count="2", children_ages="3, 7", interpretation_language="ht")
        )
    registration = ListeningRegistration.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"/listening/r/{registration.manage_token}/")
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.children_ages == [3, 7]
    assert registration.interpretation_language == "ht"
    assert registration.user is None
    assert len(registration.checkin_code) == 6
    assert len(mail.outbox) == 1


def test_the_page_shows_the_form_and_never_the_online_link(client, session):
    response = client.get(session.url)
    assert response.status_code == 200
    content = response.content.decode()
    assert 'name="connection"' in content
    assert session.online_link not in content
    assert "openstreetmap.org" in content


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"name": ""}, "name"),
        ({"email": "", "phone": ""}, "email"),
        ({"email": "not-an-address"}, "email"),
        ({"phone": "call me maybe"}, "phone"),
        ({"connection": "alien"}, "connection"),
        ({"language": "xx"}, "language"),
        ({"interpretation_language": "fr"}, "interpretation_language"),  # not offered at this session
        ({"children_count": "2", "children_ages": "4"}, "children_ages"),
        ({"children_count": "1", "children_ages": "forty"}, "children_ages"),
        ({"children_count": "1", "children_ages": "٣"}, "children_ages"),
        ({"children_count": "99"}, "children_count"),
        ({"name": "x" * 10_000}, "name"),
    ],
)
def test_bad_input_is_a_form_error_never_a_500(client, session, changes, field):
    response = client.post(session.url, form_data(**changes))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not ListeningRegistration.objects.exists()


@pytest.mark.parametrize("junk", ["\x00", "\u202e\u0000x", "🙂" * 200, "=cmd|' /C calc'!A0", "ا" * 151])
def test_odd_unicode_never_breaks_the_form(client, session, junk):
    response = client.post(session.url, form_data(name=junk, accessibility_needs=junk))
    assert response.status_code in (200, 302)


def test_a_phone_number_is_enough(client, session, committed):
    with committed():
        response = client.post(session.url, form_data(email="", phone="+1 617 555 0123"))
    assert response.status_code == 302
    assert ListeningRegistration.objects.get().phone == "+1 617 555 0123"
    assert not mail.outbox  # nowhere to write to


def test_a_double_click_registers_once(client, session):
    token = str(uuid.uuid4())
    first = client.post(session.url, form_data(submission_token=token))
    second = client.post(session.url, form_data(submission_token=token))
    assert ListeningRegistration.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_the_same_address_cannot_register_twice(client, session):
    client.post(session.url, form_data())
    response = client.post(session.url, form_data(email="ANA@example.org"))
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert ListeningRegistration.objects.count() == 1


def test_registration_closes_at_the_deadline(client, index):
    session = make_session(index, registration_deadline=timezone.now() - datetime.timedelta(hours=1))
    response = client.post(session.url, form_data())
    assert response.status_code == 200
    assert response.context["form"] is None
    assert not ListeningRegistration.objects.exists()


def test_the_honeypot_keeps_nothing(client, session):
    response = client.post(session.url, form_data(website="http://spam.example"))
    assert response.status_code == 200
    assert not ListeningRegistration.objects.exists()


def test_a_registration_in_another_language_counts_on_the_same_seats(client, session):
    from tests.engagement.listening.factories import translate_session

    spanish = translate_session(session, "es")
    client.post(spanish.url, form_data(language="es"))
    registration = ListeningRegistration.objects.get()
    assert registration.session_id == session.pk
    assert registration.language == "es"


def test_the_form_is_never_served_from_the_page_cache_to_another_visitor(client, session):
    from django.test import Client

    client.get(session.url)
    other = Client().get(session.url)
    assert other.get("X-Page-Cache") != "hit"
    assert "csrftoken" in other.cookies
