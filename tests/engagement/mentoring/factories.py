"""Factories for the mentor network's tests: people, schools, profiles, requests, mentorships."""

import datetime

from django.contrib.auth.models import Group
from django.utils import timezone

import factory

from engagement.models.mentoring import (
    CheckIn,
    MentorProfile,
    MentorRequest,
    Mentorship,
    MentorshipStatus,
    MentorStatus,
    RequestStatus,
    add_months,
)
from home.choices import MemberRole
from home.models import School
from home.roles import MENTOR_COORDINATORS
from tests.factories import UserFactory


class SchoolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = School
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"School number {n}")
    neighbourhood = ""


class RetireeFactory(UserFactory):
    first_name = factory.Sequence(lambda n: f"Retiree{n}")
    last_name = "Okafor"
    member_role = MemberRole.RETIREE


class EducatorFactory(UserFactory):
    first_name = factory.Sequence(lambda n: f"Educator{n}")
    last_name = "Nguyen"
    member_role = MemberRole.EDUCATOR


class MentorProfileFactory(factory.django.DjangoModelFactory):
    """An approved mentor of middle-school maths who speaks English, with two places."""

    class Meta:
        model = MentorProfile

    user = factory.SubFactory(RetireeFactory)
    status = MentorStatus.APPROVED
    years_taught = 30
    roles_held = factory.LazyFunction(lambda: ["classroom-teacher"])
    subjects = factory.LazyFunction(lambda: ["math"])
    grade_bands = factory.LazyFunction(lambda: ["middle"])
    languages = factory.LazyFunction(lambda: ["en"])
    expertise = factory.LazyFunction(lambda: ["classroom-management"])
    formats = factory.LazyFunction(lambda: ["in-person", "online"])
    hours_per_month = 4
    max_mentees = 2
    bio = "Thirty years of middle-school maths, and still curious about how children learn."

    @factory.post_generation
    def schools(self, create, extracted, **kwargs):
        if create and extracted:
            self.schools.set(extracted)


class MentorRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MentorRequest

    mentee = factory.SubFactory(EducatorFactory)
    status = RequestStatus.OPEN
    help_with = factory.LazyFunction(lambda: ["classroom-management"])
    details = "My sixth graders are lovely but the afternoons are hard."
    subject = "math"
    grade_band = "middle"
    language = "en"
    meeting_format = "either"
    frequency = "fortnightly"


def make_mentorship(mentor, mentor_request=None, status=MentorshipStatus.ACTIVE, months=6, started_days_ago=30):
    """A mentorship in ``status`` between ``mentor`` and the request's mentee, made directly."""
    mentor_request = mentor_request or MentorRequestFactory()
    started = timezone.localdate() - datetime.timedelta(days=started_days_ago)
    running = status != MentorshipStatus.PENDING and status != MentorshipStatus.DECLINED
    mentorship = Mentorship.objects.create(
        request=mentor_request,
        mentor=mentor,
        mentee=mentor_request.mentee,
        status=status,
        planned_months=months,
        started_on=started if running else None,
        planned_end=add_months(started, months) if running else None,
    )
    if status == MentorshipStatus.ACTIVE:
        MentorRequest.objects.filter(pk=mentor_request.pk).update(status=RequestStatus.MATCHED)
    elif status in (MentorshipStatus.COMPLETED, MentorshipStatus.CANCELLED):
        MentorRequest.objects.filter(pk=mentor_request.pk).update(status=RequestStatus.CLOSED)
    return mentorship


def make_checkin(mentorship, author, **fields):
    values = {
        "date": timezone.localdate() - datetime.timedelta(days=3),
        "minutes": 45,
        "topics": "Seating plans and the first ten minutes of class.",
        "private_note": "",
    }
    values.update(fields)
    return CheckIn.objects.create(mentorship=mentorship, author=author, **values)


def make_coordinator(**fields):
    user = UserFactory(first_name="Coordinator", last_name="Mensah", member_role=MemberRole.STAFF, **fields)
    user.groups.add(Group.objects.get(name=MENTOR_COORDINATORS))
    return user
