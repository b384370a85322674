"""At the door (search, code, QR link, walk-ins, attendance) and the Organizers' planning view and CSV."""

import csv
import io

from django.urls import reverse

import pytest

from engagement.listening import services
from engagement.listening.emails import checkin_url
from engagement.models.listening import ListeningRegistration, RegistrationStatus
from tests.engagement.listening.factories import make_session, person_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(session):
    return [
        services.register(
            session,
            person_fields(
                email="ana@example.org", name="Ana Souza", interpretation_language="es", children_ages=[3, 7]
            ),
        ),
        services.register(
            session,
            person_fields(
                email="jean@example.org", name="Jean Baptiste", interpretation_language="ht", children_ages=[3]
            ),
        ),
        services.register(
            session,
            person_fields(
                email="mai@example.org",
                name="Mai Nguyen",
                interpretation_language="es",
                accessibility_needs="Wheelchair access",
            ),
        ),
    ]


def test_an_organizer_finds_people_by_name(client, organizer, session, people):
    client.force_login(organizer)
    response = client.get(reverse("listening:checkin", args=[session.pk]), {"q": "jean"})
    assert response.status_code == 200
    assert [person.name for person in response.context["results"]] == ["Jean Baptiste"]


def test_the_qr_code_opens_the_person(client, organizer, session, people):
    client.force_login(organizer)
    url = checkin_url(people[0]).removeprefix("http://127.0.0.1:8000")
    response = client.get(url)
    assert [person.pk for person in response.context["results"]] == [people[0].pk]


def test_checking_in_counts_attendance_once(client, organizer, session, people):
    client.force_login(organizer)
    url = reverse("listening:check_in_person", args=[session.pk, people[0].pk])
    assert client.post(url).status_code == 302
    first = ListeningRegistration.objects.get(pk=people[0].pk).checked_in_at
    client.post(url)
    assert ListeningRegistration.objects.get(pk=people[0].pk).checked_in_at == first
    response = client.get(reverse("listening:checkin", args=[session.pk]))
    assert response.context["counts"]["checked_in"] == 1


def test_a_registration_of_another_session_is_404(client, organizer, index, session, people):
    other = make_session(index)
    client.force_login(organizer)
    assert client.post(reverse("listening:check_in_person", args=[other.pk, people[0].pk])).status_code == 404


def test_a_walk_in_is_added_and_checked_in(client, organizer, session, people):
    client.force_login(organizer)
    response = client.post(reverse("listening:walk_in", args=[session.pk]), {"name": "Walk In", "language": "en"})
    assert response.status_code == 302
    walk_in = ListeningRegistration.objects.get(name="Walk In")
    assert walk_in.walk_in and walk_in.checked_in_at and walk_in.status == RegistrationStatus.CONFIRMED
    assert services.seats_taken(session) == 3  # walk-ins are counted apart from the seats


def test_a_walk_in_without_a_name_is_a_form_error(client, organizer, session):
    client.force_login(organizer)
    response = client.post(reverse("listening:walk_in", args=[session.pk]), {"name": "", "language": "zz"})
    assert response.status_code == 200
    assert {"name", "language"} <= set(response.context["form"].errors)


def test_the_check_in_page_fits_a_phone(client, organizer, session, people):
    client.force_login(organizer)
    content = client.get(reverse("listening:checkin", args=[session.pk]), {"q": "a"}).content.decode()
    assert 'name="viewport"' in content
    assert "listening.css" in content


def test_planning_counts_interpreters_and_children_by_age(client, organizer, session, people):
    client.force_login(organizer)
    response = client.get(reverse("listening_planning:plan", args=[session.pk]))
    assert response.status_code == 200
    plan = response.context["plan"]
    assert plan.confirmed == 3
    assert {label: confirmed for label, confirmed, _waiting in plan.interpretation} == {
        "Spanish": 2,
        "Haitian Creole": 1,
    }
    assert plan.children_by_age == [(3, 2), (7, 1)]
    assert plan.children_total == 3
    assert plan.accessibility_needs == ["Wheelchair access"]


def test_the_csv_export_escapes_formulas(client, organizer, session):
    services.register(
        session,
        person_fields(name='=HYPERLINK("http://evil")', email="evil@example.org", accessibility_needs="+1 ramp"),
    )
    client.force_login(organizer)
    response = client.get(reverse("listening_planning:export_csv", args=[session.pk]))
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "Name"
    assert rows[1][0] == '\'=HYPERLINK("http://evil")'
    assert rows[1][9] == "'+1 ramp"


def test_looking_at_the_registrations_is_audited(client, organizer, session, people):
    from wagtail.models import ModelLogEntry, PageLogEntry

    client.force_login(organizer)
    client.get(reverse("listening_planning:plan", args=[session.pk]))
    entries = [
        *PageLogEntry.objects.filter(action="commongood.view_personal_data"),
        *ModelLogEntry.objects.filter(action="commongood.view_personal_data"),
    ]
    assert entries and all(entry.user_id == organizer.pk for entry in entries)


def test_a_code_with_a_nul_character_finds_nobody_instead_of_failing(client, organizer, session, people):
    client.force_login(organizer)
    response = client.get(reverse("listening:checkin", args=[session.pk]), {"code": "AB\x00CD"})
    assert response.status_code == 200
    assert not response.context["results"]
