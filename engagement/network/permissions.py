"""Who sees what in the Action Team network, checked on the server for every object.

A captain sees only the co-workers on their own list, and of them only what they need (name,
phone, preferred language, their own notes). An Organizer sees the schools assigned to them
(``OrganizerSchool``); a superuser sees every school. Assessments are for Organizers only.
"""

from django.contrib.auth import get_user_model

from engagement.models.network import Campaign, Captain, Member
from home.models import School
from home.roles import ORGANIZERS

# Given to the Organizers group (home.roles).
ORGANIZER_PERMISSION = "engagement.change_campaign"


def is_organizer(user):
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user.has_perm(ORGANIZER_PERMISSION)


def sees_assessments(user):
    """Nobody outside the Organizers group (and superusers) reads an assessment."""
    return is_organizer(user)


def captaincy_of(user):
    """The user's active captaincy, or None."""
    if not (user.is_authenticated and user.is_active):
        return None
    return Captain.objects.filter(member__user=user, is_active=True).select_related("member", "school").first()


def organizer_schools(user):
    """The schools an Organizer looks after (all for a superuser, none for anyone else)."""
    if not is_organizer(user):
        return School.objects.none()
    if user.is_superuser:
        return School.objects.all()
    return School.objects.filter(organizers__organizer=user)


def organizer_school_ids(user):
    return set(organizer_schools(user).values_list("pk", flat=True))


def members_for_organizer(user):
    if user.is_authenticated and user.is_superuser:
        return Member.objects.all()
    return Member.objects.filter(school__in=organizer_schools(user))


def campaigns_for_organizer(user):
    """Campaigns that touch at least one of the Organizer's schools (a superuser: every campaign)."""
    if user.is_authenticated and user.is_superuser:
        return Campaign.objects.all()
    return Campaign.objects.filter(schools__in=organizer_schools(user)).distinct()


def captain_members(captain):
    """The co-workers on a captain's list: the only people a captain may open."""
    return Member.objects.filter(captain=captain)


def organizers():
    return get_user_model().objects.filter(is_active=True, groups__name=ORGANIZERS).distinct().order_by("pk")
