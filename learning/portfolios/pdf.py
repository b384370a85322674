"""The portfolio as a PDF: a cover, every entry with its photos and reflection, the list of the
evidence, and a summary of credits, in the owner's language (``home.pdf.render_pdf``).

A small portfolio is rendered while its owner waits; a large one (more than
``BACKGROUND_FROM_ENTRIES`` entries) is built by ``learning.portfolios.tasks`` and kept as a
``PortfolioPDF``, and its owner is told by e-mail when it is ready. A stored PDF's ``digest`` says
what it was made from, so asking again for an unchanged portfolio does not build it again.
"""

import hashlib
import logging
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from home import pdf as pdf_service
from learning.models.portfolios import Evidence, PortfolioEntry
from learning.standards import Standard

logger = logging.getLogger(__name__)

# More entries than this and the PDF is built in the background (a minute for a large one).
BACKGROUND_FROM_ENTRIES = 15


def pdf_language(owner):
    language = getattr(owner, "preferred_language", "") or settings.LANGUAGE_CODE
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def owner_entries(owner):
    return list(
        PortfolioEntry.objects.filter(owner=owner)
        .select_related("offering", "checkin")
        .prefetch_related(Prefetch("evidence", queryset=Evidence.objects.order_by("pk")))
        .order_by("date", "pk")
    )


def portfolio_digest(owner, language):
    """What a stored PDF was made from: the entries and their evidence as they are now."""
    rows = PortfolioEntry.objects.filter(owner=owner).order_by("pk").values_list("pk", "updated_at")
    evidence = Evidence.objects.filter(entry__owner=owner).order_by("pk").values_list("pk", flat=True)
    source = repr((pdf_service.LAYOUT_VERSION, language, owner.get_full_name(), list(rows), list(evidence)))
    return hashlib.sha256(source.encode()).hexdigest()


@dataclass
class HoursSummary:
    """The hours recorded in the entries, by standard and in all."""

    by_standard: list = field(default_factory=list)
    total_hours: Decimal = Decimal(0)


def catalog_credits(owner):
    """The catalog's credit summary of ``owner`` (``learning.catalog.credits``), or None without one."""
    try:
        from learning.catalog.credits import credit_summary
    except ImportError:
        return None
    try:
        return credit_summary(owner)
    except Exception:  # a failing summary must not cost the owner their PDF
        logger.exception("Credit summary failed for user %s", owner.pk)
        return None


def hours_by_standard(entries):
    """The hours of the entries per standard they show (an entry showing three counts for each)."""
    hours = {}
    for entry in entries:
        for code in entry.standards:
            hours[code] = hours.get(code, Decimal(0)) + (entry.hours or Decimal(0))
    return HoursSummary(
        by_standard=[(label, hours[code]) for code, label in Standard.choices if code in hours],
        total_hours=sum((entry.hours or Decimal(0) for entry in entries), Decimal(0)),
    )


def render_portfolio_pdf(owner, language=None):
    """The PDF (bytes) of ``owner``'s whole portfolio, in ``language`` (theirs by default)."""
    language = language or pdf_language(owner)
    entries = owner_entries(owner)
    with translation.override(language):
        credits = catalog_credits(owner)
        evidence = [item for entry in entries for item in entry.evidence.all()]
        pairs = _summary_pairs(credits) if credits is not None else {}
        html = render_to_string(
            "learning/portfolios/pdf/portfolio.html",
            {
                "owner": owner,
                "entries": entries,
                "evidence_list": evidence,
                "credits": credits,
                "hours": hours_by_standard(entries),
                "credit_by_type": pairs.get("by_type", []),
                "credit_by_standard": pairs.get("by_standard", []),
                "generated_at": timezone.localtime(),
                "page_numbers_css": mark_safe(pdf_service.page_numbers_css()),  # built from a CSS-escaped string
            },
        )
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/"
    return pdf_service.render_pdf(html, base_url)


def _pairs(value, labels_by_code):
    """(label, amount) pairs from a mapping or a list of pairs, codes turned into labels."""
    items = value.items() if hasattr(value, "items") else (value or [])
    pairs = []
    for item in items:
        code, amount = item if isinstance(item, tuple | list) else (str(item), "")
        pairs.append((labels_by_code.get(code, code), amount))
    return pairs


def _summary_pairs(summary):
    from learning.models.catalog import CreditType

    return {
        "by_type": _pairs(getattr(summary, "by_type", None), dict(CreditType.choices)),
        "by_standard": _pairs(getattr(summary, "by_standard", None), dict(Standard.choices)),
    }


def pdf_filename(owner, language):
    return f"portfolio-{owner.pk}-{language}.pdf"
