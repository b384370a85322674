"""A retiree signs up as a mentor; a Mentor coordinator approves or declines the profile."""

from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

import pytest

from engagement.mentoring import services
from engagement.models.mentoring import MentorProfile, MentorStatus
from tests.engagement.mentoring.factories import EducatorFactory, MentorProfileFactory, RetireeFactory, SchoolFactory

pytestmark = pytest.mark.django_db

JOIN_URL = "/pt/mentoring/mentor/join/"
PROFILE_URL = "/pt/mentoring/mentor/profile/"


def sign_up_data(**changes):
    data = {
        "years_taught": "31",
        "roles_held": ["classroom-teacher", "mentor-teacher"],
        "subjects": ["math", "science"],
        "grade_bands": ["middle"],
        "languages": ["pt", "en"],
        "expertise": ["classroom-management", "english-learners"],
        "formats": ["in-person", "online"],
        "hours_per_month": "6",
        "max_mentees": "2",
        "bio": "Professora de matemática durante trinta e um anos.",
        "in_directory": "on",
    }
    data.update(changes)
    return data


def test_a_retiree_signs_up_in_portuguese_and_waits_for_review(
    client, retiree, coordinator, django_capture_on_commit_callbacks
):
    school = SchoolFactory(name="Escola Lincoln")
    client.force_login(retiree)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(JOIN_URL, sign_up_data(schools=[school.pk]))

    assert response.status_code == 302
    assert response["Location"] == PROFILE_URL
    profile = MentorProfile.objects.get(user=retiree)
    assert profile.status == MentorStatus.PENDING
    assert profile.subjects == ["math", "science"]
    assert profile.languages == ["en", "pt"]  # in the order the choices are offered
    assert list(profile.schools.all()) == [school]
    # The coordinators hear of it, with a link to the review in the admin.
    assert [message.to for message in mail.outbox] == [[coordinator.email]]
    assert f"/admin/mentor_profiles/inspect/{profile.pk}/" in mail.outbox[0].body


def test_the_sign_up_form_is_prefilled_from_the_account(client):
    school = SchoolFactory(name="Escola Lincoln")
    retiree = RetireeFactory(years_of_service=27, preferred_language="pt", school=school)
    client.force_login(retiree)

    response = client.get(JOIN_URL)

    form = response.context["form"]
    assert form.initial["years_taught"] == 27
    assert form.initial["languages"] == ["pt"]
    assert form.initial["schools"] == [school.pk]


def test_errors_are_shown_in_the_page_language_and_what_was_typed_is_kept(client, retiree):
    client.force_login(retiree)

    response = client.post(JOIN_URL, sign_up_data(subjects=[], hours_per_month="500"))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Este campo é obrigatório." in content
    assert "Garanta que este valor seja menor ou igual a 40." in content
    assert "Professora de matemática durante trinta e um anos." in content
    assert not MentorProfile.objects.exists()


def test_someone_who_is_not_retired_is_told_why_they_cannot_sign_up(client):
    client.force_login(EducatorFactory())

    get = client.get("/en/mentoring/mentor/join/")
    post = client.post("/en/mentoring/mentor/join/", sign_up_data())

    assert get.status_code == post.status_code == 403
    assert "Mentoring is for retired educators" in get.content.decode()
    assert "change your role on your profile" in get.content.decode()
    assert not MentorProfile.objects.exists()


def test_signing_up_twice_keeps_one_profile(client, retiree):
    client.force_login(retiree)

    client.post(JOIN_URL, sign_up_data())
    second = client.post(JOIN_URL, sign_up_data(bio="Another profile"), follow=True)

    assert MentorProfile.objects.filter(user=retiree).count() == 1
    assert MentorProfile.objects.get(user=retiree).bio != "Another profile"
    assert second.redirect_chain[-1][0] == PROFILE_URL
    with translation.override(retiree.preferred_language):
        notice = gettext("You have already signed up as a mentor: here is your profile.")
    assert escape(notice) in second.content.decode()


