"""The rules of a portfolio: saving entries with their evidence, sharing, collections, comments.

Each change is one transaction; a form's one-time token makes a second click on "Save" find the
first record instead of making another. Files are checked before anything is saved
(``learning.portfolios.evidence``), and removed from storage once the records that named them are
gone (``learning.portfolios.signals``).
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from learning.models.portfolios import (
    CollectionItem,
    Evidence,
    EvidenceKind,
    PortfolioComment,
    PortfolioEntry,
    Visibility,
    new_share_token,
)
from learning.portfolios.text import clean_reflection

# How far ahead a secret link may run: a link forgotten in an old e-mail should not work forever.
MAX_LINK_DAYS = 366


def evidence_from_clean_file(entry, clean, title=""):
    evidence = Evidence(
        entry=entry,
        kind=clean.kind,
        title=title[:200],
        content_type=clean.content_type,
        size=clean.size,
        width=clean.width,
        height=clean.height,
    )
    evidence.file.save(clean.content.name, clean.content, save=False)
    if clean.thumbnail is not None:
        evidence.thumbnail.save(clean.thumbnail.name, clean.thumbnail, save=False)
    return evidence


@transaction.atomic
def save_entry(entry, *, clean_files=(), link=None):
    """Save a new or changed entry, with new evidence (checked files, and a (url, title) link).

    A new entry whose form token was seen before is the same submission again: the first entry
    is returned and nothing is added.
    """
    if entry.pk is None and entry.form_token is not None:
        existing = PortfolioEntry.objects.filter(form_token=entry.form_token).first()
        if existing is not None and existing.owner_id == entry.owner_id:
            return existing
        if existing is not None:
            entry.form_token = None  # someone else's token, sent back by hand: not a double click
    entry.reflection = clean_reflection(entry.reflection)
    try:
        with transaction.atomic():
            entry.save()
    except IntegrityError:  # the same form sent twice at once: the first one won
        return PortfolioEntry.objects.get(form_token=entry.form_token, owner=entry.owner)
    for clean, title in clean_files:
        evidence_from_clean_file(entry, clean, title).save()
    if link is not None:
        url, title = link
        Evidence.objects.create(entry=entry, kind=EvidenceKind.LINK, url=url, title=title[:200])
    return entry


def validate_link_expiry(expires_on, today=None):
    today = today or timezone.localdate()
    if expires_on is None:
        raise ValidationError({"link_expires_on": _("Choose the last day the link works.")}, code="link_expiry_missing")
    if expires_on < today:
        raise ValidationError({"link_expires_on": _("This day has passed.")}, code="link_expiry_past")
    if expires_on > today + datetime.timedelta(days=MAX_LINK_DAYS):
        raise ValidationError(
            {"link_expires_on": _("A secret link can work for a year at most.")}, code="link_expiry_far"
        )


@transaction.atomic
def set_sharing(shared, visibility, link_expires_on=None, new_link=False):
    """Share an entry or a collection; a secret link gets a token (a new one when asked, which
    turns the old link off)."""
    shared = type(shared).objects.select_for_update().get(pk=shared.pk)
    if visibility == Visibility.LINK:
        validate_link_expiry(link_expires_on)
        if new_link or not shared.share_token:
            shared.share_token = new_share_token()
        shared.link_expires_on = link_expires_on
    shared.visibility = visibility
    shared.save(update_fields=["visibility", "share_token", "link_expires_on", "updated_at"])
    return shared


def add_comment(shared, author, body, form_token=None):
    if form_token is not None:
        existing = PortfolioComment.objects.filter(form_token=form_token).first()
        if existing is not None and existing.author_id == author.pk:
            return existing
        if existing is not None:
            form_token = None  # someone else's token, sent back by hand: not a double click
    target = {"entry": shared} if isinstance(shared, PortfolioEntry) else {"collection": shared}
    try:
        with transaction.atomic():
            return PortfolioComment.objects.create(author=author, body=body, form_token=form_token, **target)
    except IntegrityError:
        return PortfolioComment.objects.get(form_token=form_token, author=author)


def set_comment_hidden(comment, hidden):
    PortfolioComment.objects.filter(pk=comment.pk).update(hidden=hidden)


@transaction.atomic
def set_collection_entries(collection, entries):
    """Keep the chosen entries in their order; newly chosen ones go at the end, by date."""
    chosen = {entry.pk for entry in entries}
    CollectionItem.objects.filter(collection=collection).exclude(entry_id__in=chosen).delete()
    kept = set(CollectionItem.objects.filter(collection=collection).values_list("entry_id", flat=True))
    last = CollectionItem.objects.filter(collection=collection).aggregate(last=Max("position"))["last"] or 0
    new_entries = sorted((entry for entry in entries if entry.pk not in kept), key=lambda entry: (entry.date, entry.pk))
    CollectionItem.objects.bulk_create(
        CollectionItem(collection=collection, entry=entry, position=last + index)
        for index, entry in enumerate(new_entries, start=1)
    )
    _renumber(collection)


def _renumber(collection):
    items = list(CollectionItem.objects.filter(collection=collection).order_by("position", "pk"))
    for index, item in enumerate(items, start=1):
        item.position = index
    CollectionItem.objects.bulk_update(items, ["position"])
    return items


@transaction.atomic
def move_item(collection, entry_id, direction):
    """Move an entry one place up (-1) or down (+1) in the collection's story."""
    collection = type(collection).objects.select_for_update().get(pk=collection.pk)
    items = _renumber(collection)
    index = next((i for i, item in enumerate(items) if item.entry_id == entry_id), None)
    if index is None:
        raise ValidationError(_("This entry is not in the collection."), code="not_in_collection")
    other = index + direction
    if not 0 <= other < len(items):
        return  # already first or last: nothing to do
    items[index].position, items[other].position = items[other].position, items[index].position
    CollectionItem.objects.bulk_update([items[index], items[other]], ["position"])
    type(collection).objects.filter(pk=collection.pk).update(updated_at=timezone.now())


def touch(entry):
    """Mark an entry changed (its stored PDFs are out of date)."""
    PortfolioEntry.objects.filter(pk=entry.pk).update(updated_at=timezone.now())
