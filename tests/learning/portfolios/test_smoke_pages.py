"""Every portfolio page renders for its owner."""

from django.urls import reverse

import pytest

from tests.learning.portfolios.factories import (
    CollectionFactory,
    CommentFactory,
    EntryFactory,
    add_pdf,
    add_photo,
    add_to_collection,
    shared_by_link,
)

pytestmark = pytest.mark.django_db


def test_the_owners_pages_render(client, owner, colleague):
    entry = EntryFactory(owner=owner, visibility="colleagues")
    add_photo(entry)
    add_pdf(entry)
    collection = CollectionFactory(owner=owner)
    add_to_collection(collection, entry, EntryFactory(owner=owner))
    CommentFactory(entry=entry, author=colleague)
    client.force_login(owner)
    for name, args in [
        ("portfolios:mine", []),
        ("portfolios:entry_create", []),
        ("portfolios:entry", [entry.pk]),
        ("portfolios:entry_edit", [entry.pk]),
        ("portfolios:entry_delete", [entry.pk]),
        ("portfolios:entry_sharing", [entry.pk]),
        ("portfolios:collections", []),
        ("portfolios:collection_create", []),
        ("portfolios:collection", [collection.pk]),
        ("portfolios:collection_edit", [collection.pk]),
        ("portfolios:collection_delete", [collection.pk]),
        ("portfolios:collection_sharing", [collection.pk]),
        ("portfolios:sharing", []),
        ("portfolios:gallery", []),
        ("portfolios:pdf", []),
    ]:
        response = client.get(reverse(name, args=args))
        assert response.status_code == 200, name
    shared_by_link(entry)
    assert client.get(reverse("portfolios:link", args=[entry.share_token])).status_code == 200
