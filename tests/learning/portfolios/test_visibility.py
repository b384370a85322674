"""Who sees an entry, a collection and their files, at every level of sharing, from every role.

Roles: a visitor (anonymous), another member, the owner, and staff (a staff member is a colleague
with no more rights: a private entry stays private to them too).
"""

import datetime

from django.urls import reverse
from django.utils import timezone

import pytest

from learning.models.portfolios import Visibility
from tests.learning.portfolios.factories import (
    CollectionFactory,
    EntryFactory,
    add_photo,
    add_to_collection,
    shared_by_link,
)

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "colleague", "owner", "staff")
# Visibility -> what each role gets at the entry's own address.
BY_ID = {
    Visibility.PRIVATE: {"anonymous": 404, "colleague": 404, "owner": 200, "staff": 404},
    Visibility.COLLEAGUES: {"anonymous": 404, "colleague": 200, "owner": 200, "staff": 200},
    # A secret-link entry is reached only through its link.
    Visibility.LINK: {"anonymous": 404, "colleague": 404, "owner": 200, "staff": 404},
    Visibility.PUBLIC: {"anonymous": 200, "colleague": 200, "owner": 200, "staff": 200},
}


@pytest.fixture
def people(owner, colleague, staff):
    return {"anonymous": None, "colleague": colleague, "owner": owner, "staff": staff}


def _as(client, person):
    client.logout()
    if person is not None:
        client.force_login(person)
    return client


def _make(kind, owner, visibility):
    if kind == "entry":
        shared = EntryFactory(owner=owner, visibility=visibility)
        photo = add_photo(shared)
    else:
        shared = CollectionFactory(owner=owner, visibility=visibility)
        inner = EntryFactory(owner=owner, title="Inside the collection")  # private on its own
        photo = add_photo(inner)
        add_to_collection(shared, inner)
    if visibility == Visibility.LINK:
        shared_by_link(shared)
    return shared, photo


@pytest.mark.parametrize("kind", ["entry", "collection"])
@pytest.mark.parametrize("visibility", list(Visibility))
@pytest.mark.parametrize("role", ROLES)
def test_by_address(client, people, owner, kind, visibility, role):
    shared, photo = _make(kind, owner, visibility)
    _as(client, people[role])
    expected = BY_ID[visibility][role]
    page = client.get(reverse(f"portfolios:{kind}", args=[shared.pk]))
    assert page.status_code == expected
    # The file follows the page that shows it.
    response = client.get(reverse("portfolios:evidence", args=[photo.pk]))
    assert response.status_code == expected
    if expected == 200:
        assert response["Content-Type"] == "image/jpeg"
        assert b"".join(response.streaming_content)[:2] == b"\xff\xd8"


@pytest.mark.parametrize("kind", ["entry", "collection"])
@pytest.mark.parametrize("role", ROLES)
def test_a_secret_link_works_for_everyone_until_it_expires(client, people, owner, kind, role):
    shared, photo = _make(kind, owner, Visibility.LINK)
    _as(client, people[role])
    link = reverse("portfolios:link", args=[shared.share_token])
    file_link = reverse("portfolios:link_evidence", args=[shared.share_token, photo.pk])
    response = client.get(link)
    assert response.status_code == 200
    assert response["Referrer-Policy"] == "no-referrer"
    assert client.get(file_link).status_code == 200

    shared.link_expires_on = timezone.localdate() - datetime.timedelta(days=1)
    shared.save()
    assert client.get(link).status_code == 404
    assert client.get(file_link).status_code == 404


def test_the_link_works_on_its_last_day(client, owner):
    entry = shared_by_link(EntryFactory(owner=owner), days=0)
    assert client.get(reverse("portfolios:link", args=[entry.share_token])).status_code == 200


@pytest.mark.parametrize("token", ["a" * 43, "guess", "x" * 200, "%00", "..%2F.."])
def test_a_guessed_link_finds_nothing(client, owner, token):
    shared_by_link(EntryFactory(owner=owner))
    assert client.get(f"/en/portfolio/link/{token}/").status_code == 404


