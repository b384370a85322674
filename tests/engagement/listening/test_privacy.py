"""Registrations in the privacy export and account deletion of the account holder (by their verified e-mail)."""

import json
import zipfile

import pytest
from allauth.account.models import EmailAddress

from engagement.listening import services
from engagement.models.listening import ListeningRegistration, RegistrationStatus
from home import account_data
from tests.engagement.listening.factories import make_session, person_fields
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def export_of(user):
    with zipfile.ZipFile(account_data.build_export(user)) as archive:
        return {name: json.loads(archive.read(name)) for name in archive.namelist() if name.endswith(".json")}


@pytest.fixture
def holder(db):
    user = UserFactory(email="holder@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_the_export_holds_registrations_made_with_the_verified_address(holder, session):
    services.register(session, person_fields(email="HOLDER@example.org", accessibility_needs="Large print"))
    services.register(session, person_fields(email="someone-else@example.org"))
    exported = next(data for name, data in export_of(holder).items() if "listening_registrations" in name)
    assert [row["accessibility_needs"] for row in exported] == ["Large print"]


def test_an_unverified_address_exports_nothing(session):
    user = UserFactory(email="unverified@example.org")
    services.register(session, person_fields(email="unverified@example.org"))
    exported = next(data for name, data in export_of(user).items() if "listening_registrations" in name)
    assert exported == []


def test_deleting_the_account_erases_the_registrations_and_frees_the_seat(holder, index):
    session = make_session(index, capacity=1)
    services.register(session, person_fields(email="holder@example.org"))
    waiting = services.register(session, person_fields(email="waiting@example.org"))
    account_data.delete_account(holder)
    assert not ListeningRegistration.objects.filter(email="holder@example.org").exists()
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED
