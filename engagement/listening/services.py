"""The rules of registration: every change to who has a seat goes through one of these functions.

Each runs in one transaction, and first locks the session's row (its source version, see
engagement/models/listening.py) with ``select_for_update``: on PostgreSQL two people taking the
last seat at once are served one after the other, so a session never holds more confirmed people
than seats (SQLite serialises writes anyway). E-mails are queued with ``transaction.on_commit``:
a failing mail server never undoes a registration.
"""

import logging

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from engagement.listening import tasks
from engagement.models.listening import (
    ListeningRegistration,
    ListeningSessionPage,
    RegistrationStatus,
    new_checkin_code,
    source_session_of,
)
from home.after_commit import enqueue_after_commit

logger = logging.getLogger(__name__)

# Fields a registrant fills in (and may change later through their private link).
PERSON_FIELDS = (
    "name",
    "email",
    "phone",
    "language",
    "interpretation_language",
    "children_ages",
    "accessibility_needs",
    "connection",
    "consent_to_contact",
)


def locked_session(page):
    source = source_session_of(page)
    return ListeningSessionPage.objects.select_for_update(of=("self",)).get(pk=source.pk)


def seats_taken(session):
    return ListeningRegistration.objects.filter(session=session).holding_seats().count()


def seats_left(session):
    """None when the session has no limit."""
    if session.capacity is None:
        return None
    return max(session.capacity - seats_taken(session), 0)


def _with_free_code(registration):
    taken = set(
        ListeningRegistration.objects.filter(session=registration.session).values_list("checkin_code", flat=True)
    )
    code = new_checkin_code()
    while code in taken:
        code = new_checkin_code()
    registration.checkin_code = code
    return registration


def register(page, fields, *, submission_token=None, user=None, now=None):
    """Give the person a seat, or a place on the waitlist when the session is full.

    ``fields`` are the PERSON_FIELDS from the form. A second copy of the same form (same
    ``submission_token``) returns the first registration; an e-mail address already registered
    for the session is refused with a message saying where to change it.
    """
    now = now or timezone.now()
    if submission_token is not None:
        existing = ListeningRegistration.objects.filter(submission_token=submission_token).first()
        if existing is not None:
            return existing
    try:
        with transaction.atomic():
            session = locked_session(page)
            if not session.registration_is_open(now):
                raise ValidationError(_("Registration for this session has closed."), code="closed")
            email = (fields.get("email") or "").strip()
            if email and ListeningRegistration.objects.filter(session=session, email__iexact=email).active().exists():
                raise ValidationError(
                    {
                        "email": _(
                            "This e-mail address is already registered for this session. "
                            "Use the link in your confirmation e-mail to change or cancel it."
                        )
                    },
                    code="duplicate",
                )
            full = session.capacity is not None and seats_taken(session) >= session.capacity
            registration = ListeningRegistration(
                session=session,
                user=user if user is not None and user.is_authenticated else None,
                status=RegistrationStatus.WAITLISTED if full else RegistrationStatus.CONFIRMED,
                submission_token=submission_token,
                created_at=now,
                **{name: fields.get(name) for name in PERSON_FIELDS if name in fields},
            )
            _with_free_code(registration)
            registration.full_clean(exclude=["session", "user", "manage_token", "checkin_code"], validate_unique=False)
            registration.save()
    except IntegrityError:
        # The same form sent twice at once: the first one won.
        existing = ListeningRegistration.objects.filter(submission_token=submission_token).first()
        if submission_token is None or existing is None:
            raise
        return existing
    enqueue_after_commit(tasks.send_registration_email, registration.pk)
    return registration


@transaction.atomic
def update_registration(registration, fields):
    """The registrant changes what they told us (not their place: that stays as it was)."""
    locked_session(registration.session)
    registration = ListeningRegistration.objects.select_for_update().get(pk=registration.pk)
    if registration.is_cancelled:
        raise ValidationError(_("This registration was cancelled."), code="cancelled")
    email = (fields.get("email") or "").strip()
    if (
        email
        and ListeningRegistration.objects.filter(session=registration.session, email__iexact=email)
        .active()
        .exclude(pk=registration.pk)
        .exists()
    ):
        raise ValidationError(
            {"email": _("This e-mail address is already registered for this session.")}, code="duplicate"
        )
    for name in PERSON_FIELDS:
        if name in fields:
            setattr(registration, name, fields[name])
    registration.full_clean(exclude=["session", "user", "manage_token", "checkin_code"], validate_unique=False)
    registration.save()
    return registration


def cancel_registration(registration, now=None):
    """Give the seat back; the first person waiting takes it and is told by e-mail."""
    now = now or timezone.now()
    with transaction.atomic():
        session = locked_session(registration.session)
        registration = ListeningRegistration.objects.select_for_update().get(pk=registration.pk)
        if registration.is_cancelled:
            return registration, []
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at", "updated_at"])
        promoted = [] if session.is_past(now) else promote_waitlist(session, now)
    return registration, promoted


def promote_waitlist(session, now=None):
    """Move people off the waitlist, first come first served, while there are free seats.

    Call inside a transaction that holds the session's lock (``locked_session``).
    """
    now = now or timezone.now()
    free = seats_left(session)
    waiting = ListeningRegistration.objects.filter(session=session).waiting().select_for_update()
    if free is not None:
        waiting = waiting[:free]
    promoted = list(waiting) if free != 0 else []
    for registration in promoted:
        registration.status = RegistrationStatus.CONFIRMED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at", "updated_at"])
        enqueue_after_commit(tasks.send_promotion_email, registration.pk)
    return promoted


@transaction.atomic
def change_capacity(page, capacity):
    """Staff add seats: people waiting take them at once."""
    session = locked_session(page)
    ListeningSessionPage.objects.filter(translation_key=session.translation_key).update(capacity=capacity)
    session.capacity = capacity
    return promote_waitlist(session)


# At the door


@transaction.atomic
def check_in(registration, now=None):
    """Mark the person as come; checking in twice keeps the first time."""
    registration = ListeningRegistration.objects.select_for_update().get(pk=registration.pk)
    if registration.is_cancelled:
        raise ValidationError(_("This registration was cancelled."), code="cancelled")
    if registration.checked_in_at is None:
        registration.checked_in_at = now or timezone.now()
        if registration.is_waitlisted:
            # Someone from the waitlist came and was let in: they are at the session now.
            registration.status = RegistrationStatus.CONFIRMED
            registration.walk_in = True
        registration.save(update_fields=["checked_in_at", "status", "walk_in", "updated_at"])
    return registration


def add_walk_in(page, fields, *, submission_token=None, now=None):
    """Someone who did not register comes to the door: they are in, and counted apart from the seats."""
    now = now or timezone.now()
    if submission_token is not None:
        existing = ListeningRegistration.objects.filter(submission_token=submission_token).first()
        if existing is not None:
            return existing
    with transaction.atomic():
        session = locked_session(page)
        registration = ListeningRegistration(
            session=session,
            status=RegistrationStatus.CONFIRMED,
            walk_in=True,
            checked_in_at=now,
            created_at=now,
            submission_token=submission_token,
            **{name: fields.get(name) for name in PERSON_FIELDS if name in fields},
        )
        _with_free_code(registration)
        registration.full_clean(exclude=["session", "user", "manage_token", "checkin_code"], validate_unique=False)
        registration.save()
    return registration
