"""The roll of an offering: who is enrolled, its sessions, and who came to each.

The facilitator's page (``views.attendance``) and the coordinators' admin page
(``admin_views.offering_attendance``) show and save the same roll; both read it from here, in three
queries whatever the number of sessions and educators.
"""

from django.db.models import Prefetch

from learning.catalog.forms import AttendanceForm
from learning.models.catalog import ACTIVE_STATUSES, Attendance, Enrolment, OfferingSession


def load_roll(offering):
    """``(enrolments, sessions)``: the active enrolments by name, the sessions by date with their attendance."""
    enrolments = list(
        Enrolment.objects.filter(offering=offering, status__in=ACTIVE_STATUSES)
        .select_related("educator")
        .order_by("educator__last_name", "educator__first_name", "pk")
    )
    sessions = list(
        OfferingSession.objects.filter(page=offering)
        .prefetch_related(Prefetch("attendance", queryset=Attendance.objects.only("pk", "enrolment_id", "session_id")))
        .order_by("starts_at", "pk")
    )
    return enrolments, sessions


def posted_session(sessions, request):
    """The session the roll was posted for, or None when the posted id is not one of this offering's."""
    return next((session for session in sessions if str(session.pk) == request.POST.get("session")), None)


def session_forms(sessions, enrolments):
    """``(session, form)`` pairs, each form ticked with who attended that session."""
    return [
        (
            session,
            AttendanceForm(
                initial={"attended": sorted(str(row.enrolment_id) for row in session.attendance.all())},
                enrolments=enrolments,
            ),
        )
        for session in sessions
    ]
