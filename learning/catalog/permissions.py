"""Who may do what in the catalog, checked on the server for every object."""

from django.contrib.auth import get_user_model

from home.choices import MemberRole
from home.roles import LEARNING_COORDINATORS

# Given to the Learning coordinators group (home.roles); nobody else changes enrolments.
COORDINATOR_PERMISSION = "learning.change_enrolment"
# People who may enrol and propose: educators (and members, who are educators of the union too).
LEARNER_ROLES = (MemberRole.EDUCATOR, MemberRole.MEMBER)


def is_learning_coordinator(user):
    """A Learning coordinator (or a superuser): reviews proposals, manages enrolments and attendance."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user.has_perm(COORDINATOR_PERMISSION)


def can_enrol(user):
    """A signed-in educator: enrols, proposes offerings, sees their credits."""
    return bool(user.is_authenticated and user.is_active and user.member_role in LEARNER_ROLES)


def facilitates(user, offering):
    """Whether ``user`` leads ``offering`` (any language version: the facilitators are synchronised)."""
    if not (user.is_authenticated and user.is_active):
        return False
    return offering.original.facilitators.filter(pk=user.pk).exists()


def can_take_attendance(user, offering):
    return facilitates(user, offering) or is_learning_coordinator(user)


def coordinators():
    """The people told about new proposals: members of the Learning coordinators group."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=LEARNING_COORDINATORS)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )
