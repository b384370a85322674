"""The platform book: the vision, the platform and every live proposal of a language in one PDF,
with a cover, a table of contents, running headers and page numbers (``<platform url>book/``).
"""

import hashlib

from wagtail.contrib.routable_page.models import path
from wagtail.models import Page

from home import pdf as pdf_service
from home.localization import localize_all
from home.models.pdf import PDFDownloadMixin


class PlatformBookMixin(PDFDownloadMixin):
    """Adds ``book/`` to the platform page: the vision, the platform and every live proposal of its
    language in one PDF, with a cover, a table of contents, running headers and page numbers."""

    book_template = "proposals/pdf/platform_book.html"

    @path("book/", name="book")
    def book_view(self, request):
        return pdf_service.pdf_response(self.ensure_book(), f"{self.slug}-book-{self.pdf_language}.pdf")

    @staticmethod
    def book_page_types():
        from proposals.models import PlatformPage, ProposalPage, VisionPage

        return (VisionPage, PlatformPage, ProposalPage)

    @classmethod
    def books_containing(cls, page):
        """The live platform pages whose book includes ``page`` (those of its language)."""
        _vision_type, platform_type, _proposal_type = cls.book_page_types()
        if not isinstance(page, cls.book_page_types()):
            return []
        return list(platform_type.objects.live().public().filter(locale_id=page.locale_id))

    def book_cache_key(self):
        # Every page that may be in the book, with the revision it shows: publishing or
        # unpublishing any of them, or adding one, gives a new name, so a stale book is never
        # served. One query, since every request for the book asks for it.
        vision_type, _platform_type, proposal_type = self.book_page_types()
        pages = Page.objects.live().filter(locale_id=self.locale_id).type(vision_type, proposal_type)
        versions = sorted(
            [
                (self.pk, self.pdf_revision_id(), None),
                *pages.values_list("pk", "live_revision_id", "alias_of__live_revision_id"),
            ],
            key=lambda version: version[0],  # by page id
        )
        digest = hashlib.sha256(repr(versions).encode()).hexdigest()[:20]
        return f"{self.pdf_folder}/book-{digest}/{self.pdf_language}.pdf"

    def ensure_book(self):
        return pdf_service.ensure_pdf(self.book_cache_key(), self.render_book)

    def render_book(self):
        vision_type, _platform_type, proposal_type = self.book_page_types()
        vision = vision_type.objects.live().public().filter(locale_id=self.locale_id).order_by("path").first()
        proposals = list(
            proposal_type.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .select_related("plank")
            .prefetch_related("timeline", "community_inputs")
            .order_by(*proposal_type.CONTRACT_ORDER)
        )
        planks = localize_all([proposal.plank for proposal in proposals], self.locale_id)
        # The platform's lists of proposals in the same contract order as the contents.
        by_plank = {}
        for proposal, plank in zip(proposals, planks, strict=True):
            if plank is not None:
                by_plank.setdefault(plank.translation_key, []).append(proposal)
        own_planks = self.planks.all()
        dates = [page.last_published_at for page in (self, vision, *proposals) if page and page.last_published_at]
        return self.render_pdf_template(
            self.book_template,
            {
                "vision": vision,
                "book_proposals": list(zip(proposals, planks, strict=True)),
                "planks_with_proposals": [(plank, by_plank.get(plank.translation_key, [])) for plank in own_planks],
                "updated_at": max(dates, default=None),
            },
        )
