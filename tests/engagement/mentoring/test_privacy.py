"""The mentor network's part of the privacy export (read back from the ZIP) and of account deletion."""

import json
import zipfile

from django.contrib.auth import get_user_model
from django.core import mail

import pytest

from engagement.models.mentoring import CheckIn, MentorProfile, MentorRequest, Mentorship, MentorshipStatus
from home import account_data
from tests.engagement.mentoring.factories import (
    MentorProfileFactory,
    MentorRequestFactory,
    SchoolFactory,
    make_checkin,
    make_mentorship,
)

pytestmark = pytest.mark.django_db


def export_of(user):
    with zipfile.ZipFile(account_data.build_export(user)) as archive:
        return {name: json.loads(archive.read(name)) for name in archive.namelist() if name.endswith(".json")}


@pytest.fixture
def mentorship():
    mentor = MentorProfileFactory(
        user__first_name="Rosa", bio="Thirty years at Lincoln.", schools=[SchoolFactory(name="Lincoln")]
    )
    mentorship = make_mentorship(mentor, MentorRequestFactory(details="Help with my first parent night"))
    make_checkin(mentorship, mentor.user, topics="Agenda for parent night", private_note="Rosa's note to herself")
    make_checkin(mentorship, mentorship.mentee, topics="How it went", private_note="Mentee's note to self")
    return mentorship


def test_a_mentor_downloads_their_profile_mentorships_and_own_notes(mentorship):
    data = export_of(mentorship.mentor.user)

    profile = data["mentor_profile.json"]
    assert profile["bio"] == "Thirty years at Lincoln."
    assert profile["subjects"]["codes"] == ["math"]
    assert profile["schools"] == ["Lincoln"]
    [exported] = data["mentorships_and_checkins.json"]
    assert exported["my_role"] == "mentor"
    assert exported["with"] == str(mentorship.mentee)
    notes = {checkin["topics"]: checkin.get("private_note") for checkin in exported["check_ins"]}
    assert notes == {"Agenda for parent night": "Rosa's note to herself", "How it went": None}
    assert data["mentor_requests.json"] == []


def test_a_mentee_downloads_their_requests_and_never_the_mentors_private_note(mentorship):
    data = export_of(mentorship.mentee)

    [exported_request] = data["mentor_requests.json"]
    assert exported_request["details"] == "Help with my first parent night"
    assert data["mentor_profile.json"] == {}
    text = json.dumps(data)
    assert "Mentee's note to self" in text
    assert "Rosa's note to herself" not in text


def test_a_mentor_who_deletes_their_account_leaves_the_mentee_their_own_record(
    mentorship, coordinator, django_capture_on_commit_callbacks
):
    mentor_user, mentee = mentorship.mentor.user, mentorship.mentee

    with django_capture_on_commit_callbacks(execute=True):
        account_data.delete_account(mentor_user)

    assert not get_user_model().objects.filter(pk=mentor_user.pk).exists()
    assert not MentorProfile.objects.exists()
    mentorship.refresh_from_db()
    assert mentorship.mentor is None
    assert mentorship.mentee == mentee
    assert mentorship.status == MentorshipStatus.CANCELLED
    assert list(mentorship.checkins.values_list("topics", flat=True)) == ["How it went"]
    # The mentee still needs a mentor: their request is back with the coordinators, and they are told.
    assert MentorRequest.objects.get(pk=mentorship.request_id).status == "open"
    assert sorted(address for message in mail.outbox for address in message.to) == sorted(
        [mentee.email, coordinator.email]
    )


def test_a_mentee_who_deletes_their_account_leaves_an_anonymous_mentorship(mentorship):
    mentee, mentor = mentorship.mentee, mentorship.mentor

    account_data.delete_account(mentee)

    assert not MentorRequest.objects.exists()
    mentorship.refresh_from_db()
    assert (mentorship.mentee, mentorship.request, mentorship.mentor) == (None, None, mentor)
    assert list(CheckIn.objects.values_list("topics", flat=True)) == ["Agenda for parent night"]
    # Nothing that names the mentee stays in the mentor network.
    assert mentee.email not in json.dumps(export_of(mentor.user))


def test_when_both_sides_are_gone_only_a_count_remains(mentorship):
    account_data.delete_account(mentorship.mentee)
    account_data.delete_account(mentorship.mentor.user)

    remaining = Mentorship.objects.get()
    assert (remaining.mentor, remaining.mentee, remaining.request) == (None, None, None)
    assert not CheckIn.objects.exists()
    assert remaining.status == MentorshipStatus.CANCELLED
