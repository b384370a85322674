"""Enrolment, the waitlist, attendance and completion."""

from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

import pytest

from learning.catalog import services
from learning.models.catalog import Certificate, Enrolment, EnrolmentStatus
from tests.learning.catalog.factories import EducatorFactory, make_offering

pytestmark = pytest.mark.django_db


def test_an_educator_enrols_while_places_remain(offering, educator):
    enrolment = services.enrol(offering, educator)
    assert enrolment.status == EnrolmentStatus.ENROLLED


def test_enrolling_twice_keeps_one_enrolment(offering, educator):
    services.enrol(offering, educator)
    services.enrol(offering, educator)
    assert Enrolment.objects.filter(educator=educator).count() == 1


def test_a_full_offering_puts_the_next_educator_on_the_waitlist(catalog):
    offering = make_offering(catalog, capacity=1)
    services.enrol(offering, EducatorFactory())
    assert services.enrol(offering, EducatorFactory()).status == EnrolmentStatus.WAITLISTED


def test_cancelling_promotes_the_first_waiting_and_tells_them(catalog, django_capture_on_commit_callbacks):
    offering = make_offering(catalog, capacity=1)
    first, second, third = EducatorFactory(), EducatorFactory(preferred_language="es"), EducatorFactory()
    enrolment = services.enrol(offering, first)
    services.enrol(offering, second)
    services.enrol(offering, third)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_enrolment(enrolment, first)
    statuses = dict(Enrolment.objects.values_list("educator_id", "status"))
    assert statuses == {
        first.pk: EnrolmentStatus.CANCELLED,
        second.pk: EnrolmentStatus.ENROLLED,
        third.pk: EnrolmentStatus.WAITLISTED,
    }
    assert [message.to for message in mail.outbox] == [[second.email]]


def test_leaving_the_waitlist_promotes_nobody(catalog):
    offering = make_offering(catalog, capacity=1)
    services.enrol(offering, EducatorFactory())
    waiting = services.enrol(offering, EducatorFactory())
    third = services.enrol(offering, EducatorFactory())
    services.cancel_enrolment(waiting, waiting.educator)
    third.refresh_from_db()
    assert third.status == EnrolmentStatus.WAITLISTED


def test_a_retiree_cannot_enrol(offering, stranger):
    with pytest.raises(PermissionDenied):
        services.enrol(offering, stranger)


def test_a_closed_offering_refuses_enrolment(catalog, educator):
    offering = make_offering(catalog, enrolment_open=False)
    with pytest.raises(ValidationError) as error:
        services.enrol(offering, educator)
    assert error.value.code == "closed"


def test_enrolling_on_a_translation_files_under_the_original(offering, educator):
    from tests.factories import translate_page

    spanish = translate_page(offering, "es", title="Taller de lectura")
    enrolment = services.enrol(spanish, educator)
    assert enrolment.offering_id == offering.pk


def test_attendance_and_reflection_complete_the_offering_and_issue_a_certificate(
    offering, educator, facilitator, django_capture_on_commit_callbacks
):
    enrolment = services.enrol(offering, educator)
    session = offering.sessions.order_by("starts_at").first()
    services.record_attendance(session, [enrolment.pk], facilitator)
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.ENROLLED  # the reflection is still missing
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.write_reflection(enrolment, "I tried reading conferences with my class.", educator)
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate.credit_amount == offering.credit_amount
    assert mail.outbox[0].to == [educator.email]


def test_completion_waits_for_the_minimum_of_sessions(catalog, educator, facilitator):
    offering = make_offering(catalog, sessions=3, min_sessions_attended=2, facilitators=[facilitator])
    enrolment = services.enrol(offering, educator)
    services.write_reflection(enrolment, "Done.", educator)
    first, second, _third = offering.sessions.order_by("starts_at")
    services.record_attendance(first, [enrolment.pk], facilitator)
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.ENROLLED
    services.record_attendance(second, [enrolment.pk], facilitator)
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED


def test_without_a_required_reflection_attendance_alone_completes(catalog, educator, facilitator):
    offering = make_offering(catalog, reflection_required=False, facilitators=[facilitator])
    enrolment = services.enrol(offering, educator)
    services.record_attendance(offering.sessions.first(), [enrolment.pk], facilitator)
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED


def test_attendance_can_be_taken_back(offering, educator, facilitator):
    enrolment = services.enrol(offering, educator)
    session = offering.sessions.first()
    services.record_attendance(session, [enrolment.pk], facilitator)
    services.record_attendance(session, [], facilitator)
    assert enrolment.attendance.count() == 0


def test_attendance_ignores_people_not_enrolled(offering, educator, facilitator):
    session = offering.sessions.first()
    assert services.record_attendance(session, [987654], facilitator) == set()


def test_only_facilitators_and_coordinators_take_attendance(offering, educator, coordinator):
    enrolment = services.enrol(offering, educator)
    session = offering.sessions.first()
    with pytest.raises(PermissionDenied):
        services.record_attendance(session, [enrolment.pk], educator)
    services.record_attendance(session, [enrolment.pk], coordinator)
    assert enrolment.attendance.count() == 1


def test_a_completed_enrolment_cannot_be_cancelled(catalog, educator, facilitator):
    offering = make_offering(catalog, reflection_required=False, facilitators=[facilitator])
    enrolment = services.enrol(offering, educator)
    services.record_attendance(offering.sessions.first(), [enrolment.pk], facilitator)
    enrolment.refresh_from_db()
    with pytest.raises(ValidationError):
        services.cancel_enrolment(enrolment, educator)


def test_nobody_cancels_someone_elses_enrolment(offering, educator):
    enrolment = services.enrol(offering, educator)
    with pytest.raises(PermissionDenied):
        services.cancel_enrolment(enrolment, EducatorFactory())
