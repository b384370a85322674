"""Bad input on the mentor network's forms: a clear error on the form, never a 500, nothing half-saved."""

from django.utils import timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from engagement.models.mentoring import CheckIn, MentorProfile, MentorRequest, MentorshipStatus
from tests.engagement.mentoring.factories import (
    EducatorFactory,
    MentorProfileFactory,
    MentorRequestFactory,
    RetireeFactory,
    make_mentorship,
)
from tests.engagement.mentoring.test_signup import sign_up_data

pytestmark = pytest.mark.django_db

ODD_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)


class TestSignUpNeverFails(HypothesisTestCase):
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        years=ODD_TEXT,
        hours=st.one_of(ODD_TEXT, st.integers(-(10**12), 10**12).map(str)),
        bio=ODD_TEXT,
        subjects=st.lists(st.one_of(st.sampled_from(["math", "arts"]), ODD_TEXT), max_size=4),
    )
    def test_any_answers_give_a_profile_or_errors(self, years, hours, bio, subjects):
        retiree = RetireeFactory()
        self.client.force_login(retiree)

        data = sign_up_data(years_taught=years, hours_per_month=hours, bio=bio, subjects=subjects)

        response = self.client.post("/en/mentoring/mentor/join/", data)

        assert response.status_code in (200, 302)
        profiles = MentorProfile.objects.filter(user=retiree)
        if response.status_code == 200:
            assert response.context["form"].errors
            assert not profiles.exists()
        else:
            profile = profiles.get()
            assert 1 <= profile.hours_per_month <= 40
            assert set(profile.subjects) <= {"math", "arts"}


def test_a_huge_bio_is_refused_with_its_limit(client, retiree):
    client.force_login(retiree)

    response = client.post("/en/mentoring/mentor/join/", sign_up_data(bio="x" * 100_000))

    assert response.status_code == 200
    assert "at most 1000 characters" in response.content.decode()
    assert not MentorProfile.objects.exists()


@pytest.mark.parametrize(
    "changes",
    [
        {"subjects": ["klingon"]},
        {"languages": ["en", "en", "tlh"]},
        {"formats": []},
        {"max_mentees": "6"},
        {"max_mentees": "0"},
        {"years_taught": "-1"},
        {"bio": "Hello\x00world"},
        {"bio": "Bell\x07"},
    ],
)
def test_impossible_profile_answers_are_form_errors(client, retiree, changes):
    client.force_login(retiree)

    response = client.post("/en/mentoring/mentor/join/", sign_up_data(**changes))

    assert response.status_code == 200
    assert response.context["form"].errors
    assert not MentorProfile.objects.exists()


def request_data(**changes):
    data = {
        "help_with": ["curriculum"],
        "subject": "math",
        "grade_band": "high",
        "language": "es",
        "meeting_format": "either",
        "frequency": "monthly",
        "details": "",
    }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    "changes",
    [
        {"subject": "alchemy"},
        {"school": "999999"},
        {"school": "'; DROP TABLE home_school; --"},
        {"meeting_format": "telepathy"},
        {"help_with": []},
        {"details": "y" * 5000},
    ],
)
def test_impossible_requests_are_form_errors(client, educator, changes):
    client.force_login(educator)

    response = client.post("/en/mentoring/ask/", request_data(**changes))

    assert response.status_code == 200
    assert response.context["form"].errors
    assert not MentorRequest.objects.exists()


@pytest.mark.parametrize(
    "changes",
    [
        {"minutes": "-5"},
        {"minutes": "100000000000000000000"},
        {"minutes": "1e3"},
        {"date": "2025-02-30"},
        {"date": "yesterday"},
        {"form_token": "not-a-uuid"},
        {"topics": ""},
    ],
)
def test_impossible_check_ins_are_form_errors(client, changes):
    mentorship = make_mentorship(MentorProfileFactory(), MentorRequestFactory())
    client.force_login(mentorship.mentee)
    data = {
        "date": timezone.localdate().isoformat(),
        "minutes": "30",
        "topics": "Lesson plans",
        "form_token": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
        **changes,
    }

    response = client.post(f"/en/mentoring/mentorships/{mentorship.pk}/check-in/", data)

    assert response.status_code == 200
    assert response.context["form"].errors
    assert not CheckIn.objects.exists()


def test_an_unknown_answer_to_a_proposal_changes_nothing(client):
    proposal = make_mentorship(MentorProfileFactory(), MentorRequestFactory(), status=MentorshipStatus.PENDING)
    client.force_login(proposal.mentor.user)

    response = client.post(f"/en/mentoring/mentor/proposals/{proposal.pk}/answer/", {"decision": "maybe"}, follow=True)

    assert response.status_code == 200
    assert "Choose whether you accept or decline this proposal." in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == MentorshipStatus.PENDING


def test_an_unknown_way_to_end_a_mentorship_changes_nothing(client):
    mentorship = make_mentorship(MentorProfileFactory(), MentorRequestFactory())
    client.force_login(mentorship.mentee)

    response = client.post(f"/en/mentoring/mentorships/{mentorship.pk}/end/", {"outcome": "explode"}, follow=True)

    assert response.status_code == 200
    mentorship.refresh_from_db()
    assert mentorship.status == MentorshipStatus.ACTIVE


def test_answering_a_proposal_twice_shows_an_error(client):
    proposal = make_mentorship(MentorProfileFactory(), MentorRequestFactory(), status=MentorshipStatus.PENDING)
    client.force_login(proposal.mentor.user)
    url = f"/en/mentoring/mentor/proposals/{proposal.pk}/answer/"

    client.post(url, {"decision": "accept"})
    response = client.post(url, {"decision": "decline"}, follow=True)

    assert "This proposal has already been answered or withdrawn." in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == MentorshipStatus.ACTIVE


def test_a_get_to_a_post_only_view_is_refused(client):
    mentorship = make_mentorship(MentorProfileFactory(), MentorRequestFactory())
    client.force_login(mentorship.mentee)

    assert client.get(f"/en/mentoring/mentorships/{mentorship.pk}/end/").status_code == 405


def test_a_request_from_someone_who_is_not_an_educator_is_explained(client):
    client.force_login(EducatorFactory(member_role="member"))

    response = client.get("/es/mentoring/ask/")

    assert response.status_code == 403
    assert '<html lang="es"' in response.content.decode()
