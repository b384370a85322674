import re
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.localization import localize_all
from home.models.pdf import PDFDownloadMixin
from home.models.taxonomy import BaseTopic
from home.search import clean_search_query
from proposals.permissions import RequiresBargainingApproval


def contract_sort_key(article_number):
    """A key that sorts "Article 9" before "Article 12.3": every run of digits padded to six."""
    return re.sub(r"\d+", lambda digits: digits.group().zfill(6), article_number.casefold())[:200]


class ProposalStatus(models.TextChoices):
    DRAFTED = "drafted", _("Drafted")
    TABLED = "tabled", _("Tabled")
    DISTRICT_COUNTER = "district_counter", _("District counter-proposal")
    TENTATIVE_AGREEMENT = "tentative_agreement", _("Tentative agreement")
    RATIFIED = "ratified", _("Ratified")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class ProposalTopic(BaseTopic):
    """What a proposal is about: class size, pay, safety, special education..."""

    class Meta(BaseTopic.Meta):
        verbose_name = _("proposal topic")
        verbose_name_plural = _("proposal topics")


class ProposalIndexPage(Page):
    """All contract proposals, filtered by topic, status and plank, and searchable."""

    intro = models.TextField(_("introduction"), blank=True, max_length=800)
    per_page = 20

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    subpage_types = ["proposals.ProposalPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("proposal index page")

    def proposals(self):
        return (
            ProposalPage.objects.child_of(self)
            .live()
            .public()
            .select_related("topic", "plank", "locale")
            .order_by(*ProposalPage.CONTRACT_ORDER)
        )

    def filter_choices(self):
        from proposals.models.platform import PlatformPlank

        return {
            "topics": ProposalTopic.objects.filter(locale_id=self.locale_id),
            "statuses": ProposalStatus.choices,
            "planks": PlatformPlank.objects.filter(locale_id=self.locale_id).order_by("page_id", "sort_order"),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = {
            "topic": request.GET.get("topic", "")[:80],
            "status": request.GET.get("status", "")[:40],
            "plank": request.GET.get("plank", "")[:80],
            "q": clean_search_query(request.GET.get("q", "")),
        }
        proposals = self.proposals()
        if filters["topic"]:
            proposals = proposals.filter(topic__slug=filters["topic"])
        if filters["status"]:
            proposals = proposals.filter(status=filters["status"])
        if filters["plank"]:
            proposals = proposals.filter(plank__slug=filters["plank"])
        if filters["q"]:
            # Search backends cannot filter on related fields (topic__slug): search for the ids,
            # then keep the queryset, its filters and its contract order.
            matching = ProposalPage.objects.live().descendant_of(self).search(filters["q"], operator="and")
            proposals = proposals.filter(pk__in=[proposal.pk for proposal in matching])
        paginator = Paginator(proposals, self.per_page)
        try:
            page_of_proposals = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            page_of_proposals = paginator.page(1)
        proposal_list = list(page_of_proposals)
        topics = localize_all([proposal.topic for proposal in proposal_list], self.locale_id)
        planks = localize_all([proposal.plank for proposal in proposal_list], self.locale_id)
        context.update(
            {
                "proposals": page_of_proposals,
                "proposal_rows": list(zip(proposal_list, topics, planks, strict=True)),
                "filters": filters,
                "filter_query": urlencode({name: value for name, value in filters.items() if value}),
                **self.filter_choices(),
            }
        )
        return context


class ProposalPage(RequiresBargainingApproval, PDFDownloadMixin, Page):
    """One contract proposal, as it moves through bargaining."""

    pdf_template = "proposals/pdf/proposal_page.html"

    article_number = models.CharField(
        _("article or section"), max_length=30, help_text=_("Where it goes in the contract, e.g. Article 12.3.")
    )
    topic = models.ForeignKey(
        ProposalTopic, verbose_name=_("topic"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    plank = models.ForeignKey(
        "proposals.PlatformPlank",
        verbose_name=_("platform plank"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
        help_text=_("The plank of the platform this proposal carries out."),
    )
    summary = models.TextField(_("plain-language summary"), max_length=1200)
    why_it_matters = RichTextField(_("why it matters for students"), features=RICH_TEXT_FEATURES)
    contract_language = RichTextField(
        _("proposed contract language"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The exact words proposed for the contract. Changes between published versions are shown."),
    )
    district_response = RichTextField(_("the district's response"), blank=True, features=RICH_TEXT_FEATURES)
    article_sort_key = models.CharField(max_length=200, editable=False, db_index=True, default="")
    status = models.CharField(
        _("status"),
        max_length=30,
        choices=ProposalStatus.choices,
        default=ProposalStatus.DRAFTED,
        editable=False,
        db_index=True,
        help_text=_("Taken from the latest step of the timeline."),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("article_number"), FieldPanel("topic")]),
        FieldPanel("plank"),
        FieldPanel("summary"),
        FieldPanel("why_it_matters"),
        FieldPanel("contract_language"),
        MultiFieldPanel(
            [InlinePanel("timeline", label=_("Step"), min_num=1), FieldPanel("district_response")],
            heading=_("Where it stands"),
        ),
        InlinePanel("community_inputs", label=_("What we heard"), heading=_("Community input behind it")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("article_number"),
        index.SearchField("summary"),
        index.SearchField("why_it_matters"),
        index.SearchField("contract_language"),
        index.FilterField("status"),
    ]
    # The plank and topic point at the source-language snippet in every translation; templates
    # show its translation (home.localization). Statuses and dates are the same in every language.
    override_translatable_fields = [SynchronizedField("topic"), SynchronizedField("plank")]
    parent_page_types = ["proposals.ProposalIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")

    # Contract order: by article number as a reader counts, then by title.
    CONTRACT_ORDER = ("article_sort_key", "title")

    def save(self, *args, **kwargs):
        self.article_sort_key = contract_sort_key(self.article_number)
        self.status = self.current_status()
        super().save(*args, **kwargs)

    def ordered_timeline(self):
        return sorted(self.timeline.all(), key=lambda step: (step.date, step.sort_order or 0))

    def current_status(self):
        steps = self.ordered_timeline()
        return steps[-1].status if steps else ProposalStatus.DRAFTED

    def get_context(self, request, *args, **kwargs):
        from proposals.diff import contract_language_changes
        from proposals.models.bargaining import BargainingSessionPage

        context = super().get_context(request, *args, **kwargs)
        inputs = list(self.community_inputs.select_related("source_page", "theme"))
        context.update(
            {
                "topic": localize_all([self.topic], self.locale_id)[0],
                "plank": localize_all([self.plank], self.locale_id)[0],
                "timeline": self.ordered_timeline(),
                "community_inputs": list(
                    zip(
                        inputs,
                        localize_all([i.source_page for i in inputs], self.locale_id),
                        # The theme is the source-language snippet: shown in the page's language.
                        localize_all([i.theme for i in inputs], self.locale_id),
                        strict=True,
                    )
                ),
                "bargaining_sessions": BargainingSessionPage.objects.live()
                .public()
                .filter(locale_id=self.locale_id, proposals_discussed__translation_key=self.translation_key)
                .select_related("locale")
                .distinct()
                .order_by("-date"),
                "contract_changes": contract_language_changes(self),
            }
        )
        return context


class ProposalStatusChange(TranslatableMixin, Orderable):
    """A dated step of a proposal's way through bargaining."""

    page = ParentalKey(ProposalPage, related_name="timeline", on_delete=models.CASCADE)
    status = models.CharField(_("status"), max_length=30, choices=ProposalStatus.choices)
    date = models.DateField(_("date"))
    note = models.CharField(_("note"), max_length=300, blank=True)

    panels = [FieldRowPanel([FieldPanel("status"), FieldPanel("date")]), FieldPanel("note")]
    translatable_fields = [TranslatableField("note"), SynchronizedField("status"), SynchronizedField("date")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("timeline step")
        verbose_name_plural = _("timeline steps")


class CommunityInputKind(models.TextChoices):
    SURVEY_QUESTION = "survey_question", _("Survey question")
    LISTENING_THEME = "listening_theme", _("Listening-session theme")
    STORY = "story", _("Personal story")
    OTHER = "other", _("Other input")


class ProposalCommunityInput(TranslatableMixin, Orderable):
    """Something families, students or members told us that this proposal answers.

    ``source_page`` is the survey, listening session or story page it came from;
    ``source_reference`` identifies the part of it (a survey question's block id, a theme's key),
    so that the engagement features can show, from their side, the proposals that answer them.
    """

    page = ParentalKey(ProposalPage, related_name="community_inputs", on_delete=models.CASCADE)
    kind = models.CharField(_("kind"), max_length=30, choices=CommunityInputKind.choices)
    summary = models.TextField(_("what we heard"), max_length=600)
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("where we heard it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_reference = models.CharField(
        _("reference"),
        max_length=100,
        blank=True,
        help_text=_("For a survey: the question's block id. Filled in by the engagement features."),
    )
    theme = models.ForeignKey(
        "engagement.Theme",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposal_inputs",
        help_text=_("What people kept raising that this proposal answers; its theme page lists the proposal."),
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("theme")]),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("source_page"), FieldPanel("source_reference")]),
    ]
    # The theme is the source-language snippet in every translation (as a proposal's topic is):
    # theme pages count by its translation_key.
    translatable_fields = [
        TranslatableField("summary"),
        SynchronizedField("kind"),
        SynchronizedField("source_page"),
        SynchronizedField("source_reference"),
        SynchronizedField("theme"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("community input")
        verbose_name_plural = _("community input")
