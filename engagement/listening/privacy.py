"""What listening sessions keep about a person: their registrations, for "Download my data" and
account deletion (home.privacy).

Registrations need no account, so a person's are the ones made while signed in and the ones made
with one of their verified e-mail addresses. Erasure deletes them; a confirmed seat given back this
way goes to the first person waiting, as a cancellation would.
"""

from django.db import transaction
from django.utils import timezone

from engagement.models.listening import ListeningRegistration, RegistrationStatus
from home.privacy import PersonalDataSource, register_personal_data


def export_registrations(user):
    registrations = ListeningRegistration.objects.for_person(user).select_related("session").order_by("pk")
    return [
        {
            "session": registration.session.title,
            "session_starts": registration.session.starts_at,
            "status": registration.status,
            "walk_in": registration.walk_in,
            "name": registration.name,
            "email": registration.email,
            "phone": registration.phone,
            "language": registration.language,
            "interpretation_language": registration.interpretation_language,
            "children_ages": registration.children_ages,
            "accessibility_needs": registration.accessibility_needs,
            "connected_as": registration.connection,
            "consent_to_contact": registration.consent_to_contact,
            "registered": registration.created_at,
            "cancelled": registration.cancelled_at,
            "checked_in": registration.checked_in_at,
        }
        for registration in registrations
    ]


def erase_registrations(user):
    from engagement.listening.services import locked_session, promote_waitlist

    now = timezone.now()
    with transaction.atomic():
        registrations = list(ListeningRegistration.objects.for_person(user).select_related("session"))
        upcoming_with_seats = {
            registration.session_id: registration.session
            for registration in registrations
            if registration.status == RegistrationStatus.CONFIRMED and not registration.session.is_past(now)
        }
        ListeningRegistration.objects.filter(pk__in=[registration.pk for registration in registrations]).delete()
        for session in upcoming_with_seats.values():
            promote_waitlist(locked_session(session), now)


SOURCES = [PersonalDataSource(name="listening_registrations", export=export_registrations, erase=erase_registrations)]


def register_sources():
    """Called from ``EngagementConfig.ready``."""
    for source in SOURCES:
        register_personal_data(source)
