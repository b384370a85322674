from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.models.pdf import PDFDownloadMixin
from home.search import clean_search_query
from proposals.blocks import AgreementArticleBlock, article_anchor, section_anchor
from proposals.permissions import RequiresBargainingApproval


class AgreementPage(RequiresBargainingApproval, PDFDownloadMixin, Page):
    """The collective bargaining agreement in force: articles and sections with stable anchors."""

    pdf_template = "proposals/pdf/agreement_page.html"

    effective_from = models.DateField(_("in force from"))
    effective_until = models.DateField(_("in force until"))
    intro = models.TextField(_("introduction"), blank=True, max_length=800)
    articles = StreamField([("article", AgreementArticleBlock())], verbose_name=_("articles"))

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("effective_from"), FieldPanel("effective_until")]),
        FieldPanel("intro"),
        FieldPanel("articles"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("articles")]
    subpage_types = []

    class Meta:
        verbose_name = _("agreement")

    def table_of_contents(self):
        return [
            {
                "number": article.value["number"],
                "title": article.value["title"],
                "anchor": article_anchor(article.value["number"]),
                "sections": [
                    {"number": s["number"], "title": s["title"], "anchor": section_anchor(s["number"])}
                    for s in article.value["sections"]
                ],
            }
            for article in self.articles
        ]

    def sections_matching(self, query):
        """Sections whose number, title or text contain every word of the query."""
        words = [word.casefold() for word in query.split()]
        matches = []
        for article in self.articles:
            for section in article.value["sections"]:
                haystack = " ".join(
                    [section["number"], section["title"], strip_tags(section["text"].source)]
                ).casefold()
                if all(word in haystack for word in words):
                    matches.append(
                        {
                            "article_number": article.value["number"],
                            "article_title": article.value["title"],
                            "number": section["number"],
                            "title": section["title"],
                            "anchor": section_anchor(section["number"]),
                            "text": strip_tags(section["text"].source),
                        }
                    )
        return matches

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = clean_search_query(request.GET.get("q", ""))
        context["query"] = query
        context["table_of_contents"] = self.table_of_contents()
        if query:
            context["search_matches"] = self.sections_matching(query)
        return context
