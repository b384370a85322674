"""Seats, the waitlist and its automatic promotion, and the private link to change or cancel."""

from django.core import mail
from django.urls import reverse

import pytest

from engagement.listening import services
from engagement.models.listening import ListeningRegistration, RegistrationStatus
from tests.engagement.listening.factories import form_data, make_session, person_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_session(index):
    return make_session(index, capacity=2)


def _register(session, email, **fields):
    return services.register(session, person_fields(email=email, **fields))


def test_people_beyond_the_seats_join_the_waitlist(small_session):
    first, second, third = (_register(small_session, f"p{n}@example.org") for n in range(3))
    assert [first.status, second.status] == [RegistrationStatus.CONFIRMED] * 2
    assert third.status == RegistrationStatus.WAITLISTED
    assert services.seats_left(small_session) == 0


def test_a_cancellation_promotes_the_first_person_waiting_and_tells_them(small_session, committed):
    first, _second = _register(small_session, "a@example.org"), _register(small_session, "b@example.org")
    waiting_first = _register(small_session, "c@example.org", language="ht")
    waiting_second = _register(small_session, "d@example.org")
    mail.outbox.clear()
    with committed():
        _cancelled, promoted = services.cancel_registration(first)
    assert promoted == [waiting_first]
    waiting_first.refresh_from_db()
    waiting_second.refresh_from_db()
    assert waiting_first.status == RegistrationStatus.CONFIRMED and waiting_first.promoted_at
    assert waiting_second.status == RegistrationStatus.WAITLISTED
    assert [message.to for message in mail.outbox] == [["c@example.org"]]
    assert services.seats_taken(small_session) == 2


def test_cancelling_a_waitlist_place_promotes_nobody(small_session):
    _register(small_session, "a@example.org")
    _register(small_session, "b@example.org")
    waiting = _register(small_session, "c@example.org")
    _cancelled, promoted = services.cancel_registration(waiting)
    assert promoted == []


def test_adding_seats_promotes_people_waiting(small_session):
    for n in range(4):
        _register(small_session, f"p{n}@example.org")
    promoted = services.change_capacity(small_session, 3)
    assert len(promoted) == 1
    assert services.seats_taken(small_session) == 3


def test_a_cancelled_place_can_be_taken_again_with_the_same_address(small_session):
    registration = _register(small_session, "a@example.org")
    services.cancel_registration(registration)
    again = _register(small_session, "a@example.org")
    assert again.status == RegistrationStatus.CONFIRMED


# The private link


def test_the_private_link_shows_the_place_and_the_online_link(client, small_session):
    registration = _register(small_session, "a@example.org")
    response = client.get(reverse("listening:manage", args=[registration.manage_token]))
    assert response.status_code == 200
    assert small_session.online_link in response.content.decode()
    assert registration.checkin_code in response.content.decode()


def test_the_waitlist_does_not_see_the_online_link(client, small_session):
    for n in range(2):
        _register(small_session, f"p{n}@example.org")
    waiting = _register(small_session, "w@example.org")
    response = client.get(reverse("listening:manage", args=[waiting.manage_token]))
    assert small_session.online_link not in response.content.decode()


@pytest.mark.parametrize(
    "tamper",
    [
        lambda t: t[:-1],
        lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),
        lambda t: t + "x",
        lambda t: "x" * 500,
        lambda t: "../" + t,
    ],
)
def test_a_wrong_or_tampered_link_is_refused(client, small_session, tamper):
    registration = _register(small_session, "a@example.org")
    token = tamper(registration.manage_token)
    for name in ("manage", "registration_ics"):
        assert client.get(f"/en/listening/r/{token}/" + ("" if name == "manage" else "session.ics")).status_code == 404
    assert client.post(f"/en/listening/r/{token}/cancel/").status_code == 404
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_a_registrant_changes_their_details(client, small_session):
    registration = _register(small_session, "a@example.org")
    url = reverse("listening:manage", args=[registration.manage_token])
    response = client.post(
        url, form_data(email="a@example.org", name="Ana Maria", language="pt", children_count="1", children_ages="5")
    )
    assert response.status_code == 302
    registration.refresh_from_db()
    assert (registration.name, registration.language, registration.children_ages) == ("Ana Maria", "pt", [5])
    assert registration.status == RegistrationStatus.CONFIRMED


def test_a_bad_change_is_a_form_error(client, small_session):
    registration = _register(small_session, "a@example.org")
    url = reverse("listening:manage", args=[registration.manage_token])
    response = client.post(url, form_data(email="", phone="", name=""))
    assert response.status_code == 200
    assert {"name", "email"} <= set(response.context["form"].errors)


def test_a_registrant_cancels_through_their_link(client, small_session, committed):
    registration = _register(small_session, "a@example.org")
    _register(small_session, "b@example.org")
    waiting = _register(small_session, "c@example.org")
    with committed():
        response = client.post(reverse("listening:cancel", args=[registration.manage_token]))
    assert response.status_code == 302
    registration.refresh_from_db()
    waiting.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED
    assert waiting.status == RegistrationStatus.CONFIRMED
    # Cancelling again changes nothing.
    client.post(reverse("listening:cancel", args=[registration.manage_token]))
    assert ListeningRegistration.objects.filter(status=RegistrationStatus.CONFIRMED).count() == 2


def test_cancelling_needs_a_post(client, small_session):
    registration = _register(small_session, "a@example.org")
    assert client.get(reverse("listening:cancel", args=[registration.manage_token])).status_code == 405
