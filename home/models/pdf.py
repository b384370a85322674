"""Page types a reader can download as a PDF.

A page type mixes in ``PDFDownloadMixin`` and names its ``pdf_template``; the PDF of a page is at
``<page url>pdf/``, in the page's own language. A PDF is rendered once per published revision and
kept in media storage (``home.pdf``); publishing renders it in the background (``home.tasks``).
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.coreutils import get_dummy_request
from wagtail.models import Page

from home import pdf as pdf_service


class PDFDownloadMixin(RoutablePageMixin):
    """Adds ``pdf/`` to a page: the page as a PDF, rendered from ``pdf_template``."""

    pdf_template = None

    @path("pdf/", name="pdf")
    def pdf_view(self, request):
        return pdf_service.pdf_response(self.ensure_pdf(), f"{self.slug}-{self.pdf_language}.pdf")

    @property
    def pdf_language(self):
        # The content's language, not the visitor's: a page shown as a fallback under another
        # language's address is still printed in the language it is written in.
        return self.locale.language_code

    @property
    def pdf_folder(self):
        # With the translation key: ids start again when a database is rebuilt (and in every
        # test), media storage does not, and a new page must never be served an old page's PDF.
        return f"pdf/v{pdf_service.LAYOUT_VERSION}/{self.pk}-{self.translation_key}"

    def pdf_cache_key(self):
        return f"{self.pdf_folder}/{self.pdf_revision_id()}/{self.pdf_language}.pdf"

    def pdf_revision_id(self):
        """The revision whose content a reader sees: the live one, not a draft saved since."""
        if self.alias_of_id:
            # An alias has no revisions of its own: it shows its original's live content.
            return Page.objects.filter(pk=self.alias_of_id).values_list("live_revision_id", flat=True).first()
        return self.live_revision_id or self.latest_revision_id

    def ensure_pdf(self):
        """The storage name of this page's PDF, rendering and storing it first if need be."""
        return pdf_service.ensure_pdf(self.pdf_cache_key(), self.render_pdf)

    def render_pdf(self):
        return self.render_pdf_template(self.pdf_template)

    def render_pdf_template(self, template, extra_context=None):
        with translation.override(self.pdf_language):
            site = self.get_site()
            # Always a plain GET without a query string or user: what is printed (and cached for
            # everyone) must not depend on who asked first, or with which search.
            request = get_dummy_request(path=self.url or "/", site=site)
            request.user = AnonymousUser()
            context = self.get_context(request)
            context.update(extra_context or {})
            context["page_numbers_css"] = mark_safe(pdf_service.page_numbers_css())  # built from a CSS-escaped string
            html = render_to_string(template, context)
            base_url = (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/") + "/"
            return pdf_service.render_pdf(html, base_url)
