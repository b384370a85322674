"""The rules of the Action Team network: captains, balancing the lists, conversations, campaign marks.

Each function is one transaction. Moving a person between captains ends their current
``Assignment`` and starts a new one, so the history of whose list they were on stays.
"""

import heapq
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from engagement.models.network import (
    REACHED_OUTCOMES,
    Assignment,
    Captain,
    Contact,
    Member,
    Outcome,
)
from home.roles import CAPTAINS


def list_size():
    return settings.ACTION_TEAM_LIST_SIZE


# Captains


@transaction.atomic
def appoint_captain(member, by=None, user=None):
    """Make ``member`` a captain of their school's team; their account (``user``, or the one with
    their e-mail) is linked to their roster record and put in the Captains group."""
    member = Member.objects.select_for_update().get(pk=member.pk)
    if member.school_id is None:
        raise ValidationError(_("%(name)s has no school on the roster: a captain belongs to a school's team.")
                              % {"name": member.name})  # fmt: skip
    if user is None and member.user_id is None and member.email:
        user = get_user_model().objects.filter(email__iexact=member.email).first()
    if user is not None and member.user_id != user.pk:
        if Member.objects.filter(user=user).exclude(pk=member.pk).exists():
            raise ValidationError(_("That account is already linked to another person on the roster."))
        member.user = user
        member.save(update_fields=["user", "updated_at"])
    captain, created = Captain.objects.get_or_create(
        member=member, defaults={"school_id": member.school_id, "appointed_by": by}
    )
    if not created and not captain.is_active:
        captain.is_active, captain.school_id = True, member.school_id
        captain.save(update_fields=["is_active", "school"])
    # A captain is on the team, not on someone's list.
    _end_assignments([member.pk])
    Member.objects.filter(pk=member.pk).update(captain=None)
    if member.user_id:
        member.user.groups.add(Group.objects.get(name=CAPTAINS))
    return captain


@dataclass
class StandDownReport:
    handed_over: int = 0
    waiting: int = 0
    warnings: list = field(default_factory=list)


@transaction.atomic
def stand_down_captain(captain, by=None):
    """``captain`` is no longer a captain: their co-workers go to the school's other captains.

    Their assignments end (whose list each person was on stays in the history) and "Balance" gives
    each of them, and the former captain, a captain of the school. Where the school has no other
    captain, they wait for one. The former captain leaves the Captains group; their conversations
    and campaign marks stay, as the record of what was said.
    """
    captain = (
        Captain.objects.select_for_update(of=("self",)).select_related("member__user", "school").get(pk=captain.pk)
    )
    if not captain.is_active:
        raise ValidationError(_("%(name)s is not a captain any more.") % {"name": captain.member.name})
    captain.is_active = False
    captain.save(update_fields=["is_active"])
    people = list(Member.objects.filter(captain=captain).values_list("pk", flat=True))
    _end_assignments(people)
    Member.objects.filter(pk__in=people).update(captain=None, updated_at=timezone.now())
    user = captain.member.user
    if user is not None:
        user.groups.remove(Group.objects.get(name=CAPTAINS))
    balanced = balance(schools=[captain.school], by=by)
    handed_over = Member.objects.filter(pk__in=people, captain__isnull=False).count()
    return StandDownReport(handed_over=handed_over, waiting=len(people) - handed_over, warnings=balanced.warnings)


def _end_assignments(member_ids, now=None):
    Assignment.objects.filter(member_id__in=member_ids, ended_at__isnull=True).update(ended_at=now or timezone.now())


