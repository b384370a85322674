"""Background work of listening sessions: e-mails, the day-before reminders, the summary's news.

Tasks take ids (they may run later, in another process) and read the records again. Each e-mail
is claimed before it is sent (``reminded_at``, ``summary_sent_at`` set by an UPDATE that only one
worker can win), so running a task twice, or two schedulers at once, never writes to anyone twice.
A failing mail server is logged, never raised: the registration itself is saved already.
"""

import datetime
import logging

from django.db.models import Q
from django.utils import timezone

from django_tasks import task

from engagement.models.listening import ListeningRegistration, ListeningSessionPage, RegistrationStatus

logger = logging.getLogger(__name__)


def _registration(registration_id):
    return ListeningRegistration.objects.select_related("session").filter(pk=registration_id).first()


def _send(function, registration):
    from engagement.listening import emails

    try:
        getattr(emails, function)(registration)
        return True
    except Exception:
        logger.exception("Could not send the %s e-mail of listening registration %s", function, registration.pk)
        return False


@task()
def send_registration_email(registration_id):
    if (registration := _registration(registration_id)) and not registration.is_cancelled:
        _send("registration_received", registration)


@task()
def send_promotion_email(registration_id):
    if (registration := _registration(registration_id)) and registration.is_confirmed:
        _send("promoted", registration)


def due_for_reminder(now=None):
    """Confirmed people of sessions that start between now and the end of tomorrow, not reminded yet."""
    now = now or timezone.now()
    tomorrow = timezone.localdate(now) + datetime.timedelta(days=1)
    end_of_tomorrow = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.max))
    return (
        ListeningRegistration.objects.filter(
            status=RegistrationStatus.CONFIRMED,
            walk_in=False,
            reminded_at__isnull=True,
            session__starts_at__gt=now,
            session__starts_at__lte=end_of_tomorrow,
            session__live=True,
        )
        .exclude(email="")
        .select_related("session")
        .order_by("pk")
    )


@task()
def send_session_reminders():
    """Remind everyone whose session is tomorrow (or later today), once each."""
    now = timezone.now()
    sent = 0
    for registration in due_for_reminder(now):
        claimed = ListeningRegistration.objects.filter(pk=registration.pk, reminded_at__isnull=True).update(
            reminded_at=now
        )
        if claimed and _send("reminder", registration):
            sent += 1
    return sent


@task()
def announce_summary(session_id):
    """Tell the people who came and agreed to hear from us that the session's summary is out (once)."""
    session = ListeningSessionPage.objects.filter(pk=session_id).first()
    if session is None or not session.summary_is_public:
        return 0
    translation_key = session.translation_key
    attendees = (
        ListeningRegistration.objects.filter(
            session__translation_key=translation_key,
            checked_in_at__isnull=False,
            consent_to_contact=True,
            summary_sent_at__isnull=True,
        )
        .filter(~Q(email=""))
        .select_related("session")
        .order_by("pk")
    )
    now = timezone.now()
    sent = 0
    for registration in attendees:
        claimed = ListeningRegistration.objects.filter(pk=registration.pk, summary_sent_at__isnull=True).update(
            summary_sent_at=now
        )
        if claimed and _send("summary_published", registration):
            sent += 1
    return sent
