from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import BaseStreamBlock
from home.localization import localize_all
from home.models.taxonomy import BaseTopic
from home.query import query_text


class NewsTopic(BaseTopic):
    """A subject news is filed under: bargaining, school funding, community..."""

    class Meta(BaseTopic.Meta):
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")


class NewsIndexPage(RoutablePageMixin, Page):
    """The news section: newest first, filtered by topic, with an RSS feed."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    per_page = 12

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    subpage_types = ["home.NewsPage"]

    class Meta:
        verbose_name = _("news index page")

    def news_items(self):
        return (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-date", "-pk")
            .select_related("listing_image", "locale")
        )

    def topics(self):
        return NewsTopic.objects.filter(locale_id=self.locale_id)

    @path("")
    def index_view(self, request):
        items = self.news_items()
        topic_slug = query_text(request, "topic")
        active_topic = None
        if topic_slug:
            active_topic = self.topics().filter(slug=topic_slug).first()
            items = items.filter(topics__slug=topic_slug) if active_topic else items.none()
        paginator = Paginator(items, self.per_page)
        try:
            page_of_items = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            page_of_items = paginator.page(1)
        return self.render(
            request,
            context_overrides={
                "news_items": page_of_items,
                "active_topic": active_topic,
                "topic_slug": topic_slug,
                "filter_query": urlencode({"topic": topic_slug}) if topic_slug else "",
            },
        )

    @path("feed/", name="feed")
    def feed_view(self, request):
        from home.feeds import NewsFeed

        return NewsFeed(self)(request)


class NewsPage(Page):
    """One news item: dated, signed, filed under topics."""

    date = models.DateField(_("date"), default=timezone.localdate)
    author = models.CharField(_("author"), max_length=120, blank=True)
    summary = models.TextField(_("summary"), max_length=400, help_text=_("Shown in lists and the RSS feed."))
    listing_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ParentalManyToManyField(NewsTopic, verbose_name=_("topics"), blank=True, related_name="news_pages")
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("author"),
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        FieldPanel("topics"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("author"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    override_translatable_fields = [SynchronizedField("date"), SynchronizedField("listing_image")]

    class Meta:
        verbose_name = _("news page")

    def localized_topics(self):
        return localize_all(self.topics.all(), self.locale_id)
