"""Community listening sessions: the pages people find them on, and the registrations staff plan with.

A session is one page translated into every language. Its language versions share a
``translation_key``; registrations belong to the session's first version (``source_session``), so
seats, the waitlist and the head counts are one set whatever language people signed up in. That
row is also the one locked while a seat is given (engagement.listening.services).
"""

import secrets
from urllib.parse import quote_plus

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from engagement.models.surveys import INTRO_FEATURES
from home import pdf as pdf_service
from home.choices import SpokenLanguage, choice_list_field, labels
from home.models.pdf import PDFDownloadMixin

# No 0/O, 1/I/L: the check-in code is read off a phone and typed in at the door.
CHECKIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CHECKIN_CODE_LENGTH = 6


class SessionFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid (in person and online)")


class Connection(models.TextChoices):
    """How the person registering is connected to the schools."""

    FAMILY = "family", _("Parent or guardian")
    STUDENT = "student", _("Student")
    EDUCATOR = "educator", _("Educator or school staff")
    COMMUNITY = "community", _("Community member")
    PARTNER = "partner", _("Partner organisation")


class ListeningSessionIndexPage(RoutablePageMixin, Page):
    # The calendar files live at /<lang>/listening/calendar.ics and sessions/<id>.ics
    # (engagement.listening.urls): Wagtail's page addresses cannot end in ".ics".
    """Upcoming and past listening sessions, filtered by language, neighbourhood and format."""

    intro = RichTextField(_("introduction"), blank=True, features=INTRO_FEATURES)

    template = "engagement/listening/listening_session_index_page.html"
    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["engagement.ListeningSessionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("listening session index page")

    def sessions(self):
        return ListeningSessionPage.objects.child_of(self).live().public().order_by("starts_at", "pk")

    def get_context(self, request, *args, **kwargs):
        from engagement.listening.views import index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self, request))
        return context


