"""The Action Team network's demo: twenty schools (some without a building of their own), 1,200
members, 110 captains with their lists, conversations, two past campaigns (one a drill) with
their timings, and one running now. Loaded with bulk_create so that it takes seconds.

Idempotent: once the demo's members are there (member ids starting "DEMO-"), nothing is added.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.utils import timezone

from allauth.account.models import EmailAddress

from engagement.models.network import (
    AssessmentLevel,
    Campaign,
    CampaignKind,
    CampaignMessage,
    Captain,
    Contact,
    ContactMethod,
    Conversation,
    Issue,
    Member,
    OrganizerSchool,
    Outcome,
    UnionStatus,
)
from engagement.network import demo_text, services
from engagement.surveys.demo import ensure_demo_schools
from home.choices import MemberRole
from home.models import School
from home.roles import CAPTAINS, ORGANIZERS

SEED = 8
MEMBER_PREFIX = "DEMO-"
EMAIL_DOMAIN = "team.example.org"
SCHOOL_COUNT = 20
MEMBERS = 1200
CAPTAINS_TOTAL = 110
CONVERSATIONS = 700
# Roughly how the district's members read: most in English, then Spanish, Haitian Creole...
LANGUAGE_WEIGHTS = {"en": 55, "es": 18, "ht": 9, "pt": 6, "vi": 5, "zh-hans": 4, "ar": 3}
DEPARTMENTS = ["", "", "Math", "Science", "English", "Special education"]
SHIFTS = ["", "", "", "Morning", "Afternoon"]
ROLES = ["Teacher", "Teacher", "Teacher", "Paraprofessional", "Nurse", "Counselor", "Librarian", "Secretary"]


class NetworkDemoLoader:
    """Loads the Action Team demo (same transaction as the home loader)."""

    def __init__(self, home_loader):
        self.home_loader = home_loader
        self.rng = random.Random(SEED)
        self.now = timezone.now()

    def load(self):
        self._scale_and_issues()
        if Member.objects.filter(member_id__startswith=MEMBER_PREFIX).exists():
            return False  # loaded before: keep what is there, including what people changed since
        schools = self._schools()
        members = self._members(schools)
        captains = self._captains(schools, members)
        services.balance(schools=schools)
        self._organizer(schools)
        self._conversations(captains)
        self._campaigns(schools)
        return True

    def _scale_and_issues(self):
        for value, label, description in demo_text.LEVELS:
            AssessmentLevel.objects.get_or_create(value=value, defaults={"label": label, "description": description})
        for name in demo_text.ISSUES:
            Issue.objects.get_or_create(name=name)

    def _schools(self):
        every = ensure_demo_schools()
        traditional = [s for s in every if s.kind == School.Kind.SCHOOL]
        other = [s for s in every if s.kind != School.Kind.SCHOOL]
        # Fifteen schools and five programs, offices and itinerant teams.
        return traditional[:15] + other[: SCHOOL_COUNT - 15]

    def _members(self, schools):
        languages = list(LANGUAGE_WEIGHTS)
        weights = list(LANGUAGE_WEIGHTS.values())
        # Bigger schools first in the list get more people; non-traditional sites are smaller.
        school_weights = [3 if school.kind == School.Kind.SCHOOL else 1 for school in schools]
        members = []
        for number in range(1, MEMBERS + 1):
            language = self.rng.choices(languages, weights)[0]
            first = self.rng.choice(demo_text.FIRST_NAMES[language])
            last = self.rng.choice(demo_text.LAST_NAMES[language])
            members.append(
                Member(
                    member_id=f"{MEMBER_PREFIX}{number:05}",
                    name=f"{last}{first}" if language == "zh-hans" else f"{first} {last}",
                    school=self.rng.choices(schools, school_weights)[0],
                    job_role=self.rng.choice(ROLES),
                    phone=f"+1 617 555 {number:04}",
                    email=f"member{number:04}@{EMAIL_DOMAIN}",
                    language=language,
                    union_status=UnionStatus.MEMBER if self.rng.random() < 0.93 else UnionStatus.NON_MEMBER,
                    department=self.rng.choice(DEPARTMENTS),
                    shift=self.rng.choice(SHIFTS),
                    do_not_contact=self.rng.random() < 0.01,
                )
            )
        return Member.objects.bulk_create(members, batch_size=1000)

    def _captains(self, schools, members):
        """110 captains, shared by school size (at least one each); each with an account."""
        by_school = {school.pk: [m for m in members if m.school_id == school.pk] for school in schools}
        total = len(members)
        shares = {pk: max(1, round(CAPTAINS_TOTAL * len(people) / total)) for pk, people in by_school.items()}
        # Round to exactly 110: take from or give to the biggest schools.
        biggest = sorted(shares, key=lambda pk: -len(by_school[pk]))
        index = 0
        while sum(shares.values()) != CAPTAINS_TOTAL:
            pk = biggest[index % len(biggest)]
            if sum(shares.values()) > CAPTAINS_TOTAL and shares[pk] > 1:
                shares[pk] -= 1
            elif sum(shares.values()) < CAPTAINS_TOTAL:
                shares[pk] += 1
            index += 1
        chosen = []
        for pk, people in by_school.items():
            chosen.extend([m for m in people if not m.do_not_contact][: shares[pk]])
        User = get_user_model()
        # One hash for all: the demo captains sign in with a code sent to their address.
        unusable = make_password(None)
        users = User.objects.bulk_create(
            [
                User(
                    email=f"captain{index:03}@{EMAIL_DOMAIN}",
                    first_name=member.name.split(" ")[0],
                    last_name=" ".join(member.name.split(" ")[1:]),
                    preferred_language=member.language,
                    member_role=MemberRole.MEMBER,
                    school_id=member.school_id,
                    password=unusable,
                )
                for index, member in enumerate(chosen, start=1)
            ]
        )
        EmailAddress.objects.bulk_create(
            [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users]
        )
        for member, user in zip(chosen, users, strict=True):
            member.user = user
        Member.objects.bulk_update(chosen, ["user"])
        captains = Captain.objects.bulk_create(
            [Captain(member=member, school_id=member.school_id) for member in chosen]
        )
        Group.objects.get(name=CAPTAINS).user_set.add(*users)
        return captains

    def _organizer(self, schools):
        User = get_user_model()
        organizer, created = User.objects.get_or_create(
            email=f"organizer@{EMAIL_DOMAIN}",
            defaults={
                "first_name": "Dolores",
                "last_name": "Ayala",
                "member_role": MemberRole.STAFF,
                "preferred_language": "es",
                "password": make_password(None),
            },  # fmt: skip
        )
        if created:
            EmailAddress.objects.create(user=organizer, email=organizer.email, verified=True, primary=True)
        organizer.groups.add(Group.objects.get(name=ORGANIZERS))
        OrganizerSchool.objects.bulk_create(
            [OrganizerSchool(organizer=organizer, school=school) for school in schools], ignore_conflicts=True
        )

    def _conversations(self, captains):
        levels = list(AssessmentLevel.objects.order_by("value"))
        issues = list(Issue.objects.all())
        lists = {}
        for member_id, captain_id in Member.objects.filter(captain__in=captains).values_list("pk", "captain_id"):
            lists.setdefault(captain_id, []).append(member_id)
        pairs = [(captain_id, member_id) for captain_id, people in lists.items() for member_id in people]
        chosen = self.rng.sample(pairs, min(CONVERSATIONS, len(pairs)))
        today = timezone.localdate()
        conversations = Conversation.objects.bulk_create(
            [
                Conversation(
                    member_id=member_id,
                    captain_id=captain_id,
                    date=today - datetime.timedelta(days=self.rng.randint(0, 90)),
                    method=self.rng.choice(ContactMethod.values),
                    assessment=self.rng.choices(levels, [20, 35, 30, 10, 5])[0],
                    note=self.rng.choice(demo_text.NOTES) if self.rng.random() < 0.6 else "",
                    follow_up="Invite to the next building meeting." if self.rng.random() < 0.2 else "",
                )
                for captain_id, member_id in chosen
            ]
        )
        through = Conversation.issues.through
        through.objects.bulk_create(
            [
                through(conversation_id=conversation.pk, issue_id=issue.pk)
                for conversation in conversations
                for issue in self.rng.sample(issues, self.rng.choice([0, 0, 1, 1, 2]))
            ]
        )

    def _campaign(self, schools, spec, kind, started_at, closed_at, reach_share, spread_hours):
        campaign = Campaign.objects.create(
            title=spec["title"],
            kind=kind,
            script=spec["script"],
            questions=spec.get("questions", ""),
            deadline=started_at + datetime.timedelta(days=2),
            started_at=started_at,
            closed_at=closed_at,
        )
        campaign.schools.set(schools)
        CampaignMessage.objects.bulk_create(
            [
                CampaignMessage(campaign=campaign, language=code, text=text)
                for code, text in spec.get("messages", {}).items()
            ]
        )
        people = list(
            Member.objects.filter(school__in=schools, captain__isnull=False, do_not_contact=False).values_list(
                "pk", "captain_id"
            )
        )
        # Some captains have not started on the running campaign: the live view flags them.
        idle = {captain_id for _pk, captain_id in people if self.rng.random() < (0.08 if closed_at is None else 0)}
        contacts = []
        end = min(started_at + datetime.timedelta(hours=spread_hours), self.now)
        span = max((end - started_at).total_seconds(), 60)
        for member_id, captain_id in people:
            if captain_id in idle or self.rng.random() > reach_share + 0.05:
                continue
            # Most people are reached early; the last few take long (a tree's long tail).
            at = started_at + datetime.timedelta(seconds=span * self.rng.random() ** 2.2)
            outcome = (
                Outcome.REACHED
                if self.rng.random() < reach_share
                else self.rng.choice([Outcome.LEFT_MESSAGE, Outcome.NO_ANSWER, Outcome.WRONG_NUMBER])
            )
            contacts.append(
                Contact(
                    campaign=campaign,
                    member_id=member_id,
                    captain_id=captain_id,
                    outcome=outcome,
                    marked_at=at,
                    reached_at=at if outcome == Outcome.REACHED else None,
                    note=self.rng.choice(demo_text.NOTES) if self.rng.random() < 0.05 else "",
                )
            )
        Contact.objects.bulk_create(contacts, batch_size=1000)
        return campaign

    def _campaigns(self, schools):
        now = self.now
        self._campaign(schools, demo_text.PAST_CAMPAIGN, CampaignKind.REAL, now - datetime.timedelta(days=30),
                       now - datetime.timedelta(days=28), 0.97, 30)  # fmt: skip
        self._campaign(schools, demo_text.DRILL, CampaignKind.DRILL, now - datetime.timedelta(days=10),
                       now - datetime.timedelta(days=9), 1.0, 6)  # fmt: skip
        self._campaign(schools, demo_text.RUNNING_CAMPAIGN, CampaignKind.REAL, now - datetime.timedelta(hours=5),
                       None, 0.55, 5)  # fmt: skip
