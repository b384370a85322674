"""Who may see which part of a portfolio, checked on the server for every object.

- The owner sees and edits everything of theirs.
- "Colleagues" items: any signed-in, active member (staff included: they are colleagues too, with
  no more rights than any other; a private entry stays private to everyone but its owner).
- "Public" items: everyone.
- "Secret link" items: only through their link, until the day it expires; by their plain
  address they answer 404 to everyone but the owner, as does a guessed or expired link.
- Sharing a collection shares the entries in it, as Mahara does with a collection's pages: a
  visitor who may see the collection sees its entries and their evidence there.
"""

import re

from django.http import Http404
from django.shortcuts import get_object_or_404

from learning.models.portfolios import CollectionItem, PortfolioCollection, PortfolioEntry, Visibility

# What ``new_share_token`` makes: URL-safe base64.
TOKEN_CHARACTERS = re.compile(r"[A-Za-z0-9_-]{20,64}")


def is_colleague(user):
    return user.is_authenticated and user.is_active


def entry_for_viewer(user, pk, queryset=None):
    queryset = queryset if queryset is not None else PortfolioEntry.objects.all()
    return get_object_or_404(queryset.visible_by_id_to(user), pk=pk)


def collection_for_viewer(user, pk, queryset=None):
    queryset = queryset if queryset is not None else PortfolioCollection.objects.all()
    return get_object_or_404(queryset.visible_by_id_to(user), pk=pk)


def own_entry(user, pk, queryset=None):
    queryset = queryset if queryset is not None else PortfolioEntry.objects.all()
    return get_object_or_404(queryset, pk=pk, owner=user)


def own_collection(user, pk, queryset=None):
    queryset = queryset if queryset is not None else PortfolioCollection.objects.all()
    return get_object_or_404(queryset, pk=pk, owner=user)


def shared_by_link(token):
    """The entry or collection whose secret link is ``token`` and still works, else 404."""
    if not TOKEN_CHARACTERS.fullmatch(token or ""):
        raise Http404  # not a token we could have made (and a NUL would upset PostgreSQL)
    entry = PortfolioEntry.objects.with_live_link(token).select_related("owner").first()
    if entry is not None:
        return entry
    collection = PortfolioCollection.objects.with_live_link(token).select_related("owner").first()
    if collection is not None:
        return collection
    raise Http404


def evidence_visible_by_id(user, evidence):
    """Whether ``user`` may open this evidence by its address: through its entry or a collection."""
    entry = evidence.entry
    if entry.owner_id == user.pk or entry.visibility == Visibility.PUBLIC:
        return True
    if entry.visibility == Visibility.COLLEAGUES and is_colleague(user):
        return True
    collections = PortfolioCollection.objects.visible_by_id_to(user).filter(owner_id=entry.owner_id)
    return CollectionItem.objects.filter(entry_id=entry.pk, collection__in=collections).exists()


def evidence_visible_through(shared, evidence):
    """Whether ``evidence`` belongs to what a secret link shows (an entry, or an entry of a collection)."""
    if isinstance(shared, PortfolioEntry):
        return evidence.entry_id == shared.pk
    return CollectionItem.objects.filter(collection=shared, entry_id=evidence.entry_id).exists()


def may_comment(user, shared):
    """Colleagues (the owner too, to answer) comment on what is shared with colleagues or everyone."""
    return is_colleague(user) and shared.visibility in (Visibility.COLLEAGUES, Visibility.PUBLIC)
