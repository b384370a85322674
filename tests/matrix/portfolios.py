"""Permission matrix rows.

Portfolios: entries, evidence, collections, sharing (colleagues, secret links, public), comments, the gallery, the PDF.

The matrix educator owns a portfolio: a private entry, one shared with colleagues (with a photo and
a member's comment), a public one, one shared by a secret link, a collection shared with
colleagues and a prepared PDF. Staff are colleagues with no more rights: a private entry is the
owner's alone, whoever asks.
"""

import datetime
import uuid

from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone, translation

from tests.matrix.vocabulary import (
    ANONYMOUS,
    EDUCATOR,
    MEMBER,
    NOT_FOUND,
    OK,
    REDIRECT,
    Row,
    everyone,
    only,
    public,
    signed_in,
)


def build_portfolios(d):
    from learning.models.portfolios import (
        CollectionItem,
        Evidence,
        EvidenceKind,
        PDFStatus,
        PortfolioCollection,
        PortfolioComment,
        PortfolioEntry,
        PortfolioPDF,
        Visibility,
        new_share_token,
    )
    from tests.learning.portfolios.factories import image_bytes

    owner = d.users[EDUCATOR]

    def entry(title, visibility, **fields):
        return PortfolioEntry.objects.create(owner=owner, title=title, visibility=visibility, **fields)

    d.portfolio_private = entry("Private notes", Visibility.PRIVATE)
    d.portfolio_colleagues = entry("For colleagues", Visibility.COLLEAGUES, standards=["inquiry"])
    d.portfolio_public = entry("For everyone", Visibility.PUBLIC)
    d.portfolio_link = entry(
        "By link",
        Visibility.LINK,
        share_token=new_share_token(),
        link_expires_on=timezone.localdate() + datetime.timedelta(days=7),
    )
    photo = Evidence(entry=d.portfolio_colleagues, kind=EvidenceKind.IMAGE, content_type="image/jpeg")
    photo.file.save("photo.jpg", ContentFile(image_bytes()), save=True)
    d.portfolio_photo = photo
    link_photo = Evidence(entry=d.portfolio_link, kind=EvidenceKind.IMAGE, content_type="image/jpeg")
    link_photo.file.save("photo.jpg", ContentFile(image_bytes()), save=True)
    d.portfolio_link_photo = link_photo
    d.portfolio_collection = PortfolioCollection.objects.create(
        owner=owner, title="My year", visibility=Visibility.COLLEAGUES
    )
    CollectionItem.objects.create(collection=d.portfolio_collection, entry=d.portfolio_private, position=1)
    CollectionItem.objects.create(collection=d.portfolio_collection, entry=d.portfolio_public, position=2)
    d.portfolio_comment = PortfolioComment.objects.create(
        entry=d.portfolio_colleagues, author=d.users[MEMBER], body="Thank you for sharing"
    )
    pdf = PortfolioPDF(owner=owner, language="en", digest="matrix", status=PDFStatus.READY)
    pdf.file.save("portfolio.pdf", ContentFile(b"%PDF-1.4 matrix"), save=True)
    d.portfolio_pdf = pdf


BUILDERS = [build_portfolios]


def portfolio(name, key=None, *extra):
    """An address under /en/portfolio/, for the object ``d.<key>`` if given."""

    def build(d):
        with translation.override("en"):
            args = [getattr(d, key).pk, *(getattr(d, item).pk for item in extra)] if key else None
            return reverse(f"portfolios:{name}", args=args)

    return build


def by_link(name, *extra):
    def build(d):
        with translation.override("en"):
            return reverse(
                f"portfolios:{name}", args=[d.portfolio_link.share_token, *(getattr(d, item).pk for item in extra)]
            )

    return build


OWNER_ONLY = only((EDUCATOR,))
OWNER_ONLY_REDIRECT = only((EDUCATOR,), REDIRECT)
# By their address: colleagues' items for every signed-in person, a 404 for visitors.
COLLEAGUES = {**everyone(OK), ANONYMOUS: NOT_FOUND}
ONLY_THE_OWNER_BY_ID = {**everyone(NOT_FOUND), EDUCATOR: OK}

