from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import RICH_TEXT_FEATURES
from home.localization import localize_all


class BargainingIndexPage(Page):
    """Open negotiations: the bargaining timeline, session by session, newest first."""

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["proposals.BargainingSessionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("bargaining index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sessions"] = (
            BargainingSessionPage.objects.child_of(self).live().public().select_related("locale").order_by("-date")
        )
        return context


class PartyChoices(models.TextChoices):
    UNION = "union", _("Union team")
    DISTRICT = "district", _("District team")
    OBSERVER = "observer", _("Observer")


class AttendeeValue(blocks.StructValue):
    def side_label(self):
        return PartyChoices(self["side"]).label if self["side"] in PartyChoices.values else ""


class AttendeeBlock(blocks.StructBlock):
    """Someone at the table: name, side and role."""

    name = blocks.CharBlock(label=_("Name"), max_length=120)
    side = blocks.ChoiceBlock(label=_("Side"), choices=PartyChoices.choices, default=PartyChoices.UNION)
    role = blocks.CharBlock(label=_("Role"), max_length=120, required=False)

    class Meta:
        icon = "user"
        value_class = AttendeeValue
        template = "proposals/blocks/attendee_block.html"
        description = _("A person at the bargaining table")
        preview_value = {"name": "Jordan Mills", "side": "union", "role": "Lead negotiator"}


class BargainingSessionPage(Page):
    """One bargaining session, so that members and the public can follow along."""

    date = models.DateTimeField(_("date and time"))
    location = models.CharField(_("place"), max_length=250)
    attendees = StreamField([("attendee", AttendeeBlock())], verbose_name=_("at the table"), blank=True)
    summary = RichTextField(_("summary"), features=RICH_TEXT_FEATURES)
    proposals_discussed = ParentalManyToManyField(
        "proposals.ProposalPage", verbose_name=_("proposals discussed"), blank=True, related_name="bargaining_sessions"
    )
    next_steps = RichTextField(_("next steps"), blank=True, features=RICH_TEXT_FEATURES)
    next_date = models.DateTimeField(_("next session"), null=True, blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("location")]),
        FieldPanel("attendees"),
        FieldPanel("summary"),
        FieldPanel("proposals_discussed"),
        FieldPanel("next_steps"),
        FieldPanel("next_date"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("next_steps")]
    # The proposals point at the source-language pages in every translation; the template shows
    # each in the visitor's language.
    override_translatable_fields = [SynchronizedField("proposals_discussed")]
    parent_page_types = ["proposals.BargainingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("bargaining session")
        verbose_name_plural = _("bargaining sessions")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from proposals.models.proposals import ProposalPage

        discussed = self.proposals_discussed.live().public().order_by(*ProposalPage.CONTRACT_ORDER)
        context["proposals"] = localize_all(discussed, self.locale_id, page_model=ProposalPage)
        return context