def test_a_link_turned_private_stops_working(client, owner):
    entry = shared_by_link(EntryFactory(owner=owner))
    entry.visibility = Visibility.PRIVATE
    entry.save()
    assert client.get(reverse("portfolios:link", args=[entry.share_token])).status_code == 404


def test_a_link_shows_only_its_own_files(client, owner):
    entry = shared_by_link(EntryFactory(owner=owner))
    other_photo = add_photo(EntryFactory(owner=owner))
    url = reverse("portfolios:link_evidence", args=[entry.share_token, other_photo.pk])
    assert client.get(url).status_code == 404


def test_a_new_link_turns_the_old_one_off(client, owner):
    entry = shared_by_link(EntryFactory(owner=owner))
    old = entry.share_token
    client.force_login(owner)
    expires = (timezone.localdate() + datetime.timedelta(days=3)).isoformat()
    client.post(
        reverse("portfolios:entry_sharing", args=[entry.pk]),
        {"visibility": "link", "link_expires_on": expires, "new_link": "on"},
    )
    entry.refresh_from_db()
    assert entry.share_token != old
    client.logout()
    assert client.get(reverse("portfolios:link", args=[old])).status_code == 404
    assert client.get(reverse("portfolios:link", args=[entry.share_token])).status_code == 200


def test_sharing_by_link_needs_a_future_expiry(client, owner):
    entry = EntryFactory(owner=owner)
    client.force_login(owner)
    url = reverse("portfolios:entry_sharing", args=[entry.pk])
    for expires in ["", "2001-01-01", (timezone.localdate() + datetime.timedelta(days=800)).isoformat(), "tomorrow"]:
        response = client.post(url, {"visibility": "link", "link_expires_on": expires})
        assert response.status_code == 200
        assert response.context["form"].errors
    entry.refresh_from_db()
    assert entry.visibility == Visibility.PRIVATE and entry.share_token is None


@pytest.mark.parametrize("name", ["entry_edit", "entry_delete", "entry_sharing"])
def test_only_the_owner_edits(client, owner, colleague, name):
    entry = EntryFactory(owner=owner, visibility=Visibility.PUBLIC)
    client.force_login(colleague)
    assert client.get(reverse(f"portfolios:{name}", args=[entry.pk])).status_code == 404
    assert client.post(reverse(f"portfolios:{name}", args=[entry.pk]), {"title": "Mine now"}).status_code == 404
    entry.refresh_from_db()
    assert entry.title != "Mine now"


def test_files_are_served_as_data_not_pages(client, owner):
    entry = EntryFactory(owner=owner, visibility=Visibility.PUBLIC)
    photo = add_photo(entry)
    response = client.get(reverse("portfolios:evidence", args=[photo.pk]))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert "private" in response["Cache-Control"]


def test_the_owner_page_shows_no_edit_controls_to_others(client, owner, colleague):
    entry = EntryFactory(owner=owner, visibility=Visibility.COLLEAGUES)
    client.force_login(colleague)
    response = client.get(reverse("portfolios:entry", args=[entry.pk]))
    assert reverse("portfolios:entry_edit", args=[entry.pk]) not in response.content.decode()


def test_private_entries_of_a_shared_collection_show_inside_it_only(client, owner, colleague):
    collection = CollectionFactory(owner=owner, visibility=Visibility.COLLEAGUES)
    entry = EntryFactory(owner=owner, title="Only in the story")
    add_to_collection(collection, entry)
    client.force_login(colleague)
    assert "Only in the story" in client.get(reverse("portfolios:collection", args=[collection.pk])).content.decode()
    assert client.get(reverse("portfolios:entry", args=[entry.pk])).status_code == 404


def test_my_portfolio_asks_visitors_to_sign_in(client):
    response = client.get(reverse("portfolios:mine"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
