"""Personal stories and "You said, we proposed".

A visitor tells their story through a public form (``StorySubmission``, private: the contact
details are for Communications only). Communications approve it into a draft ``StoryPage`` in its
language, ready to be translated with wagtail-localize, or reject it. Published stories are listed
on the ``StoryIndexPage``, filtered by theme. The ``YouSaidWeProposedPage`` walks from what people
said (themes: listening-session mentions and quotes, survey answers, stories) to the proposals that
answer it and where each stands in bargaining (``engagement.stories.overview``).
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .surveys import Audience

STORY_MAX_LENGTH = 6000
NAME_MAX_LENGTH = 120
STORY_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class StoryIndexPage(Page):
    """The published stories of its language, newest first, filtered by theme (``?theme=<slug>``)."""

    intro = models.TextField(_("introduction"), blank=True, max_length=800)
    per_page = 12
    template = "engagement/stories/story_index_page.html"

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    subpage_types = ["engagement.StoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("story index page")

    def get_context(self, request, *args, **kwargs):
        from engagement.stories.listing import story_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(story_listing(self, request))
        return context


class StoryPage(Page):
    """One person's story, as they told it (edited and translated by Communications)."""

    template = "engagement/stories/story_page.html"

    storyteller = models.CharField(
        _("shown as"),
        max_length=NAME_MAX_LENGTH,
        blank=True,
        help_text=_("The name the person chose to show. Leave empty to show “Anonymous”."),
    )
    storyteller_role = models.CharField(_("who they are"), max_length=20, choices=Audience.choices, blank=True)
    summary = models.TextField(_("summary"), max_length=400, blank=True, help_text=_("One or two lines for the list."))
    story = RichTextField(_("story"), features=STORY_FEATURES)
    photo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = ParentalManyToManyField("engagement.Theme", verbose_name=_("themes"), blank=True, related_name="stories")

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("storyteller"), FieldPanel("storyteller_role")]),
        FieldPanel("summary"),
        FieldPanel("story"),
        FieldPanel("photo"),
        FieldPanel("themes"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("story")]
    # The themes and the photo are the source's in every translation; templates show each theme's
    # translation (home.localization).
    override_translatable_fields = [SynchronizedField("themes"), SynchronizedField("photo")]
    parent_page_types = ["engagement.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def get_context(self, request, *args, **kwargs):
        from home.localization import localize_all

        context = super().get_context(request, *args, **kwargs)
        context["story_themes"] = localize_all(self.themes.all(), self.locale_id)
        return context


class YouSaidWeProposedPage(Page):
    """From what people said (each theme: counts and a quote) to the proposals that answer it."""

    template = "engagement/stories/you_said_we_proposed_page.html"

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("“You said, we proposed” page")

    def get_context(self, request, *args, **kwargs):
        from engagement.stories.overview import theme_overview

        context = super().get_context(request, *args, **kwargs)
        context["themes"] = theme_overview(self.locale)
        return context


class StorySubmission(models.Model):
    """A story as a visitor sent it, waiting for Communications. Private: contact details never leave
    the moderation queue; the story page shows only the name the person chose to show."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    shown_name = models.CharField(_("name to show"), max_length=NAME_MAX_LENGTH, blank=True)
    role = models.CharField(_("who they are"), max_length=20, choices=Audience.choices)
    title = models.CharField(_("title"), max_length=150, blank=True)
    story = models.TextField(_("story"), max_length=STORY_MAX_LENGTH)
    # Re-encoded on upload, without EXIF; kept under an unguessable name and shown only in the admin.
    photo = models.FileField(_("photo"), upload_to="stories/submissions/", blank=True)
    photo_description = models.CharField(_("photo description"), max_length=250, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    consent_to_publish = models.BooleanField(_("agreed to publication"), default=False)
    consent_to_contact = models.BooleanField(_("agreed to be contacted"), default=False)
    contact_name = models.CharField(_("contact name"), max_length=NAME_MAX_LENGTH, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="story_submissions",
    )
    submitted_at = models.DateTimeField(_("sent"), auto_now_add=True)
    # A double click sends the same token twice: the second copy finds the first.
    submission_token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    review_note = models.TextField(_("note"), blank=True, max_length=2000)
    story_page = models.ForeignKey(
        "engagement.StoryPage",
        verbose_name=_("story page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    # Set when the storyteller is told their story is published; claimed before sending, so once only.
    published_notice_sent_at = models.DateTimeField(_("told it is published"), null=True, blank=True)

    class Meta:
        verbose_name = _("story submission")
        verbose_name_plural = _("story submissions")
        ordering = ["-submitted_at", "-pk"]
        indexes = [models.Index(fields=["status", "-submitted_at"])]

    def __str__(self):
        return self.title or gettext("Story #%(number)s") % {"number": self.pk}

    @property
    def shown_as(self):
        return self.shown_name or _("Anonymous")
