"""The Mentor coordinators' side in the Wagtail admin: listings, the ranked mentors, proposing, the audit log."""

from django.contrib.auth.models import Group
from django.core import mail

from wagtail.models import ModelLogEntry

import pytest

from engagement.models.mentoring import Mentorship, MentorshipStatus, MentorStatus
from home.audit import VIEW_PERSONAL_DATA
from home.roles import COMMUNICATIONS
from tests.engagement.mentoring.factories import MentorProfileFactory, make_mentorship
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def communications_editor():
    user = UserFactory(first_name="Editor")
    user.groups.add(Group.objects.get(name=COMMUNICATIONS))
    return user


def views_logged(viewer):
    return list(ModelLogEntry.objects.filter(action=VIEW_PERSONAL_DATA, user=viewer).order_by("pk"))


def test_coordinators_find_the_mentor_network_menu(client, coordinator):
    client.force_login(coordinator)

    dashboard = client.get("/admin/").content.decode()

    assert "Mentor network" in dashboard
    for url in ("/admin/mentor_profiles/", "/admin/mentor_requests/", "/admin/mentorships/"):
        assert client.get(url).status_code == 200


def test_other_staff_cannot_reach_the_mentor_network(client, communications_editor, mentor_request):
    profile = MentorProfileFactory(status=MentorStatus.PENDING)
    client.force_login(communications_editor)

    assert "Mentor network" not in client.get("/admin/").content.decode()
    for url in (
        "/admin/mentor_profiles/",
        f"/admin/mentor_profiles/inspect/{profile.pk}/",
        f"/admin/mentor_requests/inspect/{mentor_request.pk}/",
    ):
        assert client.get(url).status_code in (302, 403), url
    client.post(f"/admin/mentor_profiles/review/{profile.pk}/", {"decision": "approve"})
    client.post(f"/admin/mentor_requests/propose/{mentor_request.pk}/", {"mentor": profile.pk, "planned_months": 6})
    profile.refresh_from_db()
    assert profile.status == MentorStatus.PENDING
    assert not Mentorship.objects.exists()


def test_a_request_shows_the_ranked_mentors_with_their_reasons(client, coordinator, mentor_request):
    MentorProfileFactory(user__first_name="Best", languages=["en"], subjects=["math"])
    MentorProfileFactory(user__first_name="Second", subjects=["arts"])
    client.force_login(coordinator)

    response = client.get(f"/admin/mentor_requests/inspect/{mentor_request.pk}/")

    content = response.content.decode()
    suggestions = response.context["suggestions"]
    assert [s.mentor.user.first_name for s in suggestions] == ["Best", "Second"]
    assert "+30 Taught Mathematics" in content
    assert "Propose Best Okafor" in content


def test_the_ranking_view_costs_the_same_number_of_queries_for_3_or_40_mentors(
    client, coordinator, mentor_request, django_assert_max_num_queries
):
    client.force_login(coordinator)
    url = f"/admin/mentor_requests/inspect/{mentor_request.pk}/"
    MentorProfileFactory.create_batch(3)
    client.get(url)  # the admin caches some of its chrome on the first page
    with django_assert_max_num_queries(40) as few:
        client.get(url)
    MentorProfileFactory.create_batch(37)
    with django_assert_max_num_queries(40) as many:
        response = client.get(url)

    assert len(response.context["suggestions"]) == 20
    assert len(few.captured_queries) == len(many.captured_queries)


def test_a_coordinator_proposes_from_the_ranking_and_the_mentor_is_asked(
    client, coordinator, mentor, mentor_request, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/mentor_requests/propose/{mentor_request.pk}/", {"mentor": mentor.pk, "planned_months": "3"}
        )

    assert response.status_code == 302
    mentorship = Mentorship.objects.get(request=mentor_request)
    assert (mentorship.mentor, mentorship.status, mentorship.planned_months) == (mentor, MentorshipStatus.PENDING, 3)
    assert [message.to for message in mail.outbox] == [[mentor.user.email]]


