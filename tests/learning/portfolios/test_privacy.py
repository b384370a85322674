"""Portfolios' part of the privacy export (read back from the ZIP) and of account deletion."""

import json
import zipfile

from django.core.files.storage import default_storage

import pytest

from home import account_data
from learning.models.portfolios import Evidence, PortfolioCollection, PortfolioComment, PortfolioEntry, PortfolioPDF
from tests.learning.portfolios.factories import (
    CollectionFactory,
    CommentFactory,
    EntryFactory,
    add_photo,
    add_to_collection,
)

pytestmark = pytest.mark.django_db


def export_of(user):
    with zipfile.ZipFile(account_data.build_export(user)) as archive:
        data = {name: json.loads(archive.read(name)) for name in archive.namelist() if name.endswith(".json")}
        files = [name for name in archive.namelist() if name.startswith("files/")]
        photos = {name: archive.read(name) for name in files}
    return data, photos


@pytest.fixture
def portfolio(owner, colleague):
    entry = EntryFactory(owner=owner, title="Lab classroom visit", visibility="colleagues")
    photo = add_photo(entry)
    collection = CollectionFactory(owner=owner, title="My year")
    add_to_collection(collection, entry)
    CommentFactory(entry=entry, author=colleague, body="Great visit")
    theirs = EntryFactory(owner=colleague, title="Their entry", visibility="public")
    CommentFactory(entry=theirs, author=owner, body="Owner's comment on a colleague's entry")
    return entry, photo, collection


def test_the_owner_downloads_their_portfolio_with_its_files(portfolio, owner):
    entry, photo, _collection = portfolio
    data, files = export_of(owner)
    exported = data["portfolio.json"]
    [exported_entry] = exported["entries"]
    assert exported_entry["title"] == "Lab classroom visit"
    assert exported_entry["comments"][0]["comment"] == "Great visit"
    assert exported["collections"][0]["entry_ids_in_order"] == [entry.pk]
    assert [c["comment"] for c in data["portfolio_comments_written.json"]] == ["Owner's comment on a colleague's entry"]
    [(name, content)] = files.items()
    assert name.endswith(".jpg") and content == photo.file.open("rb").read()


def test_the_commenter_export_holds_their_comment_not_the_portfolio(portfolio, colleague):
    data, _files = export_of(colleague)
    assert [c["comment"] for c in data["portfolio_comments_written.json"]] == ["Great visit"]
    assert [e["title"] for e in data["portfolio.json"]["entries"]] == ["Their entry"]


def test_erasing_the_owner_removes_the_portfolio_and_its_files(
    portfolio, owner, colleague, django_capture_on_commit_callbacks
):
    _entry, photo, _collection = portfolio
    name = photo.file.name
    assert default_storage.exists(name)
    PortfolioPDF.objects.create(owner=owner, language="en", digest="d")
    with django_capture_on_commit_callbacks(execute=True):
        account_data.delete_account(owner)
    assert not PortfolioEntry.objects.filter(title="Lab classroom visit").exists()
    assert not Evidence.objects.exists() and not PortfolioCollection.objects.exists()
    assert not PortfolioPDF.objects.exists()
    assert not default_storage.exists(name)
    # The colleague's own entry stays; the erased owner's comment on it goes.
    assert PortfolioEntry.objects.filter(owner=colleague).exists()
    assert not PortfolioComment.objects.exists()