class ListeningSessionPage(PDFDownloadMixin, Page):
    """One listening session in one language: when, where, how, and what people said there."""

    template = "engagement/listening/listening_session_page.html"
    pdf_template = "engagement/listening/pdf/summary.html"

    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    session_format = models.CharField(
        _("format"), max_length=20, choices=SessionFormat.choices, default=SessionFormat.IN_PERSON
    )
    place_name = models.CharField(_("place"), max_length=200, blank=True, help_text=_("E.g. the school's library."))
    address = models.CharField(_("address"), max_length=300, blank=True)
    map_url = models.URLField(
        _("map link"), blank=True, help_text=_("Empty: a link to the address on OpenStreetMap is made for you.")
    )
    online_link = models.URLField(
        _("online link"), blank=True, help_text=_("Only shown to people who registered, in their e-mails and link.")
    )
    neighbourhood = models.CharField(_("neighbourhood"), max_length=80, blank=True)
    interpretation_languages = choice_list_field(
        _("interpretation offered"),
        SpokenLanguage.choices,
        help_text=_("Languages interpreters will be there for (besides English)."),
        blank=True,
    )
    childcare = models.BooleanField(_("childcare offered"), default=False)
    food = models.CharField(_("food"), max_length=300, blank=True, help_text=_("E.g. dinner for families."))
    accessibility = models.TextField(_("accessibility"), blank=True, max_length=1000)
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Empty: no limit. When it is full, people join a waitlist.")
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"), null=True, blank=True, help_text=_("Empty: until the session starts.")
    )
    hosts = models.CharField(_("hosts"), max_length=300, blank=True)
    agenda = RichTextField(_("agenda"), blank=True, features=INTRO_FEATURES)
    intro = RichTextField(_("introduction"), blank=True, features=INTRO_FEATURES)

    # After the session
    facilitator_notes = models.TextField(
        _("facilitator notes"), blank=True, help_text=_("Private: only staff see these, they are never published.")
    )
    summary = RichTextField(_("summary"), blank=True, features=INTRO_FEATURES)
    summary_published = models.BooleanField(
        _("summary published"),
        default=False,
        help_text=_("Show the summary on the page and as a PDF; people who came and agreed to hear from us are told."),
    )
    summary_published_at = models.DateTimeField(_("summary published at"), null=True, blank=True, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]), FieldPanel("registration_deadline")],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("session_format"),
                FieldPanel("place_name"),
                FieldPanel("address"),
                FieldPanel("map_url"),
                FieldPanel("online_link"),
                FieldPanel("neighbourhood"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("interpretation_languages"),
                FieldPanel("childcare"),
                FieldPanel("food"),
                FieldPanel("accessibility"),
                FieldPanel("capacity"),
                FieldPanel("hosts"),
            ],
            heading=_("Welcome"),
        ),
        FieldPanel("agenda"),
        MultiFieldPanel(
            [
                FieldPanel("facilitator_notes"),
                InlinePanel("session_themes", label=_("Themes")),
                FieldPanel("summary"),
                FieldPanel("summary_published"),
            ],
            heading=_("After the session"),
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("session_format"),
        SynchronizedField("address"),
        SynchronizedField("neighbourhood"),
        SynchronizedField("interpretation_languages"),
        SynchronizedField("summary_published"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("online_link"),
        SynchronizedField("map_url"),
        SynchronizedField("capacity"),
        SynchronizedField("registration_deadline"),
        # Private and for staff only: never sent to translators.
        SynchronizedField("facilitator_notes"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.FilterField("starts_at")]
    parent_page_types = ["engagement.ListeningSessionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("listening session")
        verbose_name_plural = _("listening sessions")

    def save(self, *args, **kwargs):
        if self.summary_published and self.summary_published_at is None:
            self.summary_published_at = timezone.now()
        elif not self.summary_published:
            self.summary_published_at = None
        return super().save(*args, **kwargs)

    # What the templates read

    @property
    def is_in_person(self):
        return self.session_format in (SessionFormat.IN_PERSON, SessionFormat.HYBRID)

    @property
    def is_online(self):
        return self.session_format in (SessionFormat.ONLINE, SessionFormat.HYBRID)

    @property
    def map_link(self):
        if self.map_url:
            return self.map_url
        if self.address and self.is_in_person:
            return f"https://www.openstreetmap.org/search?query={quote_plus(self.address)}"
        return ""

    def interpretation_labels(self):
        return labels(SpokenLanguage.choices, self.interpretation_languages)

    def interpretation_choices(self):
        """The languages a registrant may ask an interpreter for: the ones offered."""
        return [(code, label) for code, label in SpokenLanguage.choices if code in self.interpretation_languages]

    def is_past(self, now=None):
        return self.ends_at <= (now or timezone.now())

    def registration_closes_at(self):
        return min(self.registration_deadline or self.starts_at, self.starts_at)

    def registration_is_open(self, now=None):
        return (now or timezone.now()) < self.registration_closes_at()

    @property
    def summary_is_public(self):
        return self.summary_published and bool(self.summary)

    def source_session(self):
        """The version registrations belong to: the first one created (see the module's docstring)."""
        return source_session_of(self)

    def get_context(self, request, *args, **kwargs):
        from engagement.listening.views import session_context

        context = super().get_context(request, *args, **kwargs)
        context.update(session_context(self, request))
        return context

    # Routes

    @path("")
    def index_route(self, request, *args, **kwargs):
        # The page and its registration form (a POST registers).
        from engagement.listening.views import session_page

        return session_page(request, self)

    # The published summary as a PDF, through home.models.pdf (cached per revision and language).
    # The mixin's "pdf/" is the same document: the page itself is not printed, its summary is.
    @path("summary/pdf/", name="summary_pdf")
    def summary_pdf_view(self, request):
        if not self.summary_is_public:
            raise Http404
        return pdf_service.pdf_response(self.ensure_pdf(), f"{self.slug}-summary-{self.pdf_language}.pdf")

    @path("pdf/", name="pdf")
    def pdf_view(self, request):
        return self.summary_pdf_view(request)

    def ensure_pdf(self):
        # Publishing renders the PDF in the background (home.pdf_publishing): only once there is one.
        if not self.summary_is_public:
            return None
        return super().ensure_pdf()

    def pdf_cache_key(self):
        return f"{self.pdf_folder}/{self.pdf_revision_id()}/{self.pdf_language}-summary.pdf"


def source_session_of(page):
    if page.pk is None:
        return page
    first = ListeningSessionPage.objects.filter(translation_key=page.translation_key).order_by("pk").only("pk").first()
    return page if first is None or first.pk == page.pk else ListeningSessionPage.objects.get(pk=first.pk)


class SessionTheme(TranslatableMixin, Orderable):
    """A theme people raised at a session, how many raised it, and a quote that says it well.

    Read by the stories and themes pages too (by these names).
    """

    page = ParentalKey(ListeningSessionPage, related_name="session_themes", on_delete=models.CASCADE)
    theme = models.ForeignKey("engagement.Theme", verbose_name=_("theme"), on_delete=models.CASCADE, related_name="+")
    mentions = models.PositiveIntegerField(_("mentions"), default=0, help_text=_("How many people raised it."))
    quote = models.TextField(_("representative quote"), blank=True, max_length=1000)

    panels = [FieldRowPanel([FieldPanel("theme"), FieldPanel("mentions")]), FieldPanel("quote")]
    translatable_fields = [TranslatableField("theme"), SynchronizedField("mentions"), TranslatableField("quote")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("session theme")
        verbose_name_plural = _("session themes")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waitlist")
    CANCELLED = "cancelled", _("Cancelled")


def new_manage_token():
    return secrets.token_urlsafe(32)


def new_checkin_code():
    return "".join(secrets.choice(CHECKIN_CODE_ALPHABET) for _ in range(CHECKIN_CODE_LENGTH))


class RegistrationQuerySet(models.QuerySet):
    def holding_seats(self):
        """Registrations that count against the seats (walk-ins came anyway: they are counted apart)."""
        return self.filter(status=RegistrationStatus.CONFIRMED, walk_in=False)

    def waiting(self):
        return self.filter(status=RegistrationStatus.WAITLISTED).order_by("created_at", "pk")

    def active(self):
        return self.exclude(status=RegistrationStatus.CANCELLED)

    def for_person(self, user):
        """A signed-in person's registrations: made while signed in, or with their verified address."""
        from allauth.account.models import EmailAddress

        emails = list(EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True))
        condition = Q(user=user)
        for email in emails:
            condition |= Q(email__iexact=email)
        return self.filter(condition)


class ListeningRegistration(models.Model):
    """One person's place (or place in line) at a session; no account needed."""

    session = models.ForeignKey(
        ListeningSessionPage, verbose_name=_("session"), on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(_("status"), max_length=20, choices=RegistrationStatus.choices)
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"), blank=True, max_length=254)
    phone = models.CharField(_("mobile number"), blank=True, max_length=30)
    language = models.CharField(_("preferred language"), max_length=10, choices=settings.LANGUAGES)
    interpretation_language = models.CharField(
        _("interpretation needed"), max_length=10, blank=True, choices=SpokenLanguage.choices
    )
    children_ages = models.JSONField(_("ages of children needing childcare"), default=list, blank=True)
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True, max_length=1000)
    connection = models.CharField(_("connected as"), max_length=20, choices=Connection.choices)
    consent_to_contact = models.BooleanField(_("may be contacted again"), default=False)
    walk_in = models.BooleanField(_("walk-in"), default=False)

    manage_token = models.CharField(max_length=64, unique=True, default=new_manage_token, editable=False)
    checkin_code = models.CharField(_("check-in code"), max_length=12, editable=False)
    submission_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    created_at = models.DateTimeField(_("registered"), default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    promoted_at = models.DateTimeField(_("moved off the waitlist"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    summary_sent_at = models.DateTimeField(_("told of the summary"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("listening-session registration")
        verbose_name_plural = _("listening-session registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["session", "checkin_code"], name="listening_unique_checkin_code"),
        ]
        indexes = [models.Index(fields=["session", "status"], name="listening_session_status")]

    def __str__(self):
        return self.name

    @property
    def children_count(self):
        return len(self.children_ages)

    @property
    def is_confirmed(self):
        return self.status == RegistrationStatus.CONFIRMED

    @property
    def is_waitlisted(self):
        return self.status == RegistrationStatus.WAITLISTED

    @property
    def is_cancelled(self):
        return self.status == RegistrationStatus.CANCELLED

    def session_in_language(self, language=None):
        """The session's version in ``language`` (the registrant's by default), else its source."""
        from wagtail.models import Locale

        language = language or self.language
        locale = Locale.objects.filter(language_code=language).first()
        if locale is not None:
            translated = (
                ListeningSessionPage.objects.live()
                .filter(translation_key=self.session.translation_key, locale=locale)
                .first()
            )
            if translated is not None:
                return translated
        return self.session


__all__ = [
    "Connection",
    "ListeningRegistration",
    "ListeningSessionIndexPage",
    "ListeningSessionPage",
    "RegistrationStatus",
    "SessionFormat",
    "SessionTheme",
]
