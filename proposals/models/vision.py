from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models.pdf import PDFDownloadMixin
from proposals.blocks import ValueStatementBlock


class VisionPage(PDFDownloadMixin, Page):
    """The union's vision: beliefs and priorities as statements, each with its own anchor."""

    pdf_template = "proposals/pdf/vision_page.html"

    intro = models.TextField(_("introduction"), blank=True, max_length=800)
    statements = StreamField([("statement", ValueStatementBlock())], verbose_name=_("statements"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("closing text"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("statements"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("statements"),
        index.SearchField("body"),
    ]
    max_count_per_parent = 1
    subpage_types = []

    class Meta:
        verbose_name = _("vision page")
