"""Factories of the Action Team network."""

import datetime

from django.contrib.auth.models import Group
from django.utils import timezone

import factory

from engagement.models.network import (
    AssessmentLevel,
    Campaign,
    CampaignMessage,
    Member,
    OrganizerSchool,
)
from engagement.network import campaigns, services
from home import roles
from home.models import School
from tests.factories import UserFactory


class SchoolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = School
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Network School {n}")


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Member

    member_id = factory.Sequence(lambda n: f"M{n:05}")
    name = factory.Sequence(lambda n: f"Member {n}")
    school = factory.SubFactory(SchoolFactory)
    phone = factory.Sequence(lambda n: f"+1 617 555 {n % 10000:04}")
    email = factory.Sequence(lambda n: f"member{n}@example.org")
    language = "en"


def make_captain(school, *, user=None, name=None, email=None, **member_fields):
    """A captain of ``school`` with an account (made if not given) linked to their roster record."""
    member = MemberFactory(school=school, **({"name": name} if name else {}), **member_fields)
    if user is None:
        user = UserFactory(email=email or f"captain-{member.member_id.lower()}@example.org")
    return services.appoint_captain(member, user=user)


def make_organizer(schools=(), **fields):
    user = UserFactory(**fields)
    user.groups.add(Group.objects.get(name=roles.ORGANIZERS))
    for school in schools:
        OrganizerSchool.objects.create(organizer=user, school=school)
    return user


def make_scale():
    labels = ["Leader", "Supporter", "Undecided", "Unsupportive", "Opposed"]
    return [AssessmentLevel.objects.get_or_create(value=n, defaults={"label": label})[0]
            for n, label in enumerate(labels, start=1)]  # fmt: skip


def make_campaign(schools, *, started=True, kind="real", messages=None, **fields):
    campaign = Campaign.objects.create(
        title=fields.pop("title", "Reopening update"),
        kind=kind,
        deadline=timezone.now() + datetime.timedelta(days=2),
        script=fields.pop("script", "Tell them about Thursday's meeting."),
        **fields,
    )
    campaign.schools.set(schools)
    default = {"en": "Meeting Thursday at 4.", "es": "Reunión el jueves a las 4."}
    for language, text in (default if messages is None else messages).items():
        CampaignMessage.objects.create(campaign=campaign, language=language, text=text)
    if started:
        campaigns.start(campaign)
    return campaign
