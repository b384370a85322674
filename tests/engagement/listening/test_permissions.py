"""Only Organizers see registrations: not Captains, not other staff, not visitors."""

from django.urls import reverse

import pytest

from engagement.listening import services
from tests.engagement.listening.factories import make_captain, person_fields
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def registration(session):
    return services.register(session, person_fields())


def _site_urls(session, registration):
    return [
        reverse("listening:checkin", args=[session.pk]),
        reverse("listening:walk_in", args=[session.pk]),
    ]


def _admin_urls(session):
    return [
        reverse("listening_planning:index"),
        reverse("listening_planning:plan", args=[session.pk]),
        reverse("listening_planning:export_csv", args=[session.pk]),
    ]


def test_visitors_are_asked_to_sign_in(client, session, registration):
    for url in _site_urls(session, registration):
        assert client.get(url).status_code == 302
    for url in _admin_urls(session):
        assert client.get(url).status_code == 302


def test_a_captain_sees_nothing(client, session, registration):
    client.force_login(make_captain())
    for url in _site_urls(session, registration):
        assert client.get(url).status_code == 404
    assert client.post(reverse("listening:check_in_person", args=[session.pk, registration.pk])).status_code == 404
    for url in _admin_urls(session):
        assert client.get(url).status_code in (302, 403)


def test_a_member_sees_nothing(client, session, registration):
    client.force_login(UserFactory())
    for url in _site_urls(session, registration):
        assert client.get(url).status_code == 404


def test_an_organizer_sees_everything(client, organizer, session, registration):
    client.force_login(organizer)
    for url in [*_site_urls(session, registration), *_admin_urls(session)]:
        assert client.get(url).status_code == 200, url


def test_the_facilitator_notes_are_never_on_the_public_page(client, index):
    from tests.engagement.listening.factories import make_session

    session = make_session(index, facilitator_notes="Private: the principal was defensive.")
    assert "principal was defensive" not in client.get(session.url).content.decode()


def test_an_organizer_edits_sessions_with_their_themes_in_the_admin(client, organizer, index, session):
    client.force_login(organizer)
    assert client.get(f"/admin/pages/{session.pk}/edit/").status_code == 200
    add_url = f"/admin/pages/add/engagement/listeningsessionpage/{index.pk}/"
    response = client.get(add_url)
    assert response.status_code == 200
    assert "session_themes" in response.content.decode()


def test_a_captain_cannot_edit_sessions(client, session):
    client.force_login(make_captain())
    assert client.get(f"/admin/pages/{session.pk}/edit/").status_code == 302
