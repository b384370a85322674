"""The catalog's list of offerings, filtered: one queryset, then a fixed number of queries for what it shows.

Filters arrive from GET parameters (``CatalogFilterForm``) so a filtered list is a link to share.
List fields (subjects, grade bands) are JSON lists of codes: they are filtered on their text, as the
mentor directory does, which both SQLite and PostgreSQL can do.
"""

import json

from django.db.models import Exists, F, Min, OuterRef, Prefetch, Q, Subquery, TextField, prefetch_related_objects
from django.db.models.functions import Cast
from django.utils import timezone

from learning.catalog.services import enrolment_counts
from learning.models.catalog import OfferingPage, OfferingSession, OfferingStandard

LIST_FILTERS = {"subject": "subjects", "grade_band": "grade_bands"}


def offerings_in(catalog):
    """The live, public offerings of ``catalog`` (its language), each with its original's id."""
    originals = OfferingPage.objects.filter(translation_key=OuterRef("translation_key")).order_by("pk").values("pk")
    return OfferingPage.objects.child_of(catalog).live().public().annotate(original_id=Subquery(originals[:1]))


def filter_offerings(queryset, filters):
    """``queryset`` narrowed by the cleaned ``filters`` of ``CatalogFilterForm``."""
    if query := filters.get("q"):
        queryset = queryset.filter(
            Q(title__icontains=query) | Q(summary__icontains=query) | Q(description__icontains=query)
        )
    if code := filters.get("format"):
        queryset = queryset.filter(format=code)
    if code := filters.get("language"):
        queryset = queryset.filter(language_of_instruction=code)
    if code := filters.get("credit_type"):
        queryset = queryset.filter(credit_type=code)
    if code := filters.get("standard"):
        queryset = queryset.filter(Exists(OfferingStandard.objects.filter(page_id=OuterRef("pk"), standard=code)))
    for name, field in LIST_FILTERS.items():
        if code := filters.get(name):
            queryset = queryset.alias(**{f"{field}_text": Cast(field, TextField())}).filter(
                **{f"{field}_text__contains": json.dumps(code)}
            )
    sessions = OfferingSession.objects.filter(page_id=OuterRef("pk"))
    if day := filters.get("date_from"):
        queryset = queryset.filter(Exists(sessions.filter(starts_at__date__gte=day)))
    if day := filters.get("date_to"):
        queryset = queryset.filter(Exists(sessions.filter(starts_at__date__lte=day)))
    return queryset


def ordered(queryset):
    """Soonest first (by the next session to come), then the ones without sessions to come, by title."""
    now = timezone.now()
    next_start = (
        OfferingSession.objects.filter(page_id=OuterRef("pk"), starts_at__gte=now)
        .order_by()
        .values("page_id")
        .annotate(first=Min("starts_at"))
        .values("first")
    )
    return queryset.annotate(next_session=Subquery(next_start[:1])).order_by(
        F("next_session").asc(nulls_last=True), "title", "pk"
    )


def with_display_data(offerings):
    """Fetch what the list shows for a page of ``offerings`` (a list): three queries whatever its length."""
    offerings = list(offerings)
    if not offerings:
        return offerings
    prefetch_related_objects(
        offerings,
        Prefetch("standards", queryset=OfferingStandard.objects.order_by("sort_order", "pk"), to_attr="standard_rows"),
        Prefetch("sessions", queryset=OfferingSession.objects.order_by("starts_at", "pk"), to_attr="session_rows"),
    )
    counts = enrolment_counts({offering.original_id for offering in offerings})
    for offering in offerings:
        enrolled, waiting = counts.get(offering.original_id, (0, 0))
        offering.places_left = max(offering.capacity - enrolled, 0)
        offering.waiting = waiting
    return offerings
