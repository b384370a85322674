"""Models of the catalog: the catalog and offering pages, proposals, enrolment, attendance, certificates, credits.

An offering is one page translated into every language; its language versions share a
``translation_key``. Everything personal (enrolments, attendance, reflections, certificates) is
filed under the *original* language version of the page and its sessions (``OfferingPage.original``),
so that an educator who enrols on the Spanish page and one who enrols on the English page share one
roll, one capacity and one waitlist.

Multi-valued fields (audience roles, grade bands, subjects) are JSON lists of stable codes, as in the
mentor network; standards are inline rows, each with how the offering meets it, translated.
"""

import uuid
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.choices import GradeBand, SpokenLanguage, Subject, choice_list_field, labels
from learning.standards import Standard, explanation

DESCRIPTION_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]
TEXT_MAX_LENGTH = 4000
MAX_CAPACITY = 1000
MAX_CREDIT_AMOUNT = Decimal("999.99")


class Format(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    COURSE = "course", _("Course")
    STUDY_GROUP = "study-group", _("Study group or professional learning community")
    COACHING_CYCLE = "coaching-cycle", _("Coaching cycle")
    LAB_CLASSROOM = "lab-classroom", _("Lab classroom")
    CONFERENCE = "conference", _("Conference")


class AudienceRole(models.TextChoices):
    """Whom an offering is written for."""

    CLASSROOM_TEACHER = "classroom-teacher", _("Classroom teachers")
    NEW_EDUCATOR = "new-educator", _("Educators in their first three years")
    PARAPROFESSIONAL = "paraprofessional", _("Paraprofessionals")
    SPECIALIST = "specialist", _("Specialists (special education, English learners, reading)")
    STUDENT_SUPPORT = "student-support", _("Counselors, nurses, psychologists and social workers")
    TEACHER_LEADER = "teacher-leader", _("Coaches, mentors and teacher leaders")


class CreditType(models.TextChoices):
    """Credit types of the Common Education Data Standards' professional-development elements,
    narrowed to the ones Massachusetts licence renewal counts."""

    PDP = "pdp", _("Professional development points (PDPs)")
    HOURS = "hours", _("Hours")
    GRADUATE = "graduate", _("Graduate credits")


class CatalogPage(RoutablePageMixin, Page):
    """The professional-learning catalog: offerings, filtered and searched."""

    intro = RichTextField(_("introduction"), blank=True, features=DESCRIPTION_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["learning.OfferingPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("professional-learning catalog")

    # The views live in learning/catalog/; the page only routes to them.
    @path("")
    def catalog(self, request):
        from learning.catalog.views import catalog

        return catalog(request, self)


class OfferingPageForm(WagtailAdminPageForm):
    """The offering's lists of codes as tick boxes (they are JSON lists in the database)."""

    def __init__(self, *args, **kwargs):
        from home.form_fields import CodeListField

        super().__init__(*args, **kwargs)
        for name, choices in (
            ("audience_roles", AudienceRole.choices),
            ("grade_bands", GradeBand.choices),
            ("subjects", Subject.choices),
        ):
            if name in self.fields:
                old = self.fields[name]
                self.fields[name] = CodeListField(label=old.label, choices=choices, required=False)


class OfferingPage(RoutablePageMixin, Page):
    """A workshop, course, study group, coaching cycle, lab classroom or conference educators can join."""

    format = models.CharField(_("format"), max_length=20, choices=Format.choices, default=Format.WORKSHOP)
    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two sentences for the catalog."))
    description = RichTextField(_("description"), blank=True, features=DESCRIPTION_FEATURES)
    audience_roles = choice_list_field(_("for whom"), AudienceRole.choices, blank=True)
    grade_bands = choice_list_field(_("grade bands"), GradeBand.choices, blank=True)
    subjects = choice_list_field(_("subjects"), Subject.choices, blank=True)
    facilitators = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitators"),
        blank=True,
        related_name="facilitated_offerings",
        help_text=_("The educators who lead it; they take attendance."),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), default=25, validators=[MinValueValidator(1), MaxValueValidator(MAX_CAPACITY)]
    )
    credit_type = models.CharField(_("credit type"), max_length=10, choices=CreditType.choices, default=CreditType.PDP)
    credit_amount = models.DecimalField(
        _("credits"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(MAX_CREDIT_AMOUNT)],
    )
    cost = models.DecimalField(
        _("cost (US dollars)"),
        max_digits=7,
        decimal_places=2,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("0 for free."),
    )
    language_of_instruction = models.CharField(
        _("language of instruction"), max_length=10, choices=SpokenLanguage.choices, default=SpokenLanguage.ENGLISH
    )
    min_sessions_attended = models.PositiveSmallIntegerField(
        _("sessions to attend"),
        default=1,
        help_text=_("How many sessions an educator must attend to complete it."),
    )
    reflection_required = models.BooleanField(
        _("closing reflection required"),
        default=True,
        help_text=_("An educator completes it only after writing a closing reflection."),
    )
    enrolment_open = models.BooleanField(_("enrolment open"), default=True)

    content_panels = Page.content_panels + [
        FieldPanel("format"),
        FieldPanel("summary"),
        FieldPanel("description"),
        InlinePanel("standards", label=_("Standards it meets"), min_num=1),
        MultiFieldPanel(
            [FieldPanel("audience_roles"), FieldPanel("grade_bands"), FieldPanel("subjects")],
            heading=_("For whom"),
        ),
        FieldPanel("facilitators"),
        InlinePanel("sessions", label=_("Sessions")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("enrolment_open")]),
                FieldRowPanel([FieldPanel("credit_type"), FieldPanel("credit_amount")]),
                FieldRowPanel([FieldPanel("cost"), FieldPanel("language_of_instruction")]),
            ],
            heading=_("Places and credits"),
        ),
        MultiFieldPanel(
            [FieldPanel("min_sessions_attended"), FieldPanel("reflection_required")],
            heading=_("Completion"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("format"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("description"),
        TranslatableField("standards"),
        TranslatableField("sessions"),
        SynchronizedField("format"),
        SynchronizedField("audience_roles"),
        SynchronizedField("grade_bands"),
        SynchronizedField("subjects"),
        SynchronizedField("facilitators"),
        SynchronizedField("capacity"),
        SynchronizedField("credit_type"),
        SynchronizedField("credit_amount"),
        SynchronizedField("cost"),
        SynchronizedField("language_of_instruction"),
        SynchronizedField("min_sessions_attended"),
        SynchronizedField("reflection_required"),
        SynchronizedField("enrolment_open"),
    ]
    parent_page_types = ["learning.CatalogPage"]
    subpage_types = []
    base_form_class = OfferingPageForm

    class Meta:
        verbose_name = _("professional-learning offering")
        verbose_name_plural = _("professional-learning offerings")

    # The views live in learning/catalog/; the page only routes to them.
    @path("")
    def detail(self, request):
        from learning.catalog.views import offering_detail

        return offering_detail(request, self)

    @path("enrol/")
    def enrol(self, request):
        from learning.catalog.views import enrol

        return enrol(request, self)

    @path("cancel/")
    def cancel(self, request):
        from learning.catalog.views import cancel_enrolment

        return cancel_enrolment(request, self)

    @path("reflection/")
    def reflection(self, request):
        from learning.catalog.views import closing_reflection

        return closing_reflection(request, self)

    @property
    def original(self):
        """The language version everything personal is filed under: the first one created."""
        if getattr(self, "_original", None) is None:
            first = OfferingPage.objects.filter(translation_key=self.translation_key).order_by("pk").first()
            self._original = first or self
        return self._original

    def audience_role_labels(self):
        return labels(AudienceRole.choices, self.audience_roles)

    def grade_band_labels(self):
        return labels(GradeBand.choices, self.grade_bands)

    def subject_labels(self):
        return labels(Subject.choices, self.subjects)

    def credit_label(self):
        return _("%(amount)s %(type)s") % {
            "amount": f"{self.credit_amount.normalize():f}",
            "type": self.get_credit_type_display(),
        }


class OfferingStandard(TranslatableMixin, Orderable):
    """One of the resolution's six standards an offering meets, and how it meets it."""

    page = ParentalKey(OfferingPage, related_name="standards", on_delete=models.CASCADE)
    standard = models.CharField(_("standard"), max_length=20, choices=Standard.choices)
    how = models.TextField(_("how it meets it"), max_length=600, blank=True)

    panels = [FieldPanel("standard"), FieldPanel("how")]
    translatable_fields = [TranslatableField("how"), SynchronizedField("standard")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("standard met")
        verbose_name_plural = _("standards met")

    def explanation(self):
        return explanation(self.standard)


class OfferingSession(TranslatableMixin, Orderable):
    """One meeting of an offering: when, and where or online."""

    page = ParentalKey(OfferingPage, related_name="sessions", on_delete=models.CASCADE)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(_("place"), max_length=200, blank=True, help_text=_("Empty when it is online."))
    online = models.BooleanField(_("online"), default=False)

    panels = [
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldRowPanel([FieldPanel("place"), FieldPanel("online")]),
    ]
    translatable_fields = [
        TranslatableField("place"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("online"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        return timezone.localtime(self.starts_at).strftime("%Y-%m-%d %H:%M") if self.starts_at else ""


# Proposals from educators


class ProposalStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Waiting for review")
    CHANGES_REQUESTED = "changes", _("Changes requested")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")


class OfferingProposal(models.Model):
    """An offering an educator proposes; a Learning coordinator reviews it and approves it into the catalog."""

    proposer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        on_delete=models.CASCADE,
        related_name="offering_proposals",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=ProposalStatus.choices, default=ProposalStatus.SUBMITTED, db_index=True
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, default="en")
    title = models.CharField(_("title"), max_length=200)
    format = models.CharField(_("format"), max_length=20, choices=Format.choices)
    summary = models.TextField(_("summary"), max_length=400)
    description = models.TextField(_("description"), max_length=TEXT_MAX_LENGTH, blank=True)
    # {standard code: how the offering meets it}
    standards = models.JSONField(_("standards it meets"), default=dict, blank=True)
    audience_roles = choice_list_field(_("for whom"), AudienceRole.choices, blank=True)
    grade_bands = choice_list_field(_("grade bands"), GradeBand.choices, blank=True)
    subjects = choice_list_field(_("subjects"), Subject.choices, blank=True)
    schedule = models.TextField(
        _("dates and place"), max_length=TEXT_MAX_LENGTH, help_text=_("When and where it would meet, or online.")
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), default=25, validators=[MinValueValidator(1), MaxValueValidator(MAX_CAPACITY)]
    )
    credit_type = models.CharField(_("credit type"), max_length=10, choices=CreditType.choices, default=CreditType.PDP)
    credit_amount = models.DecimalField(
        _("credits"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(MAX_CREDIT_AMOUNT)],
    )
    language_of_instruction = models.CharField(
        _("language of instruction"), max_length=10, choices=SpokenLanguage.choices, default=SpokenLanguage.ENGLISH
    )
    review_note = models.TextField(
        _("note to the educator"),
        max_length=TEXT_MAX_LENGTH,
        blank=True,
        help_text=_("What to change, or why it was declined; sent by e-mail."),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    offering = models.ForeignKey(
        OfferingPage,
        verbose_name=_("offering"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    created_at = models.DateTimeField(_("proposed"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("offering proposal")
        verbose_name_plural = _("offering proposals")
        ordering = ["-updated_at"]

    def __str__(self):
        return self.title

    @property
    def editable_by_proposer(self):
        return self.status in (ProposalStatus.SUBMITTED, ProposalStatus.CHANGES_REQUESTED)


# Enrolment, attendance, completion


class EnrolmentStatus(models.TextChoices):
    ENROLLED = "enrolled", _("Enrolled")
    WAITLISTED = "waitlisted", _("On the waitlist")
    CANCELLED = "cancelled", _("Cancelled")
    COMPLETED = "completed", _("Completed")


ACTIVE_STATUSES = (EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED)


class Enrolment(models.Model):
    """An educator's place (or place in line) in an offering, filed under its original language version."""

    offering = models.ForeignKey(
        OfferingPage, verbose_name=_("offering"), on_delete=models.CASCADE, related_name="enrolments"
    )
    educator = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("educator"), on_delete=models.CASCADE, related_name="enrolments"
    )
    status = models.CharField(_("status"), max_length=12, choices=EnrolmentStatus.choices, db_index=True)
    reflection = models.TextField(_("closing reflection"), max_length=TEXT_MAX_LENGTH, blank=True)
    reflected_at = models.DateTimeField(_("reflection written"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    created_at = models.DateTimeField(_("enrolled"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["created_at", "pk"]
        constraints = [
            # One row per educator and offering; cancelling and coming back reuses it.
            models.UniqueConstraint(fields=["offering", "educator"], name="catalog_one_enrolment_per_offering"),
        ]

    def __str__(self):
        return f"{self.educator} – {self.offering}"


class Attendance(models.Model):
    """That an educator attended one session (a row exists only when they did)."""

    enrolment = models.ForeignKey(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.CASCADE, related_name="attendance"
    )
    session = models.ForeignKey(
        OfferingSession, verbose_name=_("session"), on_delete=models.CASCADE, related_name="attendance"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recorded by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [models.UniqueConstraint(fields=["enrolment", "session"], name="catalog_attended_once")]

    def __str__(self):
        return f"{self.enrolment_id} @ {self.session_id}"


class Certificate(models.Model):
    """Proof of a completed offering; its code is signed and looked up, so it cannot be made up."""

    enrolment = models.OneToOneField(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.CASCADE, related_name="certificate"
    )
    number = models.UUIDField(_("number"), default=uuid.uuid4, unique=True, editable=False)
    # Frozen at issue: a later change to the offering's credits does not rewrite a certificate.
    credit_type = models.CharField(_("credit type"), max_length=10, choices=CreditType.choices)
    credit_amount = models.DecimalField(_("credits"), max_digits=5, decimal_places=2)
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    revoked = models.BooleanField(_("revoked"), default=False)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]

    def __str__(self):
        return str(self.number)

    @property
    def code(self):
        from learning.catalog.certificates import sign_code

        return sign_code(self.number)


class CreditCycle(models.Model):
    """When an educator's licence-renewal cycle started, if not the default."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("educator"), on_delete=models.CASCADE, related_name="credit_cycle"
    )
    starts_on = models.DateField(_("renewal cycle starts"))

    class Meta:
        verbose_name = _("licence-renewal cycle")
        verbose_name_plural = _("licence-renewal cycles")

    def __str__(self):
        return f"{self.user} – {self.starts_on}"


__all__ = [
    "ACTIVE_STATUSES",
    "Attendance",
    "AudienceRole",
    "CatalogPage",
    "Certificate",
    "CreditCycle",
    "CreditType",
    "Enrolment",
    "EnrolmentStatus",
    "Format",
    "OfferingPage",
    "OfferingProposal",
    "OfferingSession",
    "OfferingStandard",
    "ProposalStatus",
]
