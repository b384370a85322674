"""Listening sessions for the tests: an index page, sessions, registrations, an Organizer."""

import datetime

from django.contrib.auth.models import Group
from django.utils import timezone

import factory
import wagtail_factories

from engagement.models.listening import (
    ListeningRegistration,
    ListeningSessionIndexPage,
    ListeningSessionPage,
    RegistrationStatus,
    SessionFormat,
)
from home.choices import MemberRole
from home.roles import CAPTAINS, ORGANIZERS
from tests.factories import UserFactory, translate_page


class ListeningSessionIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ListeningSessionIndexPage

    title = "Listening sessions"
    slug = "sessions"
    intro = "<p>Come and tell us what your school needs.</p>"


class ListeningSessionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ListeningSessionPage

    title = factory.Sequence(lambda n: f"Listening session {n}")
    slug = factory.Sequence(lambda n: f"session-{n}")
    intro = "<p>An evening to hear from families about our schools.</p>"
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda page: page.starts_at + datetime.timedelta(hours=2))
    session_format = SessionFormat.HYBRID
    place_name = "Roosevelt Elementary, library"
    address = "25 Main Street, Springfield"
    online_link = "https://meet.example.org/listening-secret-room"
    neighbourhood = "Riverside"
    interpretation_languages = factory.LazyFunction(lambda: ["es", "ht", "vi"])
    childcare = True
    food = "Dinner for families"
    capacity = 30
    hosts = "Maria Lopez and Jean Pierre"
    agenda = "<p>Welcome, small groups, what comes next.</p>"


def make_index(home):
    return ListeningSessionIndexPageFactory(parent=home)


def make_session(index, **fields):
    return ListeningSessionPageFactory(parent=index, **fields)


def translate_session(page, language, **fields):
    fields.setdefault("title", f"{page.title} ({language})")
    return translate_page(page, language, **fields)


def make_registration(session, **fields):
    values = {
        "name": "Ana Souza",
        "email": f"person{ListeningRegistration.objects.count()}@example.org",
        "language": "en",
        "connection": "family",
        "status": RegistrationStatus.CONFIRMED,
        "checkin_code": f"C{ListeningRegistration.objects.count():05d}",
        **fields,
    }
    return ListeningRegistration.objects.create(session=session, **values)


def make_organizer(**fields):
    user = UserFactory(first_name="Olu", last_name="Organizer", member_role=MemberRole.STAFF, **fields)
    user.groups.add(Group.objects.get(name=ORGANIZERS))
    return user


def make_captain(**fields):
    user = UserFactory(first_name="Cap", last_name="Tain", member_role=MemberRole.STAFF, **fields)
    user.groups.add(Group.objects.get(name=CAPTAINS))
    return user


def person_fields(**fields):
    """What a filled-in registration form gives the services."""
    return {
        "name": "Ana Souza",
        "email": "ana@example.org",
        "phone": "",
        "language": "en",
        "interpretation_language": "",
        "children_ages": [],
        "accessibility_needs": "",
        "connection": "family",
        "consent_to_contact": True,
        **fields,
    }


def form_data(**fields):
    """What a browser posts on the session page."""
    return {
        "name": "Ana Souza",
        "email": "ana@example.org",
        "phone": "",
        "language": "en",
        "interpretation_language": "",
        "children_count": "0",
        "children_ages": "",
        "accessibility_needs": "",
        "connection": "family",
        "consent_to_contact": "on",
        **fields,
    }