@transaction.atomic
def move_member(member, captain, by=None):
    """Put ``member`` on ``captain``'s list (their earlier assignment ends; its history stays)."""
    member = Member.objects.select_for_update().get(pk=member.pk)
    if captain.school_id != member.school_id:
        raise ValidationError(_("A captain keeps in touch with co-workers of their own school."))
    if member.captain_id == captain.pk:
        return member
    if hasattr(member, "captaincy") and Captain.objects.filter(member=member, is_active=True).exists():
        raise ValidationError(_("A captain is not on another captain's list."))
    now = timezone.now()
    _end_assignments([member.pk], now)
    Assignment.objects.create(member=member, captain=captain, started_at=now, assigned_by=by)
    member.captain = captain
    member.save(update_fields=["captain", "updated_at"])
    return member


@dataclass
class BalanceReport:
    assigned: int = 0
    warnings: list = field(default_factory=list)


def _balance_school(school_members, captains, loads, limit):
    """Assignments (member, captain) for one school's people without a captain.

    People who share a department or shift go to the same captain where there is room, preferring a
    captain who already has some of them; everyone else goes to the captain with the fewest.
    Returns (pairs, how many went over the limit).
    """
    pairs = []
    over = 0
    # Who each captain already has, by (department, shift).
    groups_of = defaultdict(lambda: defaultdict(int))
    for member in school_members:
        if member.captain_id in loads:
            groups_of[(member.department, member.shift)][member.captain_id] += 1
    waiting = [member for member in school_members if member.captain_id is None]
    by_group = defaultdict(list)
    for member in waiting:
        by_group[(member.department, member.shift)].append(member)
    heap = [(loads[pk], pk) for pk in captains]
    heapq.heapify(heap)

    def fewest():
        while True:
            load, pk = heapq.heappop(heap)
            if load == loads[pk]:
                return pk

    def give(member, pk):
        nonlocal over
        if loads[pk] >= limit:
            over += 1
        loads[pk] += 1
        heapq.heappush(heap, (loads[pk], pk))
        pairs.append((member, pk))

    # Groups first, largest first: they need room together. ("", "") is no group at all.
    grouped = sorted((key for key in by_group if key != ("", "")), key=lambda key: (-len(by_group[key]), key))
    for key in grouped:
        people = by_group[key]
        held = groups_of[key]
        while people:
            # A captain who already has this group and has room; else whoever has the fewest.
            with_room = [pk for pk in held if loads[pk] < limit]
            if with_room:
                target = max(with_room, key=lambda pk: (held[pk], -loads[pk], -pk))
            else:
                target = fewest()
                heapq.heappush(heap, (loads[target], target))
            room = max(limit - loads[target], 1)
            for member in people[:room]:
                give(member, target)
                held[target] += 1
            people = people[room:]
    for member in by_group.get(("", ""), []):
        pk = fewest()
        heapq.heappush(heap, (loads[pk], pk))
        give(member, pk)
    return pairs, over


