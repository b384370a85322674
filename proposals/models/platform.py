from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from proposals.book import PlatformBookMixin


class PlatformPage(PlatformBookMixin, Page):
    """The platform: the union's planks, each with commitments and the proposals that carry it out."""

    pdf_template = "proposals/pdf/platform_page.html"

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = Page.content_panels + [FieldPanel("intro"), InlinePanel("planks", label=_("Planks"), min_num=1)]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.RelatedFields("planks", [index.SearchField("title"), index.SearchField("summary")]),
    ]
    max_count_per_parent = 1
    subpage_types = []

    class Meta:
        verbose_name = _("platform page")

    def get_context(self, request, *args, **kwargs):
        from proposals.models.proposals import ProposalPage

        context = super().get_context(request, *args, **kwargs)
        planks = list(self.planks.all())
        proposals = (
            ProposalPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, plank__translation_key__in=[plank.translation_key for plank in planks])
            .select_related("plank", "locale")
            .order_by(*ProposalPage.CONTRACT_ORDER)
        )
        by_plank = {}
        for proposal in proposals:
            by_plank.setdefault(proposal.plank.translation_key, []).append(proposal)
        context["planks_with_proposals"] = [(plank, by_plank.get(plank.translation_key, [])) for plank in planks]
        return context


class PlatformPlank(TranslatableMixin, Orderable):
    """One plank of the platform, e.g. "Students at the center"."""

    page = ParentalKey(PlatformPage, related_name="planks", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=150)
    slug = models.SlugField(
        _("anchor"), max_length=80, help_text=_("The end of the link to this plank, e.g. students-at-the-center.")
    )
    summary = models.TextField(_("summary"), max_length=1000)
    commitments = StreamField(
        [("commitment", blocks.CharBlock(label=_("Commitment"), max_length=300))],
        verbose_name=_("commitments"),
        blank=True,
    )

    panels = [FieldPanel("title"), FieldPanel("slug"), FieldPanel("summary"), FieldPanel("commitments")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("summary"),
        TranslatableField("commitments"),
        SynchronizedField("slug"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("plank")
        verbose_name_plural = _("planks")

    def __str__(self):
        return self.title
