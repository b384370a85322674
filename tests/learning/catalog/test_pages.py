"""The offering page and the site views: enrolling, the reflection, attendance, who may see what."""

from django.urls import reverse

import pytest

from learning.catalog import services
from learning.models.catalog import Enrolment, EnrolmentStatus
from tests.learning.catalog.factories import EducatorFactory

pytestmark = pytest.mark.django_db


def route(offering, name):
    return offering.url + {"enrol": "enrol/", "cancel": "cancel/", "reflection": "reflection/"}[name]


def test_a_visitor_sees_the_offering_and_is_asked_to_sign_in(client, offering):
    response = client.get(offering.url)
    assert response.status_code == 200
    assert "Sign in to enrol" in response.content.decode()


def test_an_educator_enrols_from_the_page(client, offering, educator):
    client.force_login(educator)
    response = client.post(route(offering, "enrol"))
    assert response.status_code == 302
    assert Enrolment.objects.get(educator=educator).status == EnrolmentStatus.ENROLLED
    assert "Cancel my enrolment" in client.get(offering.url).content.decode()


def test_enrolling_needs_a_post(client, offering, educator):
    client.force_login(educator)
    assert client.get(route(offering, "enrol")).status_code == 405


def test_a_retiree_is_told_enrolment_is_for_educators(client, offering, stranger):
    client.force_login(stranger)
    client.post(route(offering, "enrol"))
    assert not Enrolment.objects.exists()


def test_cancelling_from_the_page(client, offering, educator):
    client.force_login(educator)
    client.post(route(offering, "enrol"))
    client.post(route(offering, "cancel"))
    assert Enrolment.objects.get(educator=educator).status == EnrolmentStatus.CANCELLED


def test_cancelling_without_an_enrolment_is_not_found(client, offering, educator):
    client.force_login(educator)
    assert client.post(route(offering, "cancel")).status_code == 404


def test_the_reflection_completes_after_attendance(client, offering, educator, facilitator):
    enrolment = services.enrol(offering, educator)
    services.record_attendance(offering.sessions.first(), [enrolment.pk], facilitator)
    client.force_login(educator)
    response = client.post(route(offering, "reflection"), {"reflection": "I tried it."})
    assert response.status_code == 302
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED
    assert "Download my certificate" in client.get(offering.url).content.decode()


@pytest.mark.parametrize("text", ["", "x" * 5000, "bell\x07"])
def test_a_bad_reflection_gets_a_form_error_and_keeps_the_text(client, offering, educator, text):
    services.enrol(offering, educator)
    client.force_login(educator)
    response = client.post(route(offering, "reflection"), {"reflection": text})
    assert response.status_code == 400
    assert response.context["reflection_form"].errors


def test_no_reflection_without_an_enrolment(client, offering, educator):
    client.force_login(educator)
    assert client.post(route(offering, "reflection"), {"reflection": "Hi"}).status_code == 404


def attendance_url(offering):
    return reverse("learning:attendance", args=[offering.pk])


def test_the_facilitator_takes_attendance_on_the_site(client, offering, educator, facilitator):
    enrolment = services.enrol(offering, educator)
    session = offering.sessions.first()
    client.force_login(facilitator)
    assert client.get(attendance_url(offering)).status_code == 200
    response = client.post(attendance_url(offering), {"session": session.pk, "attended": [enrolment.pk]})
    assert response.status_code == 302
    assert enrolment.attendance.count() == 1


def test_attendance_of_a_session_of_another_offering_is_not_found(client, catalog, offering, educator, facilitator):
    from tests.learning.catalog.factories import make_offering

    other = make_offering(catalog, "Other")
    client.force_login(facilitator)
    response = client.post(attendance_url(offering), {"session": other.sessions.first().pk})
    assert response.status_code == 404


@pytest.mark.parametrize("who", ["educator", "stranger"])
def test_others_cannot_see_the_roll(client, offering, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(attendance_url(offering)).status_code == 404


def test_a_coordinator_sees_the_roll_and_it_is_audited(client, offering, coordinator):
    from wagtail.models import ModelLogEntry, PageLogEntry

    client.force_login(coordinator)
    assert client.get(attendance_url(offering)).status_code == 200
    assert (
        PageLogEntry.objects.filter(action="commongood.view_personal_data").exists()
        or ModelLogEntry.objects.filter(action="commongood.view_personal_data").exists()
    )


def test_the_coordinator_takes_attendance_in_the_admin(client, offering, educator, coordinator):
    enrolment = services.enrol(offering, educator)
    session = offering.sessions.first()
    client.force_login(coordinator)
    url = reverse("learning_catalog_attendance", args=[offering.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"session": session.pk, "attended": [enrolment.pk]})
    assert enrolment.attendance.count() == 1


def test_the_coordinator_inspects_and_cancels_an_enrolment_in_the_admin(client, offering, educator, coordinator):
    enrolment = services.enrol(offering, educator)
    client.force_login(coordinator)
    assert client.get(reverse("learning_enrolments:inspect", args=[enrolment.pk])).status_code == 200
    client.post(reverse("learning_enrolments:cancel", args=[enrolment.pk]))
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.CANCELLED


def test_an_educator_cannot_use_the_admin_views(client, offering, educator):
    enrolment = services.enrol(offering, educator)
    client.force_login(educator)
    assert client.get(reverse("learning_enrolments:inspect", args=[enrolment.pk])).status_code in (302, 403)
    response = client.post(reverse("learning_catalog_attendance", args=[offering.pk]), {"session": 1})
    assert response.status_code in (302, 403)


def test_my_learning_lists_only_my_enrolments(client, offering, educator):
    services.enrol(offering, EducatorFactory())
    client.force_login(educator)
    response = client.get(reverse("learning:my_learning"))
    assert response.status_code == 200
    assert response.context["enrolments"] == []
