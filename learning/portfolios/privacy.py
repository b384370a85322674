"""What portfolios keep about a person: their part of the privacy export and of account deletion.

Two sources (``home.privacy``): the portfolio itself (entries with their evidence files,
collections, the comments colleagues left on them, the PDFs), and the comments the person wrote
on colleagues' portfolios. Erasure deletes both; the files leave storage with their records
(``learning.portfolios.signals``).
"""

from django.db.models import Prefetch

from home.privacy import PersonalDataSource, register_personal_data
from learning.models.portfolios import (
    Evidence,
    PortfolioCollection,
    PortfolioComment,
    PortfolioEntry,
    PortfolioPDF,
)


def _comments(comments):
    return [
        {
            "written_by": str(comment.author),
            "written": comment.created_at,
            "comment": comment.body,
            "hidden_by_me": comment.hidden,
        }
        for comment in comments
    ]


def export_portfolio(user):
    entries = (
        PortfolioEntry.objects.filter(owner=user)
        .select_related("offering", "checkin")
        .prefetch_related(
            Prefetch("evidence", queryset=Evidence.objects.order_by("pk")),
            Prefetch("comments", queryset=PortfolioComment.objects.select_related("author").order_by("pk")),
        )
        .order_by("date", "pk")
    )
    collections = (
        PortfolioCollection.objects.filter(owner=user)
        .prefetch_related(
            "items",
            Prefetch("comments", queryset=PortfolioComment.objects.select_related("author").order_by("pk")),
        )
        .order_by("pk")
    )
    return {
        "entries": [
            {
                "id": entry.pk,
                "title": entry.title,
                "date": entry.date,
                "reflection_html": entry.reflection,
                "language": entry.language,
                "standards": entry.standards,
                "subject": entry.subject,
                "hours": str(entry.hours) if entry.hours is not None else None,
                "offering": entry.offering.title if entry.offering else None,
                "mentoring_checkin_date": entry.checkin.date if entry.checkin else None,
                "shared_with": entry.visibility,
                "secret_link_until": entry.link_expires_on if entry.visibility == "link" else None,
                "created": entry.created_at,
                "updated": entry.updated_at,
                "evidence": [
                    {
                        "kind": item.kind,
                        "title": item.title,
                        "link": item.url or None,
                        "file": _file_path(item) if item.file else None,
                        "size": item.size,
                    }
                    for item in entry.evidence.all()
                ],
                "comments": _comments(entry.comments.all()),
            }
            for entry in entries
        ],
        "collections": [
            {
                "id": collection.pk,
                "title": collection.title,
                "description": collection.description,
                "entry_ids_in_order": [item.entry_id for item in collection.items.all()],
                "shared_with": collection.visibility,
                "comments": _comments(collection.comments.all()),
            }
            for collection in collections
        ],
        "pdfs": [
            {"asked_for": pdf.requested_at, "language": pdf.language, "status": pdf.status}
            for pdf in PortfolioPDF.objects.filter(owner=user)
        ],
    }


def _file_path(evidence):
    return f"portfolio/evidence-{evidence.pk}.{evidence.extension}"


def portfolio_files(user):
    for evidence in Evidence.objects.filter(entry__owner=user).exclude(file="").order_by("pk"):
        yield _file_path(evidence), evidence.file


def erase_portfolio(user):
    PortfolioCollection.objects.filter(owner=user).delete()
    # One by one so that each file leaves storage (post_delete), whatever the database.
    for evidence in Evidence.objects.filter(entry__owner=user):
        evidence.delete()
    PortfolioEntry.objects.filter(owner=user).delete()
    for pdf in PortfolioPDF.objects.filter(owner=user):
        pdf.delete()


def export_comments_written(user):
    comments = PortfolioComment.objects.filter(author=user).select_related("entry", "collection").order_by("pk")
    return [
        {
            "on": (comment.entry or comment.collection).title,
            "written": comment.created_at,
            "comment": comment.body,
            "hidden_by_the_owner": comment.hidden,
        }
        for comment in comments
    ]


def erase_comments_written(user):
    PortfolioComment.objects.filter(author=user).delete()


SOURCES = [
    PersonalDataSource(name="portfolio", export=export_portfolio, files=portfolio_files, erase=erase_portfolio),
    PersonalDataSource(name="portfolio_comments_written", export=export_comments_written, erase=erase_comments_written),
]


def register_sources():
    """Called from ``LearningConfig.ready``."""
    for source in SOURCES:
        register_personal_data(source)
