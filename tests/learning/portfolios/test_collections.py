"""Collections: entries gathered in the order the educator chooses, reordered without dragging."""

from django.urls import reverse

import pytest

from learning.models.portfolios import CollectionItem, PortfolioCollection
from tests.learning.portfolios.factories import CollectionFactory, EntryFactory, add_to_collection

pytestmark = pytest.mark.django_db


def _order(collection):
    return list(CollectionItem.objects.filter(collection=collection).values_list("entry__title", flat=True))


def test_a_collection_is_made_from_chosen_entries(client, owner):
    first = EntryFactory(owner=owner, title="September")
    second = EntryFactory(owner=owner, title="October")
    client.force_login(owner)
    response = client.post(
        reverse("portfolios:collection_create"),
        {"title": "My year", "description": "", "chosen_entries": [second.pk, first.pk]},
    )
    collection = PortfolioCollection.objects.get()
    assert response["Location"] == reverse("portfolios:collection", args=[collection.pk])
    assert set(_order(collection)) == {"September", "October"}


def test_someone_elses_entry_cannot_be_put_in_my_collection(client, owner, colleague):
    theirs = EntryFactory(owner=colleague, visibility="public")
    client.force_login(owner)
    response = client.post(reverse("portfolios:collection_create"), {"title": "Mine", "chosen_entries": [theirs.pk]})
    assert response.status_code == 200 and response.context["form"].errors["chosen_entries"]
    assert not PortfolioCollection.objects.exists()


def test_entries_move_up_and_down(client, owner):
    collection = CollectionFactory(owner=owner)
    a, b, c = (EntryFactory(owner=owner, title=title) for title in "ABC")
    add_to_collection(collection, a, b, c)
    client.force_login(owner)
    url = reverse("portfolios:collection_move", args=[collection.pk])
    response = client.post(url, {"entry": c.pk, "direction": "-1"})
    assert response["Location"].endswith(f"#item-{c.pk}")
    assert _order(collection) == ["A", "C", "B"]
    client.post(url, {"entry": a.pk, "direction": "1"})
    assert _order(collection) == ["C", "A", "B"]
    client.post(url, {"entry": c.pk, "direction": "-1"})  # already first: nothing moves
    assert _order(collection) == ["C", "A", "B"]
    client.post(url, {"entry": "x", "direction": "sideways"})  # nonsense: a message, no 500
    assert _order(collection) == ["C", "A", "B"]


def test_the_page_offers_up_and_down_buttons(client, owner):
    collection = CollectionFactory(owner=owner)
    add_to_collection(collection, EntryFactory(owner=owner, title="First"), EntryFactory(owner=owner, title="Second"))
    client.force_login(owner)
    page = client.get(reverse("portfolios:collection", args=[collection.pk])).content.decode()
    assert page.count('name="direction" value="-1"') == 1 and page.count('name="direction" value="1"') == 1


def test_editing_keeps_the_order_and_adds_at_the_end(client, owner):
    collection = CollectionFactory(owner=owner, title="Story")
    a, b = EntryFactory(owner=owner, title="A"), EntryFactory(owner=owner, title="B")
    add_to_collection(collection, b, a)
    new = EntryFactory(owner=owner, title="New")
    client.force_login(owner)
    client.post(
        reverse("portfolios:collection_edit", args=[collection.pk]),
        {"title": "Story", "chosen_entries": [a.pk, b.pk, new.pk]},
    )
    assert _order(collection) == ["B", "A", "New"]
    client.post(
        reverse("portfolios:collection_edit", args=[collection.pk]), {"title": "Story", "chosen_entries": [new.pk]}
    )
    assert _order(collection) == ["New"]


def test_others_cannot_reorder_edit_or_delete(client, owner, colleague):
    collection = CollectionFactory(owner=owner, visibility="public")
    entry = EntryFactory(owner=owner)
    add_to_collection(collection, entry)
    client.force_login(colleague)
    assert (
        client.post(
            reverse("portfolios:collection_move", args=[collection.pk]), {"entry": entry.pk, "direction": "1"}
        ).status_code
        == 404
    )
    assert client.post(reverse("portfolios:collection_edit", args=[collection.pk]), {"title": "x"}).status_code == 404
    assert client.post(reverse("portfolios:collection_delete", args=[collection.pk])).status_code == 404
    assert PortfolioCollection.objects.filter(pk=collection.pk).exists()


def test_deleting_a_collection_keeps_its_entries(client, owner):
    collection = CollectionFactory(owner=owner)
    entry = EntryFactory(owner=owner)
    add_to_collection(collection, entry)
    client.force_login(owner)
    client.post(reverse("portfolios:collection_delete", args=[collection.pk]))
    assert not PortfolioCollection.objects.exists()
    entry.refresh_from_db()
