"""The audit log of personal data (home.audit): who opened whose record, in Wagtail's site history."""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.log_actions import registry as log_action_registry
from wagtail.models import ModelLogEntry

import pytest

from home import audit, roles
from home.models import School
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(db):
    return UserFactory(email="admin@example.org", first_name="Ada", last_name="Admin", is_superuser=True, is_staff=True)


@pytest.fixture
def member(db):
    return UserFactory(email="casey@example.org", first_name="Casey", last_name="Moreau")


def views_logged():
    return ModelLogEntry.objects.filter(action=audit.VIEW_PERSONAL_DATA)


def test_the_actions_are_registered_with_wagtail():
    for action in (audit.VIEW_PERSONAL_DATA, audit.EXPORT_PERSONAL_DATA, audit.DELETE_ACCOUNT):
        assert log_action_registry.action_exists(action)
    assert str(log_action_registry.get_action_label(audit.VIEW_PERSONAL_DATA)) == "Viewed personal data"


def test_opening_another_persons_record_in_the_user_admin_is_logged(client, home_page, superuser, member):
    client.force_login(superuser)
    assert client.get(reverse("wagtailusers_users:edit", args=[member.pk])).status_code == 200
    entry = views_logged().get()
    assert entry.user_id == superuser.pk
    assert entry.object_id == str(member.pk)
    assert entry.data["person_id"] == member.pk
    assert "user admin" in entry.data["what"]
    assert "Casey" not in entry.label and "casey@example.org" not in entry.label


def test_opening_ones_own_record_is_not_logged(client, home_page, superuser):
    client.force_login(superuser)
    assert client.get(reverse("wagtailusers_users:edit", args=[superuser.pk])).status_code == 200
    assert not views_logged().exists()


def test_saving_is_not_counted_as_a_view(client, home_page, superuser, member):
    client.force_login(superuser)
    client.post(
        reverse("wagtailusers_users:edit", args=[member.pk]),
        {
            "email": member.email,
            "first_name": "Casey",
            "last_name": "M",
            "preferred_language": "en",
            "member_role": "member",
            "is_active": "on",
        },
    )
    assert not views_logged().exists()


def test_each_opening_is_one_entry(client, home_page, superuser, member):
    client.force_login(superuser)
    for _ in range(3):
        client.get(reverse("wagtailusers_users:edit", args=[member.pk]))
    assert views_logged().count() == 3


def test_the_helper_logs_records_of_other_models(superuser, member):
    school = School.objects.create(name="Hernández K-8")
    entry = audit.log_personal_data_view(superuser, school, what="school contacts")
    assert entry.action == audit.VIEW_PERSONAL_DATA
    assert entry.label == f"school or worksite #{school.pk}"
    assert entry.data == {"what": "school contacts"}


def test_a_record_names_its_person_by_user_id(superuser, member):
    """Records of other apps (a mentor profile, an RSVP) point at their person with ``user``."""
    record = School.objects.create(name="Stands for a record with a user")
    record.user_id = member.pk
    entry = audit.log_personal_data_view(superuser, record, what="mentor profile")
    assert entry.data == {"what": "mentor profile", "person_id": member.pk}
    record.user_id = superuser.pk
    assert audit.log_personal_data_view(superuser, record) is None


def test_the_helper_skips_the_person_themselves_and_anonymous_viewers(member):
    from django.contrib.auth.models import AnonymousUser

    assert audit.log_personal_data_view(member, member, what="own profile") is None
    assert audit.log_personal_data_view(AnonymousUser(), member) is None
    assert audit.log_personal_data_view(None, member) is None
    assert not views_logged().exists()


def test_a_long_description_is_cut(superuser, member):
    entry = audit.log_personal_data_view(superuser, member, what="x" * 5000)
    assert len(entry.data["what"]) == audit.MAX_WHAT_LENGTH


def test_the_entries_appear_in_the_site_history_report(client, home_page, superuser, member):
    client.force_login(superuser)
    client.get(reverse("wagtailusers_users:edit", args=[member.pk]))
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Viewed personal data: account and profile (user admin)" in html
    assert f"user #{member.pk}" in html
    filtered = client.get(reverse("wagtailadmin_reports:site_history"), {"action": audit.VIEW_PERSONAL_DATA})
    assert filtered.status_code == 200
    assert "Viewed personal data" in filtered.content.decode()


def test_a_deleted_account_stays_in_the_site_history(client, home_page, superuser, member):
    member_id = member.pk
    client.force_login(member)
    client.post("/en/account/privacy/download/")
    assert client.post("/en/account/delete/", {"confirmation": member.email}).status_code == 302
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Account deleted by its owner" in html
    assert "Downloaded their own data" in html
    assert f"user #{member_id}" in html
    assert "Casey" not in html and "casey@example.org" not in html


def test_staff_without_user_permissions_do_not_see_these_entries(client, home_page, superuser, member):
    client.force_login(superuser)
    client.get(reverse("wagtailusers_users:edit", args=[member.pk]))
    communications = UserFactory(email="comms@example.org")
    communications.groups.add(Group.objects.get(name=roles.COMMUNICATIONS))
    client.force_login(communications)
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 200
    assert "Viewed personal data" not in response.content.decode()
