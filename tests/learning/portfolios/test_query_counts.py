"""Every portfolio page costs a fixed number of queries, whatever the portfolio holds."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from learning.models.portfolios import Visibility
from tests.learning.catalog.factories import make_catalog, make_offering
from tests.learning.portfolios.factories import (
    CollectionFactory,
    CommentFactory,
    EducatorFactory,
    EntryFactory,
    add_pdf,
    add_photo,
    add_to_collection,
    shared_by_link,
)

pytestmark = pytest.mark.django_db


def build(owner, colleague, collection, link_collection, other, size, catalog):
    for number in range(size):
        offering = make_offering(catalog, title=f"Workshop {size}-{number}")
        entry = EntryFactory(owner=owner, visibility=Visibility.PUBLIC, title=f"Entry {number}", offering=offering)
        add_photo(entry)
        add_pdf(entry)
        CommentFactory(entry=entry, author=colleague)
        CommentFactory(collection=collection, author=colleague)
        add_to_collection(collection, entry)
        add_to_collection(link_collection, entry)
        EntryFactory(owner=other, visibility=Visibility.COLLEAGUES, standards=["inquiry"], title=f"Other {number}")


def measure(client, pages):
    counted = {}
    for name, (person, url) in pages.items():
        client.logout()
        if person:
            client.force_login(person)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, name
        counted[name] = len(queries)
    return counted


def test_pages_cost_the_same_at_any_size(client, owner, colleague, home_page):
    catalog = make_catalog(home_page)
    collection = CollectionFactory(owner=owner, visibility=Visibility.COLLEAGUES)
    link_collection = shared_by_link(CollectionFactory(owner=owner))
    other = EducatorFactory()
    build(owner, colleague, collection, link_collection, other, 2, catalog)
    entry = owner.portfolio_entries.first()
    pages = {
        "my portfolio": (owner, reverse("portfolios:mine")),
        "entry": (owner, reverse("portfolios:entry", args=[entry.pk])),
        "entry as a colleague": (colleague, reverse("portfolios:entry", args=[entry.pk])),
        "collection": (colleague, reverse("portfolios:collection", args=[collection.pk])),
        "collection by link": (None, reverse("portfolios:link", args=[link_collection.share_token])),
        "gallery": (colleague, reverse("portfolios:gallery") + "?standard=inquiry"),
        "sharing": (owner, reverse("portfolios:sharing")),
        "collections": (owner, reverse("portfolios:collections")),
        "pdf": (owner, reverse("portfolios:pdf")),
    }
    measure(client, pages)  # the first requests fill the site's caches (sites, locales)
    small = measure(client, pages)
    build(owner, colleague, collection, link_collection, other, 10, catalog)
    measure(client, pages)  # publishing the new offerings emptied those caches again
    large = measure(client, pages)
    assert large == small
    assert max(small.values()) <= 16, small
