"""A mentorship from proposal to its end: propose, accept or decline, pause, complete, cancel.

Each step's e-mail goes to the right people, in each one's language; a step the records do not
allow is refused with a clear error and changes nothing.
"""

from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

import pytest

from engagement.mentoring import services
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
from tests.engagement.mentoring.factories import (
    EducatorFactory,
    MentorProfileFactory,
    MentorRequestFactory,
    make_mentorship,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(django_capture_on_commit_callbacks):
    """Run the block as a committed transaction would: its e-mails are sent at the end."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_proposing_asks_the_mentor_by_email_in_their_language(mentor, mentor_request, coordinator, sent):
    with sent():
        mentorship = services.propose_match(mentor_request, mentor, coordinator, planned_months=4)

    assert mentorship.status == MentorshipStatus.PENDING
    assert mentorship.mentee == mentor_request.mentee
    mentor_request.refresh_from_db()
    assert mentor_request.status == RequestStatus.OPEN  # until the mentor says yes
    [message] = mail.outbox
    assert message.to == [mentor.user.email]
    assert "/pt/mentoring/mentor/" in message.body
    assert "Classroom management" in message.body or "Gestão" in message.body


def test_accepting_starts_the_mentorship_and_tells_the_mentee_and_coordinators(
    mentor, mentor_request, coordinator, sent
):
    mentorship = services.propose_match(mentor_request, mentor, coordinator, planned_months=4)

    with sent():
        services.accept_proposal(mentorship, mentor.user)

    mentorship.refresh_from_db()
    today = timezone.localdate()
    assert mentorship.status == MentorshipStatus.ACTIVE
    assert mentorship.started_on == today
    assert mentorship.planned_end == add_months(today, 4)
    mentor_request.refresh_from_db()
    assert mentor_request.status == RequestStatus.MATCHED
    assert recipients() == sorted([coordinator.email, mentor_request.mentee.email])
    to_mentee = next(message for message in mail.outbox if message.to == [mentor_request.mentee.email])
    assert mentor.user.email in to_mentee.body  # the mentee can write to their mentor
    assert f"/vi/mentoring/mentorships/{mentorship.pk}/" in to_mentee.body  # in the mentee's language


def test_declining_keeps_the_request_open_and_tells_the_mentee_and_coordinators(
    mentor, mentor_request, coordinator, sent
):
    mentorship = services.propose_match(mentor_request, mentor, coordinator)

    with sent():
        services.decline_proposal(mentorship, mentor.user, note="I am travelling until spring.")

    mentorship.refresh_from_db()
    assert mentorship.status == MentorshipStatus.DECLINED
    mentor_request.refresh_from_db()
    assert mentor_request.status == RequestStatus.OPEN
    assert recipients() == sorted([coordinator.email, mentor_request.mentee.email])
    to_coordinator = next(message for message in mail.outbox if message.to == [coordinator.email])
    assert "I am travelling until spring." in to_coordinator.body
    to_mentee = next(message for message in mail.outbox if message.to == [mentor_request.mentee.email])
    assert "travelling" not in to_mentee.body  # the reason is for the coordinators


def test_only_the_proposed_mentor_can_answer(mentor, mentor_request, coordinator):
    mentorship = services.propose_match(mentor_request, mentor, coordinator)
    other_mentor = MentorProfileFactory()

    for person in (other_mentor.user, mentor_request.mentee, coordinator):
        with pytest.raises(PermissionDenied):
            services.accept_proposal(mentorship, person)

    mentorship.refresh_from_db()
    assert mentorship.status == MentorshipStatus.PENDING


def test_a_proposal_is_answered_once(mentor, mentor_request, coordinator):
    mentorship = services.propose_match(mentor_request, mentor, coordinator)
    services.accept_proposal(mentorship, mentor.user)

    with pytest.raises(ValidationError) as error:
        services.decline_proposal(mentorship, mentor.user)

    assert error.value.code == "not_pending"
    mentorship.refresh_from_db()
    assert mentorship.status == MentorshipStatus.ACTIVE


def test_a_coordinator_cannot_propose_a_mentor_at_capacity(mentor_request, coordinator):
    full = MentorProfileFactory(max_mentees=1)
    make_mentorship(full)

    with pytest.raises(ValidationError) as error:
        services.propose_match(mentor_request, full, coordinator)

    assert error.value.code == "mentor_at_capacity"
    assert "no free place" in error.value.messages[0]
    assert not Mentorship.objects.filter(request=mentor_request).exists()


@pytest.mark.parametrize("status", [MentorStatus.PAUSED, MentorStatus.PENDING, MentorStatus.DECLINED])
def test_a_coordinator_cannot_propose_a_mentor_who_is_not_available(mentor_request, coordinator, status):
    unavailable = MentorProfileFactory(status=status)

    with pytest.raises(ValidationError) as error:
        services.propose_match(mentor_request, unavailable, coordinator)

    assert error.value.code == "mentor_unavailable"
    assert not Mentorship.objects.exists()


def test_a_request_gets_one_proposal_at_a_time(mentor, mentor_request, coordinator):
    services.propose_match(mentor_request, mentor, coordinator)

    with pytest.raises(ValidationError) as error:
        services.propose_match(mentor_request, MentorProfileFactory(), coordinator)

    assert error.value.code == "already_proposed"
    assert Mentorship.objects.filter(request=mentor_request).count() == 1


@pytest.mark.parametrize("months", [0, 13, -1, "six", None])
def test_the_planned_length_is_one_to_twelve_months(mentor, mentor_request, coordinator, months):
    with pytest.raises(ValidationError) as error:
        services.propose_match(mentor_request, mentor, coordinator, planned_months=months)

    assert error.value.code == "planned_months"
    assert not Mentorship.objects.exists()


def test_only_coordinators_propose(mentor, mentor_request):
    with pytest.raises(PermissionDenied):
        services.propose_match(mentor_request, mentor, mentor.user)


def test_pausing_returns_waiting_proposals_to_the_coordinators(coordinator, sent):
    mentor = MentorProfileFactory(max_mentees=3)
    running = make_mentorship(mentor)
    first, second = MentorRequestFactory(), MentorRequestFactory()
    waiting = [services.propose_match(first, mentor, coordinator), services.propose_match(second, mentor, coordinator)]

    with sent():
        returned = services.pause_mentor(mentor, mentor.user)

    assert {m.pk for m in returned} == {m.pk for m in waiting}
    for mentorship in waiting:
        mentorship.refresh_from_db()
        assert mentorship.status == MentorshipStatus.CANCELLED
        assert MentorRequest.objects.get(pk=mentorship.request_id).status == RequestStatus.OPEN
    running.refresh_from_db()
    assert running.status == MentorshipStatus.ACTIVE  # current mentees stay
    assert MentorProfile.objects.get(pk=mentor.pk).status == MentorStatus.PAUSED
    [message] = mail.outbox
    assert message.to == [coordinator.email]
    assert f"/admin/mentor_requests/inspect/{first.pk}/" in message.body
    assert f"/admin/mentor_requests/inspect/{second.pk}/" in message.body


def test_a_paused_mentor_can_resume(mentor):
    services.pause_mentor(mentor, mentor.user)
    services.resume_mentor(mentor, mentor.user)

    mentor.refresh_from_db()
    assert mentor.status == MentorStatus.APPROVED


def test_completing_closes_the_request_and_tells_the_other_side(mentor, mentor_request, sent):
    mentorship = make_mentorship(mentor, mentor_request)

    with sent():
        services.complete_mentorship(mentorship, mentor.user)

    mentorship.refresh_from_db()
    assert mentorship.status == MentorshipStatus.COMPLETED
    assert mentorship.ended_by == mentor.user
    mentor_request.refresh_from_db()
    assert mentor_request.status == RequestStatus.CLOSED
    assert recipients() == [mentor_request.mentee.email]


def test_a_mentee_who_cancels_closes_their_request(mentor, mentor_request, coordinator, sent):
    mentorship = make_mentorship(mentor, mentor_request)

    with sent():
        services.cancel_mentorship(mentorship, mentor_request.mentee, note="I am changing schools.")

    mentorship.refresh_from_db()
    assert mentorship.status == MentorshipStatus.CANCELLED
    mentor_request.refresh_from_db()
    assert mentor_request.status == RequestStatus.CLOSED
    assert recipients() == sorted([mentor.user.email, coordinator.email])


def test_a_mentor_who_cancels_sends_the_request_back_to_the_coordinators(mentor, mentor_request, coordinator, sent):
    mentorship = make_mentorship(mentor, mentor_request)

    with sent():
        services.cancel_mentorship(mentorship, mentor.user, note="My health does not allow it.")

    mentor_request.refresh_from_db()
    assert mentor_request.status == RequestStatus.OPEN
    assert recipients() == sorted([mentor_request.mentee.email, coordinator.email])
    to_coordinator = next(message for message in mail.outbox if message.to == [coordinator.email])
    assert f"/admin/mentor_requests/inspect/{mentor_request.pk}/" in to_coordinator.body


def test_a_coordinator_withdraws_a_proposal_and_the_mentor_is_told(mentor, mentor_request, coordinator, sent):
    mentorship = services.propose_match(mentor_request, mentor, coordinator)

    with sent():
        services.cancel_mentorship(mentorship, coordinator)

    mentorship.refresh_from_db()
    assert mentorship.status == MentorshipStatus.CANCELLED
    mentor_request.refresh_from_db()
    assert mentor_request.status == RequestStatus.OPEN
    assert recipients() == [mentor.user.email]  # the mentee never heard of the proposal


def test_the_sides_cannot_cancel_a_proposal_and_strangers_cannot_cancel_anything(mentor, mentor_request, coordinator):
    proposal = services.propose_match(mentor_request, mentor, coordinator)
    with pytest.raises(PermissionDenied):
        services.cancel_mentorship(proposal, mentor_request.mentee)
    services.accept_proposal(proposal, mentor.user)
    with pytest.raises(PermissionDenied):
        services.cancel_mentorship(proposal, EducatorFactory())

    proposal.refresh_from_db()
    assert proposal.status == MentorshipStatus.ACTIVE


def test_an_ended_mentorship_cannot_be_ended_again(mentor, mentor_request):
    mentorship = make_mentorship(mentor, mentor_request, status=MentorshipStatus.COMPLETED)

    with pytest.raises(ValidationError):
        services.cancel_mentorship(mentorship, mentor.user)
    with pytest.raises(ValidationError):
        services.complete_mentorship(mentorship, mentor.user)


def test_withdrawing_a_request_withdraws_its_proposal(mentor, mentor_request, coordinator):
    mentorship = services.propose_match(mentor_request, mentor, coordinator)

    services.withdraw_request(mentor_request, mentor_request.mentee)

    mentorship.refresh_from_db()
    mentor_request.refresh_from_db()
    assert mentor_request.status == RequestStatus.CLOSED
    assert mentorship.status == MentorshipStatus.CANCELLED


def test_nothing_is_sent_before_the_transaction_commits(
    mentor, mentor_request, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.propose_match(mentor_request, mentor, coordinator)

    assert len(callbacks) == 1
    assert mail.outbox == []


def test_a_failing_mail_server_keeps_what_was_saved(mentor, mentor_request, coordinator, sent, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("django.core.mail.send_mail", broken)

    with sent():
        mentorship = services.propose_match(mentor_request, mentor, coordinator)

    assert Mentorship.objects.get(pk=mentorship.pk).status == MentorshipStatus.PENDING


# Requests


def test_an_educator_asks_for_a_mentor(client, educator, coordinator, sent):
    client.force_login(educator)

    with sent():
        response = client.post(
            "/vi/mentoring/ask/",
            {
                "help_with": ["english-learners"],
                "details": "",
                "subject": "esl",
                "grade_band": "elementary",
                "language": "vi",
                "meeting_format": "online",
                "frequency": "weekly",
            },
        )

    assert response.status_code == 302
    mentor_request = MentorRequest.objects.get(mentee=educator)
    assert (mentor_request.subject, mentor_request.language, mentor_request.status) == ("esl", "vi", "open")
    assert recipients() == [coordinator.email]


def test_someone_who_is_not_an_educator_cannot_ask(client, retiree):
    client.force_login(retiree)

    response = client.post("/en/mentoring/ask/", {"help_with": ["curriculum"], "subject": "math"})

    assert response.status_code == 403
    assert "Mentors are for educators" in response.content.decode()
    with pytest.raises(ValidationError) as error:
        services.submit_request(MentorRequest(mentee=retiree, help_with=["curriculum"], subject="math"))
    assert error.value.code == "not_educator"
    assert not MentorRequest.objects.exists()


def test_a_second_open_request_is_refused(client, mentor_request):
    client.force_login(mentor_request.mentee)

    page = client.get("/en/mentoring/ask/")
    with pytest.raises(ValidationError) as error:
        services.submit_request(
            MentorRequest(mentee=mentor_request.mentee, help_with=["curriculum"], subject="math", grade_band="high")
        )

    assert "You already have an open request" in page.content.decode()
    assert error.value.code == "duplicate"
    assert MentorRequest.objects.filter(mentee=mentor_request.mentee).count() == 1


# Check-ins


def test_either_side_logs_a_check_in_and_the_mentee_may_share_it(client, mentor, mentor_request):
    mentorship = make_mentorship(mentor, mentor_request)
    today = timezone.localdate().isoformat()
    data = {
        "date": today,
        "minutes": "50",
        "topics": "Parent conferences",
        "form_token": "5f2b6a0e-4c2d-4b7e-9c1a-0f1e2d3c4b5a",
    }

    client.force_login(mentor_request.mentee)
    client.post(f"/vi/mentoring/mentorships/{mentorship.pk}/check-in/", {**data, "shared_to_portfolio": "on"})
    client.force_login(mentor.user)
    client.post(
        f"/pt/mentoring/mentorships/{mentorship.pk}/check-in/",
        {**data, "form_token": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "shared_to_portfolio": "on"},
    )

    by_mentee = mentorship.checkins.get(author=mentor_request.mentee)
    by_mentor = mentorship.checkins.get(author=mentor.user)
    assert by_mentee.shared_to_portfolio is True
    assert by_mentor.shared_to_portfolio is False  # a mentor has no portfolio to share to


def test_a_double_click_saves_one_check_in(client, mentor, mentor_request):
    mentorship = make_mentorship(mentor, mentor_request)
    client.force_login(mentor.user)
    data = {
        "date": timezone.localdate().isoformat(),
        "minutes": "30",
        "topics": "Report cards",
        "form_token": "0b8f6c1e-2d3a-4b5c-9d8e-7f6a5b4c3d2e",
    }

    first = client.post(f"/en/mentoring/mentorships/{mentorship.pk}/check-in/", data)
    second = client.post(f"/en/mentoring/mentorships/{mentorship.pk}/check-in/", data)

    assert first.status_code == second.status_code == 302
    assert mentorship.checkins.count() == 1


def test_a_check_in_cannot_be_in_the_future_or_before_the_start(client, mentor, mentor_request):
    mentorship = make_mentorship(mentor, mentor_request, started_days_ago=10)
    client.force_login(mentor.user)
    url = f"/en/mentoring/mentorships/{mentorship.pk}/check-in/"
    base = {"minutes": "30", "topics": "Grading", "form_token": "1c9e7d2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f"}

    future = client.post(url, {**base, "date": "2999-01-01"})
    early = client.post(url, {**base, "date": "2000-01-01"})

    assert future.status_code == early.status_code == 200
    assert "A check-in cannot be in the future." in future.content.decode()
    assert "A check-in cannot be before the mentorship started." in early.content.decode()
    assert not mentorship.checkins.exists()


def test_check_ins_are_logged_only_while_the_mentorship_is_active(mentor, mentor_request):
    mentorship = make_mentorship(mentor, mentor_request, status=MentorshipStatus.COMPLETED)

    with pytest.raises(ValidationError):
        services.log_checkin(
            mentorship,
            CheckIn(author=mentor.user, date=timezone.localdate(), minutes=20, topics="After the end"),
        )
    assert not mentorship.checkins.exists()