ROWS = [
    Row("my portfolio", portfolio("mine"), signed_in(), covers=("portfolios:mine",)),
    Row("new portfolio entry", portfolio("entry_create"), signed_in(), covers=("portfolios:entry_create",)),
    Row("a private entry", portfolio("entry", "portfolio_private"), ONLY_THE_OWNER_BY_ID, covers=("portfolios:entry",)),
    Row("an entry shared with colleagues", portfolio("entry", "portfolio_colleagues"), COLLEAGUES),
    Row("a public entry", portfolio("entry", "portfolio_public"), public()),
    Row("a secret-link entry by its id", portfolio("entry", "portfolio_link"), ONLY_THE_OWNER_BY_ID),
    Row("edit an entry", portfolio("entry_edit", "portfolio_public"), OWNER_ONLY, covers=("portfolios:entry_edit",)),
    Row(
        "delete an entry (asks first)",
        portfolio("entry_delete", "portfolio_public"),
        OWNER_ONLY,
        covers=("portfolios:entry_delete",),
    ),
    Row(
        "share an entry",
        portfolio("entry_sharing", "portfolio_public"),
        OWNER_ONLY,
        covers=("portfolios:entry_sharing",),
    ),
    Row(
        "comment on an entry shared with colleagues",
        portfolio("entry_comment", "portfolio_colleagues"),
        signed_in(REDIRECT),
        method="post",
        data={"body": "Well done", "form_token": str(uuid.uuid4())},
        covers=("portfolios:entry_comment",),
    ),
    Row(
        "comment on a private entry",
        portfolio("entry_comment", "portfolio_private"),
        signed_in(NOT_FOUND),
        method="post",
        data={"body": "Well done", "form_token": str(uuid.uuid4())},
    ),
    Row(
        "add a link as evidence",
        portfolio("evidence_add", "portfolio_public"),
        OWNER_ONLY_REDIRECT,
        method="post",
        data={"link_url": "https://example.org/lesson"},
        covers=("portfolios:evidence_add",),
    ),
    Row(
        "remove evidence",
        portfolio("evidence_delete", "portfolio_colleagues", "portfolio_photo"),
        OWNER_ONLY_REDIRECT,
        method="post",
        covers=("portfolios:evidence_delete",),
    ),
    Row(
        "a photo of an entry shared with colleagues",
        portfolio("evidence", "portfolio_photo"),
        COLLEAGUES,
        covers=("portfolios:evidence",),
    ),
    Row(
        "a photo by its id, of a secret-link entry", portfolio("evidence", "portfolio_link_photo"), ONLY_THE_OWNER_BY_ID
    ),
    Row("my collections", portfolio("collections"), signed_in(), covers=("portfolios:collections",)),
    Row("new collection", portfolio("collection_create"), signed_in(), covers=("portfolios:collection_create",)),
    Row(
        "a collection shared with colleagues",
        portfolio("collection", "portfolio_collection"),
        COLLEAGUES,
        covers=("portfolios:collection",),
    ),
    Row(
        "edit a collection",
        portfolio("collection_edit", "portfolio_collection"),
        OWNER_ONLY,
        covers=("portfolios:collection_edit",),
    ),
    Row(
        "delete a collection (asks first)",
        portfolio("collection_delete", "portfolio_collection"),
        OWNER_ONLY,
        covers=("portfolios:collection_delete",),
    ),
    Row(
        "move an entry in a collection",
        portfolio("collection_move", "portfolio_collection"),
        OWNER_ONLY_REDIRECT,
        method="post",
        data={"entry": "0", "direction": "1"},
        covers=("portfolios:collection_move",),
    ),
    Row(
        "share a collection",
        portfolio("collection_sharing", "portfolio_collection"),
        OWNER_ONLY,
        covers=("portfolios:collection_sharing",),
    ),
    Row(
        "comment on a collection shared with colleagues",
        portfolio("collection_comment", "portfolio_collection"),
        signed_in(REDIRECT),
        method="post",
        data={"body": "A good story", "form_token": str(uuid.uuid4())},
        covers=("portfolios:collection_comment",),
    ),
    Row(
        "hide a comment",
        portfolio("comment_visibility", "portfolio_comment"),
        OWNER_ONLY_REDIRECT,
        method="post",
        data={"hidden": "1"},
        covers=("portfolios:comment_visibility",),
    ),
    Row("what I share", portfolio("sharing"), signed_in(), covers=("portfolios:sharing",)),
    Row("an entry by its secret link", by_link("link"), public(), covers=("portfolios:link",)),
    Row(
        "a photo by the secret link",
        by_link("link_evidence", "portfolio_link_photo"),
        public(),
        covers=("portfolios:link_evidence",),
    ),
    Row(
        "a photo of another entry through the secret link",
        by_link("link_evidence", "portfolio_photo"),
        everyone(NOT_FOUND),
    ),
    Row(
        "a guessed secret link",
        lambda d: reverse("portfolios:link", args=["x" * 43]),
        everyone(NOT_FOUND),
    ),
    Row("shared portfolios (gallery)", portfolio("gallery"), public(), covers=("portfolios:gallery",)),
    Row("my portfolio as a PDF", portfolio("pdf"), signed_in(), covers=("portfolios:pdf",)),
    Row(
        "a prepared portfolio PDF",
        portfolio("pdf_download", "portfolio_pdf"),
        OWNER_ONLY,
        covers=("portfolios:pdf_download",),
    ),
]