@transaction.atomic
def balance(schools=None, by=None):
    """Give everyone without a captain the captain of their school with the fewest people.

    People whose captain is of another school now (they moved) are moved too. A school with too
    few captains for everyone gets the extra people anyway, and a warning.
    """
    limit = list_size()
    now = timezone.now()
    captains = Captain.objects.filter(is_active=True)
    members = Member.objects.exclude(captaincy__is_active=True).filter(school__isnull=False)
    if schools is not None:
        captains = captains.filter(school__in=schools)
        members = members.filter(school__in=schools)
    captains_by_school = defaultdict(list)
    school_names = {}
    for pk, school_id, school_name in captains.values_list("pk", "school_id", "school__name"):
        captains_by_school[school_id].append(pk)
        school_names[school_id] = school_name
    member_rows = list(
        members.filter(school_id__in=list(captains_by_school)).only(
            "pk", "school_id", "captain_id", "department", "shift"
        )
    )
    captain_school = {pk: school_id for school_id, pks in captains_by_school.items() for pk in pks}
    # Whose captain is gone (no longer active) or at another school: they wait for a new one.
    leaving = {
        m.pk for m in member_rows if m.captain_id is not None and captain_school.get(m.captain_id) != m.school_id
    }
    for member in member_rows:
        if member.pk in leaving:
            member.captain_id = None
    loads = defaultdict(int)
    by_school = defaultdict(list)
    for member in member_rows:
        by_school[member.school_id].append(member)
        if member.captain_id is not None:
            loads[member.captain_id] += 1
    report = BalanceReport()
    new_pairs = []
    for school_id, pks in captains_by_school.items():
        school_loads = {pk: loads[pk] for pk in pks}
        pairs, over = _balance_school(by_school[school_id], pks, school_loads, limit)
        new_pairs.extend(pairs)
        if over:
            needed = -(-sum(school_loads.values()) // limit) - len(pks)
            report.warnings.append(
                _(
                    "%(school)s has too few captains: %(over)s people are over the limit of %(limit)s. "
                    "Appoint %(needed)s more captains."
                )
                % {"school": school_names[school_id], "over": over, "limit": limit, "needed": max(needed, 1)}
            )
    moved = [member.pk for member, _pk in new_pairs]
    _end_assignments(set(moved) | leaving, now)
    Assignment.objects.bulk_create(
        [Assignment(member=member, captain_id=pk, started_at=now, assigned_by=by) for member, pk in new_pairs],
        batch_size=2000,
    )
    Member.objects.filter(pk__in=leaving).update(captain=None)
    by_captain = defaultdict(list)
    for member, pk in new_pairs:
        by_captain[pk].append(member.pk)
    for pk, member_ids in by_captain.items():
        Member.objects.filter(pk__in=member_ids).update(captain_id=pk, updated_at=now)
    report.assigned = len(new_pairs)
    return report


def schools_without_captains(schools):
    """Schools with people on the roster and no active captain: nobody there can be assigned."""
    return schools.filter(roster__isnull=False).exclude(captains__is_active=True).distinct()


# Conversations


def _on_list(captain, member):
    # Asked of the database, not of a copy of the member that may be older than the last balance.
    return Member.objects.filter(pk=member.pk, captain=captain).exists()


@transaction.atomic
def log_conversation(captain, member, conversation, issues=()):
    """Save a captain's conversation with a co-worker on their list."""
    if not _on_list(captain, member):
        raise ValidationError(_("This person is not on your list."))
    conversation.member, conversation.captain = member, captain
    conversation.full_clean(exclude=["member", "captain"])
    conversation.save()
    if issues:
        conversation.issues.set(issues)
    return conversation


# Campaign marks


def mark(campaign, captain, member, outcome, note="", issues=()):
    """A captain's mark for a person: the last mark counts, the first time they were reached stays.

    Double-click safe: one Contact per campaign and person (a unique constraint), updated in place.
    """
    if not campaign.is_running:
        raise ValidationError(_("This campaign is not running: marks can no longer be changed."))
    if not _on_list(captain, member):
        raise ValidationError(_("This person is not on your list."))
    if outcome not in Outcome.values:
        raise ValidationError(_("Choose how the call went."))
    now = timezone.now()
    for _attempt in range(2):
        try:
            with transaction.atomic():
                contact = (
                    Contact.objects.select_for_update().filter(campaign=campaign, member=member).first()
                    or Contact.objects.create(
                        campaign=campaign, member=member, captain=captain, outcome=outcome, marked_at=now
                    )  # fmt: skip
                )
                contact.captain, contact.outcome, contact.marked_at = captain, outcome, now
                if note:
                    contact.note = note
                if outcome in REACHED_OUTCOMES and contact.reached_at is None:
                    contact.reached_at = now
                contact.save()
                if issues:
                    contact.issues.add(*issues)
                if outcome == Outcome.DO_NOT_CONTACT and not member.do_not_contact:
                    Member.objects.filter(pk=member.pk).update(
                        do_not_contact=True, do_not_contact_since=now, updated_at=now
                    )
                return contact
        except IntegrityError:
            continue  # a second click made the row first: update it
    raise ValidationError(_("Your mark could not be saved. Please try again."))
