"""Who sees what: each person sees their own records; anyone else gets a 404, whatever the id."""

import pytest

from engagement.models.mentoring import MentorshipStatus, MentorStatus
from tests.engagement.mentoring.factories import (
    EducatorFactory,
    MentorProfileFactory,
    MentorRequestFactory,
    RetireeFactory,
    make_checkin,
    make_mentorship,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_mentorships():
    """Two mentors, each with one mentee."""
    first = make_mentorship(MentorProfileFactory(user__first_name="Rosa"), MentorRequestFactory())
    second = make_mentorship(MentorProfileFactory(user__first_name="Tomás"), MentorRequestFactory())
    return first, second


def test_a_mentee_cannot_see_another_mentees_request(client):
    mine, theirs = MentorRequestFactory(details="Mine"), MentorRequestFactory(details="Theirs, private")
    client.force_login(mine.mentee)

    own = client.get(f"/en/mentoring/requests/{mine.pk}/")
    other = client.get(f"/en/mentoring/requests/{theirs.pk}/")
    listing = client.get("/en/mentoring/mine/")

    assert own.status_code == 200
    assert other.status_code == 404
    assert "Theirs, private" not in listing.content.decode()
    withdraw = client.post(f"/en/mentoring/requests/{theirs.pk}/withdraw/")
    assert withdraw.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == "open"


def test_a_retiree_sees_only_their_own_mentees(client, two_mentorships):
    first, second = two_mentorships
    client.force_login(first.mentor.user)

    home = client.get("/en/mentoring/mentor/")
    own = client.get(f"/en/mentoring/mentorships/{first.pk}/")
    other = client.get(f"/en/mentoring/mentorships/{second.pk}/")

    assert str(first.mentee) in home.content.decode()
    assert str(second.mentee) not in home.content.decode()
    assert own.status_code == 200
    assert other.status_code == 404


def test_nobody_else_can_open_log_in_or_end_a_mentorship(client, two_mentorships):
    first, _second = two_mentorships
    strangers = [EducatorFactory(), RetireeFactory(), MentorProfileFactory().user, UserFactory(is_staff=True)]
    for stranger in strangers:
        client.force_login(stranger)
        assert client.get(f"/en/mentoring/mentorships/{first.pk}/").status_code == 404
        assert client.get(f"/en/mentoring/mentorships/{first.pk}/check-in/").status_code == 404
        response = client.post(f"/en/mentoring/mentorships/{first.pk}/end/", {"outcome": "cancel"})
        assert response.status_code == 404
    first.refresh_from_db()
    assert first.status == MentorshipStatus.ACTIVE
    assert not first.checkins.exists()


def test_a_private_note_is_seen_by_its_author_only(client, coordinator, two_mentorships):
    mentorship, _second = two_mentorships
    make_checkin(mentorship, mentorship.mentor.user, topics="Shared topics", private_note="Mentor worry about pacing")
    make_checkin(mentorship, mentorship.mentee, topics="Mentee topics", private_note="Mentee thought on grading")

    pages = {}
    people = {"mentor": mentorship.mentor.user, "mentee": mentorship.mentee, "coordinator": coordinator}
    for name, person in people.items():
        client.force_login(person)
        pages[name] = client.get(f"/en/mentoring/mentorships/{mentorship.pk}/").content.decode()
    client.force_login(coordinator)
    pages["admin"] = client.get(f"/admin/mentorships/inspect/{mentorship.pk}/").content.decode()

    assert "Mentor worry about pacing" in pages["mentor"] and "Mentee thought on grading" not in pages["mentor"]
    assert "Mentee thought on grading" in pages["mentee"] and "Mentor worry about pacing" not in pages["mentee"]
    for name in ("coordinator", "admin"):
        assert "Shared topics" in pages[name]
        assert "worry" not in pages[name] and "thought" not in pages[name]


def test_a_mentee_does_not_see_a_proposal_before_the_mentor_answers(client):
    proposal = make_mentorship(MentorProfileFactory(), MentorRequestFactory(), status=MentorshipStatus.PENDING)
    client.force_login(proposal.mentee)

    assert client.get(f"/en/mentoring/mentorships/{proposal.pk}/").status_code == 404
    assert str(proposal.mentor.user) not in client.get("/en/mentoring/mine/").content.decode()


def test_a_mentor_cannot_answer_someone_elses_proposal(client):
    proposal = make_mentorship(MentorProfileFactory(), MentorRequestFactory(), status=MentorshipStatus.PENDING)
    other_mentor = MentorProfileFactory()
    client.force_login(other_mentor.user)

    response = client.post(f"/en/mentoring/mentor/proposals/{proposal.pk}/answer/", {"decision": "accept"})

    assert response.status_code == 404
    proposal.refresh_from_db()
    assert proposal.status == MentorshipStatus.PENDING


def test_the_directory_lists_opted_in_approved_mentors_without_contact_details(client, educator):
    listed = MentorProfileFactory(user__first_name="Listed", user__phone="617 555 0100", in_directory=True)
    MentorProfileFactory(user__first_name="Hidden", in_directory=False)
    MentorProfileFactory(user__first_name="Waiting", in_directory=True, status=MentorStatus.PENDING)
    MentorProfileFactory(user__first_name="Resting", in_directory=True, status=MentorStatus.PAUSED)
    client.force_login(educator)

    content = client.get("/en/mentoring/directory/").content.decode()

    assert "Listed" in content
    for absent in ("Hidden", "Waiting", "Resting", listed.user.email, "617 555 0100", "mailto:"):
        assert absent not in content


def test_the_directory_is_for_signed_in_members_only(client):
    MentorProfileFactory(in_directory=True)

    response = client.get("/en/mentoring/directory/")

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_directory_filters_by_subject_and_language(client, educator):
    MentorProfileFactory(user__first_name="Maths", in_directory=True, subjects=["math"], languages=["es"])
    MentorProfileFactory(user__first_name="Science", in_directory=True, subjects=["science"], languages=["es"])
    MentorProfileFactory(user__first_name="English", in_directory=True, subjects=["math"], languages=["en"])
    client.force_login(educator)

    response = client.get("/en/mentoring/directory/?subject=math&language=es&grade_band=nonsense")

    assert [mentor.user.first_name for mentor in response.context["mentors"]] == ["Maths"]
    assert response.context["filters"]["grade_band"] == ""  # an unknown value is ignored


def test_the_directory_costs_a_fixed_number_of_queries(client, educator, django_assert_max_num_queries):
    client.force_login(educator)
    MentorProfileFactory.create_batch(2, in_directory=True)
    client.get("/en/mentoring/directory/")  # the menus and footer are cached after the first page
    with django_assert_max_num_queries(12) as few:
        client.get("/en/mentoring/directory/")
    MentorProfileFactory.create_batch(15, in_directory=True)
    with django_assert_max_num_queries(12) as many:
        client.get("/en/mentoring/directory/")

    assert len(few.captured_queries) == len(many.captured_queries)


def test_anonymous_visitors_are_sent_to_sign_in(client, two_mentorships):
    first, _second = two_mentorships
    for url in [
        "/en/mentoring/",
        "/en/mentoring/mentor/join/",
        "/en/mentoring/ask/",
        f"/en/mentoring/mentorships/{first.pk}/",
        "/es/mentoring/directory/",
    ]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/accounts/login/" in response["Location"]
