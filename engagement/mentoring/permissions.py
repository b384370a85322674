"""Who may do what in the mentor network, checked on the server for every object."""

from django.contrib.auth import get_user_model

from home.roles import MENTOR_COORDINATORS

# Given to the Mentor coordinators group (home.roles); nobody else changes mentorships.
COORDINATOR_PERMISSION = "engagement.change_mentorship"


def is_mentor_coordinator(user):
    """A Mentor coordinator (or a superuser): reviews profiles, proposes matches, sees every mentorship."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user.has_perm(COORDINATOR_PERMISSION)


def coordinators():
    """The people told about the network's news: members of the Mentor coordinators group."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=MENTOR_COORDINATORS)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )
