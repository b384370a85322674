"""Helpers shared by the survey results tests: staff in a role, and many responses at once."""

import datetime

from django.contrib.auth.models import Group
from django.utils import timezone

from home.models import School
from home.roles import ORGANIZERS
from tests.engagement.surveys.factories import make_response
from tests.factories import UserFactory


def make_staff(role=ORGANIZERS, **fields):
    """A user in the staff group ``role`` (None: a signed-up member in no group)."""
    user = UserFactory(**fields)
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


def make_school(name, neighbourhood=""):
    return School.objects.create(name=name, neighbourhood=neighbourhood)


def respond(page, count, answers, **fields):
    """``count`` responses with the same answers; returns them."""
    return [make_response(page, answers, **fields) for _ in range(count)]


def on(day, hour=12):
    """An aware datetime at noon (local time) on ``day`` ("2026-03-04")."""
    return timezone.make_aware(datetime.datetime.combine(datetime.date.fromisoformat(day), datetime.time(hour)))
