"""The staff groups exist with the permissions DESIGN.md gives them."""

from django.contrib.auth.models import Group

from wagtail.models import GroupPagePermission

import pytest

from home import roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_every_group_of_the_design_exists():
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ALL_ROLES)


def test_communications_can_publish_every_page_and_submit_translations():
    group = Group.objects.get(name=roles.COMMUNICATIONS)
    codenames = set(
        GroupPagePermission.objects.filter(group=group, page__depth=1).values_list("permission__codename", flat=True)
    )
    assert {"add_page", "change_page", "publish_page"} <= codenames
    assert group.permissions.filter(codename="submit_translation").exists()


def test_communications_can_use_the_admin_but_not_manage_users(client, home_page):
    user = UserFactory(is_staff=False)
    user.groups.add(Group.objects.get(name=roles.COMMUNICATIONS))
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/{home_page.pk}/edit/").status_code == 200
    assert client.get("/admin/users/").status_code in (302, 403)


def test_captains_do_not_get_the_admin(client, home_page):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=roles.CAPTAINS))
    client.force_login(user)
    assert client.get("/admin/").status_code == 302


def test_running_the_group_sync_again_changes_nothing():
    from django.apps import apps

    before = GroupPagePermission.objects.count()
    roles.sync_groups(apps)
    assert GroupPagePermission.objects.count() == before