@pytest.mark.parametrize(
    "data",
    [
        {"mentor": "999999", "planned_months": "6"},
        {"mentor": "abc", "planned_months": "6"},
        {"mentor": "", "planned_months": "6"},
        {"planned_months": "6"},
        {"mentor": "MENTOR", "planned_months": "13"},
        {"mentor": "MENTOR", "planned_months": "0"},
        {"mentor": "MENTOR", "planned_months": "six"},
    ],
)
def test_tampered_proposals_are_refused_with_a_message(client, coordinator, mentor, mentor_request, data):
    client.force_login(coordinator)
    data = {key: str(mentor.pk) if value == "MENTOR" else value for key, value in data.items()}

    response = client.post(f"/admin/mentor_requests/propose/{mentor_request.pk}/", data, follow=True)

    assert response.status_code == 200
    assert [message.level_tag for message in response.context["messages"]] == ["error"]
    assert not Mentorship.objects.exists()


def test_proposing_a_mentor_at_capacity_shows_why_and_saves_nothing(client, coordinator, mentor_request):
    full = MentorProfileFactory(max_mentees=1)
    make_mentorship(full)
    client.force_login(coordinator)

    response = client.post(
        f"/admin/mentor_requests/propose/{mentor_request.pk}/", {"mentor": full.pk, "planned_months": "6"}, follow=True
    )

    messages = [str(message) for message in response.context["messages"]]
    assert messages == ["This mentor has no free place: they take at most 1 mentees at once."]
    assert not Mentorship.objects.filter(request=mentor_request).exists()


def test_a_missing_request_is_a_404(client, coordinator, mentor):
    client.force_login(coordinator)

    # (A 404 outside the language prefixes is first redirected to the site's /en/ address, as everywhere.)
    assert client.get("/admin/mentor_requests/inspect/999999/", follow=True).status_code == 404
    client.post("/admin/mentor_requests/propose/999999/", {"mentor": mentor.pk, "planned_months": "6"})
    assert not Mentorship.objects.exists()


def test_opening_a_mentors_or_mentees_details_is_logged(client, coordinator, mentor, mentor_request):
    mentorship = make_mentorship(mentor, mentor_request)
    client.force_login(coordinator)

    client.get(f"/admin/mentor_profiles/inspect/{mentor.pk}/")
    client.get(f"/admin/mentor_requests/inspect/{mentor_request.pk}/")
    client.get(f"/admin/mentorships/inspect/{mentorship.pk}/")
    client.get(f"/en/mentoring/mentorships/{mentorship.pk}/")

    entries = views_logged(coordinator)
    assert [(entry.data.get("person_id"), entry.data.get("what")) for entry in entries] == [
        (mentor.user_id, "mentor profile"),
        (mentor_request.mentee_id, "mentor request"),
        (mentor.user_id, "mentorship and check-ins"),
        (mentor_request.mentee_id, "mentorship and check-ins"),
        (mentor_request.mentee_id, "mentorship and check-ins"),
        (mentor.user_id, "mentorship and check-ins"),
    ]
    assert all(mentor.user.first_name not in entry.label for entry in entries)


def test_the_two_people_reading_their_own_mentorship_are_not_logged(client, mentor, mentor_request):
    mentorship = make_mentorship(mentor, mentor_request)
    for person in (mentor.user, mentor_request.mentee):
        client.force_login(person)
        client.get(f"/en/mentoring/mentorships/{mentorship.pk}/")

    assert not ModelLogEntry.objects.filter(action=VIEW_PERSONAL_DATA).exists()


def test_the_mentorships_list_filters_by_status(client, coordinator, mentor):
    active = make_mentorship(mentor)
    completed = make_mentorship(MentorProfileFactory(), status=MentorshipStatus.COMPLETED)
    client.force_login(coordinator)

    response = client.get("/admin/mentorships/?status=completed")

    listed = list(response.context["object_list"])
    assert listed == [completed]
    assert active not in listed


def test_a_coordinator_completes_a_mentorship_in_the_admin(client, coordinator, mentor):
    mentorship = make_mentorship(mentor)
    client.force_login(coordinator)

    client.post(f"/admin/mentorships/end/{mentorship.pk}/", {"outcome": "complete"})

    mentorship.refresh_from_db()
    assert mentorship.status == MentorshipStatus.COMPLETED
    assert mentorship.ended_by == coordinator


def test_the_site_history_links_a_mentoring_entry_to_its_inspect_view(client, coordinator, mentor):
    client.force_login(coordinator)
    client.get(f"/admin/mentor_profiles/inspect/{mentor.pk}/")
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)

    response = client.get("/admin/reports/site-history/")

    assert response.status_code == 200
