"""Campaigns: who a campaign is for, each captain's list, and how fast the tree reached everyone.

A campaign is for the members of its schools who are on a captain's list, except those who said
they do not want to be contacted before it started (they are left out of every later campaign).
The live view costs a fixed number of queries, however many schools, captains and members.
"""

import datetime
import math
from dataclasses import dataclass, field
from urllib.parse import quote

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from engagement.models.network import Campaign, CampaignMessage, Captain, Contact, Member, Outcome
from home.models import School

# The share of members reached that the live view times.
MILESTONES = (50, 90, 100)


def audience(campaign):
    """The members a campaign is for."""
    members = Member.objects.filter(school__in=campaign.schools.all(), captain__isnull=False)
    if campaign.started_at is None:
        return members.filter(do_not_contact=False)
    # Someone who opts out during this campaign still counts in it (they were reached).
    return members.filter(Q(do_not_contact=False) | Q(do_not_contact_since__gte=campaign.started_at))


@transaction.atomic
def start(campaign):
    if campaign.started_at is None:
        campaign.started_at = timezone.now()
        campaign.save(update_fields=["started_at"])
    return campaign


@transaction.atomic
def close(campaign):
    if campaign.closed_at is None:
        campaign.closed_at = timezone.now()
        campaign.save(update_fields=["closed_at"])
    return campaign


# The message, in each person's language


def drill_message(language):
    with translation.override(language):
        return _("Action Team drill: this is a test of our phone tree. Please reply “OK” when you get it.")


def messages_by_language(campaign):
    return {message.language: message.text for message in campaign.messages.all()}


def message_for(campaign, language, messages):
    """The campaign's message in ``language``, else in the site's source language."""
    if campaign.is_drill and not messages:
        return drill_message(language)
    return messages.get(language) or messages.get("en") or next(iter(messages.values()), "")


def phone_digits(phone):
    return "".join(ch for ch in phone if ch.isdigit() or ch == "+")


def sms_link(phone, body):
    return f"sms:{phone_digits(phone)}?body={quote(body)}"


def tel_link(phone):
    return f"tel:{phone_digits(phone)}"


@dataclass
class ListEntry:
    member: Member
    contact: Contact | None
    message: str
    tel: str
    sms: str


def captain_list(campaign, captain):
    """The people a captain calls in a campaign, with their mark so far and one-tap links.

    Three queries: the messages, the members, their marks.
    """
    messages = messages_by_language(campaign)
    members = list(
        audience(campaign)
        .filter(captain=captain)
        .only("pk", "name", "phone", "language", "captain_id")
        .order_by("name", "pk")
    )
    contacts = {
        contact.member_id: contact
        for contact in Contact.objects.filter(campaign=campaign, member__in=[m.pk for m in members]).only(
            "member_id", "outcome", "marked_at", "reached_at", "note"
        )
    }
    entries = []
    for member in members:
        message = message_for(campaign, member.language, messages)
        entries.append(
            ListEntry(
                member=member,
                contact=contacts.get(member.pk),
                message=message,
                tel=tel_link(member.phone) if member.phone else "",
                sms=sms_link(member.phone, message) if member.phone else "",
            )
        )
    return entries


def campaigns_for_captain(captain):
    """Running campaigns that include the captain's school."""
    return Campaign.objects.filter(
        schools=captain.school_id, started_at__isnull=False, closed_at__isnull=True
    ).order_by("deadline")


# The live view


@dataclass
class Tally:
    total: int = 0
    reached: int = 0
    marked: int = 0

    @property
    def percent(self):
        return round(100 * self.reached / self.total) if self.total else 0


@dataclass
class CaptainTally(Tally):
    captain_id: int = 0
    name: str = ""
    school: str = ""
    phone: str = ""

    @property
    def not_started(self):
        return self.total > 0 and self.marked == 0


@dataclass
class LiveView:
    campaign: Campaign
    total: Tally
    schools: list
    captains: list
    milestones: list  # (percent, duration or None)
    outcomes: list  # (label, count)
    issues: list  # (name, count)
    notes: list = field(default_factory=list)

    @property
    def not_started(self):
        return [captain for captain in self.captains if captain.not_started]


