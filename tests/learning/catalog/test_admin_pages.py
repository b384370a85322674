"""The catalog in the Wagtail admin: Learning coordinators edit and publish offerings under the catalog."""

from django.urls import reverse

import pytest

from home.roles import LEARNING_COORDINATORS, PAGE_TYPE_PERMISSIONS, grant_page_type_permissions

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator_client(client, coordinator, catalog):
    from django.apps import apps

    assert "learning.CatalogPage" in PAGE_TYPE_PERMISSIONS[LEARNING_COORDINATORS]
    grant_page_type_permissions(apps, page_ids=[catalog.pk])
    coordinator.is_staff = True
    coordinator.save()
    client.force_login(coordinator)
    return client


def test_the_coordinator_opens_a_new_offering_form_with_tick_boxes(coordinator_client, catalog):
    url = reverse("wagtailadmin_pages:add", args=["learning", "offeringpage", catalog.pk])
    response = coordinator_client.get(url)
    assert response.status_code == 200
    content = response.content.decode()
    assert 'type="checkbox" name="grade_bands" value="middle"' in content
    assert 'name="standards-TOTAL_FORMS"' in content


def test_the_coordinator_edits_an_offering(coordinator_client, offering):
    response = coordinator_client.get(reverse("wagtailadmin_pages:edit", args=[offering.pk]))
    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["subjects"] == ["english"]
    assert 'name="subjects" value="english"' in response.content.decode()


def test_a_new_catalog_page_gets_the_coordinators_permissions(home_page):
    from wagtail.models import GroupPagePermission

    from tests.learning.catalog.factories import make_catalog

    catalog = make_catalog(home_page, slug="another-catalog")
    assert GroupPagePermission.objects.filter(page=catalog, group__name=LEARNING_COORDINATORS).exists()


def test_an_organizer_cannot_edit_offerings(client, offering):
    from django.contrib.auth.models import Group

    from home.roles import ORGANIZERS
    from tests.factories import UserFactory

    organizer = UserFactory(member_role="staff")
    organizer.groups.add(Group.objects.get(name=ORGANIZERS))
    client.force_login(organizer)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[offering.pk]))
    assert response.status_code in (302, 403)
