"""The shared gallery: what others chose to share, per viewer, filtered by standard and subject."""

from django.urls import reverse

import pytest

from learning.models.portfolios import Visibility
from tests.learning.portfolios.factories import CollectionFactory, EntryFactory, shared_by_link

pytestmark = pytest.mark.django_db


def titles(response):
    return {entry.title for entry in response.context["entries"]}


@pytest.fixture
def shared(owner):
    return {
        "private": EntryFactory(owner=owner, title="private", visibility=Visibility.PRIVATE),
        "colleagues": EntryFactory(owner=owner, title="colleagues", visibility=Visibility.COLLEAGUES),
        "link": shared_by_link(EntryFactory(owner=owner, title="link")),
        "public": EntryFactory(owner=owner, title="public", visibility=Visibility.PUBLIC),
    }


def test_visitors_see_public_entries_only(client, shared):
    assert titles(client.get(reverse("portfolios:gallery"))) == {"public"}


def test_colleagues_and_staff_see_colleagues_and_public(client, shared, colleague, staff):
    for person in (colleague, staff):
        client.force_login(person)
        assert titles(client.get(reverse("portfolios:gallery"))) == {"colleagues", "public"}


def test_the_owner_does_not_see_their_own_in_the_gallery(client, shared, owner):
    client.force_login(owner)
    assert titles(client.get(reverse("portfolios:gallery"))) == set()


def test_filters_by_standard_and_subject(client, owner):
    EntryFactory(owner=owner, title="inquiry maths", standards=["inquiry"], subject="math", visibility="public")
    EntryFactory(
        owner=owner, title="inquiry science", standards=["inquiry", "relevant"], subject="science", visibility="public"
    )
    EntryFactory(owner=owner, title="led science", standards=["educator-led"], subject="science", visibility="public")
    url = reverse("portfolios:gallery")
    assert titles(client.get(url, {"standard": "inquiry"})) == {"inquiry maths", "inquiry science"}
    assert titles(client.get(url, {"subject": "science"})) == {"inquiry science", "led science"}
    assert titles(client.get(url, {"standard": "inquiry", "subject": "science"})) == {"inquiry science"}
    # Unknown codes are ignored, not an error.
    assert len(titles(client.get(url, {"standard": "'; drop table", "subject": "x" * 500, "page": "-1"}))) == 3


def test_shared_collections_are_listed_per_viewer(client, owner, colleague):
    CollectionFactory(owner=owner, title="For members", visibility=Visibility.COLLEAGUES)
    CollectionFactory(owner=owner, title="For all", visibility=Visibility.PUBLIC)
    CollectionFactory(owner=owner, title="Mine only")
    assert [c.title for c in client.get(reverse("portfolios:gallery")).context["collections"]] == ["For all"]
    client.force_login(colleague)
    assert {c.title for c in client.get(reverse("portfolios:gallery")).context["collections"]} == {
        "For members",
        "For all",
    }


def test_an_inactive_owners_entries_leave_the_gallery(client, owner):
    EntryFactory(owner=owner, visibility="public")
    owner.is_active = False
    owner.save()
    assert titles(client.get(reverse("portfolios:gallery"))) == set()
