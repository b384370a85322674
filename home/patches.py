"""Upstream gaps, patched in one place. Each patch says why, and when it can go.

Applied from HomeConfig.ready().
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q

from wagtail.query import PageQuerySet

from home.page_cache import current_generation


def restricted_section_paths():
    """The tree paths of every page with a view restriction, read once per content generation.

    Saving or deleting a restriction, and moving a page, start a new generation (home.signals).
    """
    from wagtail.models import PageViewRestriction

    key = f"restricted-sections:{current_generation()}"
    paths = cache.get(key)
    if paths is None:
        paths = sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
        cache.set(key, paths, settings.PAGE_CACHE_SECONDS or None)
    return paths


def private_q_from_cache(self):
    # Wagtail 8.0's PageQuerySet.private_q() reads every PageViewRestriction on each call, so each
    # `.public()` in a page (listings, language links, home sections) costs a query. Same result,
    # from the cache. Can go if Wagtail caches it itself.
    q = Q()
    for path in restricted_section_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def apply():
    PageQuerySet.private_q = private_q_from_cache