def test_the_service_refuses_a_second_profile_for_the_same_person(retiree):
    MentorProfileFactory(user=retiree, status=MentorStatus.PENDING)
    duplicate = MentorProfile(
        user=retiree,
        years_taught=10,
        roles_held=["classroom-teacher"],
        subjects=["math"],
        grade_bands=["middle"],
        languages=["en"],
        expertise=["curriculum"],
        formats=["online"],
        hours_per_month=2,
        max_mentees=1,
        bio="Again",
    )

    with pytest.raises(ValidationError) as error:
        services.sign_up_mentor(duplicate)

    assert error.value.code == "duplicate"
    assert MentorProfile.objects.filter(user=retiree).count() == 1


@pytest.mark.parametrize("tampered", ["999999", "not-a-number", "1 OR 1=1"])
def test_a_tampered_school_id_is_a_form_error_and_saves_nothing(client, retiree, tampered):
    client.force_login(retiree)

    response = client.post(JOIN_URL, sign_up_data(schools=[tampered]))

    assert response.status_code == 200
    assert response.context["form"].errors["schools"]
    assert not MentorProfile.objects.exists()


def test_a_coordinator_approves_and_the_mentor_is_told_in_their_language(
    coordinator, django_capture_on_commit_callbacks
):
    profile = MentorProfileFactory(status=MentorStatus.PENDING, user__preferred_language="pt")

    with django_capture_on_commit_callbacks(execute=True):
        services.approve_mentor(profile, coordinator, note="Bem-vinda!")

    profile.refresh_from_db()
    assert profile.status == MentorStatus.APPROVED
    assert profile.reviewed_by == coordinator
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [profile.user.email]
    assert "Bem-vinda!" in message.body
    assert "/pt/mentoring/mentor/profile/" in message.body  # links in the mentor's language


def test_a_coordinator_declines_and_a_changed_profile_goes_back_for_review(coordinator):
    profile = MentorProfileFactory(status=MentorStatus.PENDING)
    services.decline_mentor(profile, coordinator, note="Please tell us more about what you taught.")
    profile.refresh_from_db()
    assert profile.status == MentorStatus.DECLINED

    profile.bio = "Thirty years of maths; ten as a coach of new teachers."
    services.update_mentor_profile(profile)

    profile.refresh_from_db()
    assert profile.status == MentorStatus.PENDING


def test_an_approved_mentor_editing_their_profile_stays_approved(client, mentor):
    client.force_login(mentor.user)

    response = client.post(PROFILE_URL, sign_up_data(bio="New bio"))

    assert response.status_code == 302
    mentor.refresh_from_db()
    assert mentor.bio == "New bio"
    assert mentor.status == MentorStatus.APPROVED


def test_only_a_coordinator_can_approve(retiree):
    profile = MentorProfileFactory(status=MentorStatus.PENDING)

    with pytest.raises(PermissionDenied):
        services.approve_mentor(profile, EducatorFactory())

    profile.refresh_from_db()
    assert profile.status == MentorStatus.PENDING


def test_an_approved_profile_cannot_be_approved_again(coordinator, mentor):
    with pytest.raises(ValidationError) as error:
        services.approve_mentor(mentor, coordinator)
    assert error.value.code == "not_pending"


def test_a_coordinator_approves_in_the_admin(client, coordinator):
    profile = MentorProfileFactory(status=MentorStatus.PENDING)
    client.force_login(coordinator)

    page = client.get(f"/admin/mentor_profiles/inspect/{profile.pk}/")
    response = client.post(f"/admin/mentor_profiles/review/{profile.pk}/", {"decision": "approve", "note": ""})

    assert page.status_code == 200
    assert profile.bio in page.content.decode()
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.status == MentorStatus.APPROVED


def test_the_profile_page_tells_a_pending_mentor_what_happens_next(client):
    profile = MentorProfileFactory(status=MentorStatus.PENDING)
    client.force_login(profile.user)

    response = client.get("/en/mentoring/mentor/profile/")

    assert "A Mentor coordinator will review your profile soon." in response.content.decode()