def reach_milestones(started_at, reached_times, total):
    """(percent, time from the start until that share of ``total`` was reached, or None) for 50, 90, 100."""
    times = sorted(reached_times)
    result = []
    for percent in MILESTONES:
        needed = math.ceil(total * percent / 100) if total else 0
        if total and len(times) >= needed and needed > 0:
            result.append((percent, max(times[needed - 1] - started_at, datetime.timedelta(0))))
        else:
            result.append((percent, None))
    return result


def live_view(campaign, notes_limit=50):
    """Per school and per captain: how many are reached; the time to 50, 90 and 100%; issues raised.

    A fixed number of queries whatever the size: audience by captain, marks by captain, reach times,
    outcomes, issues, the latest notes, and the captains' names.
    """
    members = audience(campaign)
    contacts = Contact.objects.filter(campaign=campaign, member__in=members)
    totals = {row["captain_id"]: row["n"] for row in members.values("captain_id").annotate(n=Count("pk"))}
    marks = {
        row["member__captain_id"]: (row["marked"], row["reached"])
        for row in contacts.values("member__captain_id").annotate(
            marked=Count("pk"), reached=Count("pk", filter=Q(reached_at__isnull=False))
        )
    }
    captains = []
    for captain in Captain.objects.filter(pk__in=list(totals)).values(
        "pk", "member__name", "member__phone", "school__name", "school_id"
    ):
        marked, reached = marks.get(captain["pk"], (0, 0))
        captains.append(
            CaptainTally(
                total=totals[captain["pk"]],
                reached=reached,
                marked=marked,
                captain_id=captain["pk"],
                name=captain["member__name"],
                school=captain["school__name"],
                phone=captain["member__phone"],
            )
        )
    captains.sort(key=lambda c: (c.school, c.name, c.captain_id))
    schools = {}
    for captain in captains:
        tally = schools.setdefault(captain.school, Tally())
        tally.total += captain.total
        tally.reached += captain.reached
        tally.marked += captain.marked
    total = Tally(
        total=sum(c.total for c in captains),
        reached=sum(c.reached for c in captains),
        marked=sum(c.marked for c in captains),
    )
    reached_times = list(contacts.filter(reached_at__isnull=False).values_list("reached_at", flat=True))
    milestones = (
        reach_milestones(campaign.started_at, reached_times, total.total)
        if campaign.started_at
        else [(percent, None) for percent in MILESTONES]
    )
    labels = dict(Outcome.choices)
    outcome_counts = dict(contacts.values_list("outcome").annotate(n=Count("pk")).values_list("outcome", "n"))
    outcomes = [(labels[code], outcome_counts.get(code, 0)) for code in Outcome.values]
    issues = list(
        contacts.filter(issues__isnull=False)
        .values_list("issues__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "issues__name")
    )
    notes = list(
        contacts.exclude(note="").select_related("member", "member__school").order_by("-marked_at")[:notes_limit]
    )
    return LiveView(
        campaign=campaign,
        total=total,
        schools=sorted(schools.items()),
        captains=captains,
        milestones=milestones,
        outcomes=outcomes,
        issues=issues,
        notes=notes,
    )


def languages_needed(schools):
    """The languages the members of ``schools`` prefer: a real campaign has a message in each."""
    return set(
        Member.objects.filter(school__in=schools, do_not_contact=False).values_list("language", flat=True).distinct()
    )


def save_messages(campaign, texts):
    """``texts``: {language: message}; empty ones are removed."""
    CampaignMessage.objects.filter(campaign=campaign).exclude(language__in=[k for k, v in texts.items() if v]).delete()
    for language, text in texts.items():
        if text:
            CampaignMessage.objects.update_or_create(campaign=campaign, language=language, defaults={"text": text})


def schools_of(campaign):
    return School.objects.filter(pk__in=campaign.schools.values("pk"))
