"""Stakeholder surveys: the pages people answer, and the pooled responses staff read.

A survey is one page translated into every language; its language versions share a
``translation_key``, which is what responses are filed under (``survey_key``). Each answer names
its question by StreamField block id and its choice by code, so every language counts together.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from engagement.blocks import SurveyQuestionsBlock

INTRO_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class Audience(models.TextChoices):
    """Who is answering; asked on the survey or fixed by it."""

    FAMILY = "family", _("Parent, guardian or family member")
    STUDENT = "student", _("Student")
    EDUCATOR = "educator", _("Educator or school staff")
    COMMUNITY = "community", _("Community member")
    PARTNER = "partner", _("Community partner organisation")


class SurveyIndexPage(Page):
    """Lists the surveys that are open now, and the ones whose results are published."""

    intro = RichTextField(_("introduction"), blank=True, features=INTRO_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["engagement.SurveyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("survey index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        surveys = SurveyPage.objects.child_of(self).live().public().order_by("-first_published_at")
        context["open_surveys"] = [survey for survey in surveys if survey.is_open(now)]
        context["upcoming_surveys"] = [survey for survey in surveys if survey.has_not_opened(now)]
        context["closed_surveys"] = [
            survey
            for survey in surveys
            if survey.results_published and not survey.is_open(now) and not survey.has_not_opened(now)
        ]
        return context


class SurveyPage(RoutablePageMixin, Page):
    """A survey in one language; its questions are blocks, its answers pool across languages."""

    class AudienceMode(models.TextChoices):
        ASK = "ask", _("Ask who is answering")
        FIXED = "fixed", _("Everyone answering belongs to one audience")

    intro = RichTextField(_("introduction"), blank=True, features=INTRO_FEATURES)
    questions = StreamField(SurveyQuestionsBlock(), verbose_name=_("questions"), blank=True)
    thank_you = RichTextField(
        _("thank-you message"), blank=True, features=INTRO_FEATURES, help_text=_("Shown after someone submits.")
    )
    opens_at = models.DateTimeField(_("opens"), null=True, blank=True, help_text=_("Empty: open once published."))
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True, help_text=_("Empty: open until unpublished."))
    audience_mode = models.CharField(
        _("audience"), max_length=10, choices=AudienceMode.choices, default=AudienceMode.ASK
    )
    fixed_audience = models.CharField(
        _("fixed audience"),
        max_length=20,
        choices=Audience.choices,
        blank=True,
        help_text=_("Used when everyone answering belongs to one audience."),
    )
    ask_profile = models.BooleanField(
        _("ask profile questions"),
        default=True,
        help_text=_("Optional questions about school, grade band and neighbourhood, used to filter the results."),
    )
    collect_contact = models.BooleanField(
        _("ask for contact details"),
        default=False,
        help_text=_(
            "Offer people to leave their name and e-mail or phone, with their consent to be contacted again. "
            "Otherwise the survey is anonymous."
        ),
    )
    require_invitation = models.BooleanField(
        _("require an invitation code"),
        default=False,
        help_text=_("Only people with a code that staff generated can answer, each code once."),
    )
    results_published = models.BooleanField(
        _("results published"),
        default=False,
        help_text=_("Show the questions marked for publication on the public “What you told us” page."),
    )
    results_intro = RichTextField(_("results introduction"), blank=True, features=INTRO_FEATURES)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("questions"),
        FieldPanel("thank_you"),
        MultiFieldPanel(
            [FieldPanel("opens_at"), FieldPanel("closes_at")],
            heading=_("When people can answer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("audience_mode"),
                FieldPanel("fixed_audience"),
                FieldPanel("ask_profile"),
                FieldPanel("collect_contact"),
                FieldPanel("require_invitation"),
            ],
            heading=_("Who answers"),
        ),
        MultiFieldPanel(
            [FieldPanel("results_published"), FieldPanel("results_intro")],
            heading=_("Published results"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["engagement.SurveyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")

    # The views live in engagement/surveys/; the page only routes to them.
    @path("")
    def answer(self, request):
        from engagement.surveys.views import answer_survey

        return answer_survey(request, self)

    @path("thanks/")
    def thanks(self, request):
        from engagement.surveys.views import survey_thanks

        return survey_thanks(request, self)

    @path("results/")
    def published_results(self, request):
        from engagement.surveys.public_results import published_results

        return published_results(request, self)

    @property
    def survey_key(self):
        """What every language version's responses are filed under."""
        return self.translation_key

    def is_open(self, now=None):
        now = now or timezone.now()
        if self.opens_at and now < self.opens_at:
            return False
        return not (self.closes_at and now >= self.closes_at)

    def has_not_opened(self, now=None):
        return bool(self.opens_at and (now or timezone.now()) < self.opens_at)

    def question_blocks(self):
        """The blocks that ask something (not text sections or step breaks), in order."""
        return [child for child in self.questions if child.block_type not in ("section", "step")]

    def clean(self):
        super().clean()
        if self.audience_mode == self.AudienceMode.FIXED and not self.fixed_audience:
            raise ValidationError({"fixed_audience": _("Choose the audience everyone answering belongs to.")})
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The survey must close after it opens.")})
        fill_missing_codes(self.questions)
        errors = condition_errors(self.questions)
        if errors:
            raise ValidationError({"questions": errors})


def _unique_code(base, taken):
    code = (slugify(base)[:40] or "item").strip("-") or "item"
    candidate, number = code, 2
    while candidate in taken:
        candidate, number = f"{code}-{number}", number + 1
    taken.add(candidate)
    return candidate


def fill_missing_codes(stream):
    """Give every question and choice without a code one made from its English text.

    Translations copy codes from the source, so this only ever writes on the source page.
    """
    question_codes = {child.value["code"] for child in stream if child.value.get("code")}
    for child in stream:
        value = child.value
        if child.block_type in ("section", "step"):
            continue
        if not value.get("code"):
            value["code"] = _unique_code(value["question"], question_codes)
        for list_name in ("choices", "rows", "columns"):
            options = value.get(list_name)
            if options is None:
                continue
            taken = {option["code"] for option in options if option.get("code")}
            for option in options:
                if not option.get("code"):
                    option["code"] = _unique_code(option["label"], taken)


def condition_errors(stream):
    """Conditions may only refer to a choice of an earlier choice question."""
    errors = []
    earlier = {}
    seen_codes = set()
    for position, child in enumerate(stream, start=1):
        value = child.value
        code = value.get("code")
        if code:
            if code in seen_codes:
                errors.append(
                    ValidationError(
                        _("Question %(position)s: the code “%(code)s” is used twice."),
                        params={"position": position, "code": code},
                    )
                )
            seen_codes.add(code)
        condition = value.get("condition")
        if condition and condition.get("question_code"):
            target = earlier.get(condition["question_code"])
            if target is None:
                errors.append(
                    ValidationError(
                        _("Question %(position)s: its condition must refer to the code of an earlier choice question."),
                        params={"position": position},
                    )
                )
            elif condition.get("choice_code") not in target:
                errors.append(
                    ValidationError(
                        _("Question %(position)s: “%(choice)s” is not a choice of that question."),
                        params={"position": position, "choice": condition.get("choice_code") or ""},
                    )
                )
        if child.block_type in ("single_choice", "multiple_choice") and code:
            earlier[code] = {option["code"] for option in value["choices"]}
        elif child.block_type == "rating" and code:
            earlier[code] = {str(point) for point in range(1, (value.get("scale_size") or 0) + 1)}
    return errors


class InvitationCode(models.Model):
    """A one-time code for a survey that only invited people may answer."""

    survey_key = models.UUIDField(_("survey"), db_index=True)
    code = models.CharField(_("code"), max_length=20, unique=True)
    label = models.CharField(
        _("note"), max_length=120, blank=True, help_text=_("For staff: who it was sent to or which batch.")
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    used_at = models.DateTimeField(_("used"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation code")
        verbose_name_plural = _("invitation codes")
        ordering = ["created_at", "code"]

    def __str__(self):
        return self.code


class SurveyResponse(models.Model):
    """One person's answers to a survey, in the language they answered in.

    Anonymous unless the survey asked for contact details and the person consented: no IP address,
    no account and no browser identifier is stored here (DESIGN.md, invariant 2).
    """

    class EntryMethod(models.TextChoices):
        ONLINE = "online", _("Online")
        PAPER = "paper", _("Paper form, entered by staff")
        PHONE = "phone", _("Phone call, entered by staff")
        IN_PERSON = "in-person", _("In person, entered by staff")

    survey_key = models.UUIDField(_("survey"))
    survey_page = models.ForeignKey(
        "engagement.SurveyPage", verbose_name=_("language version"), null=True, on_delete=models.SET_NULL
    )
    language = models.CharField(_("language answered in"), max_length=10, choices=settings.LANGUAGES)
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices, blank=True)
    school = models.ForeignKey(
        "home.School", verbose_name=_("school"), null=True, blank=True, on_delete=models.SET_NULL
    )
    grade_band = models.CharField(_("grade band"), max_length=20, blank=True)
    neighbourhood = models.CharField(_("neighbourhood"), max_length=80, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    entry_method = models.CharField(
        _("how it was entered"), max_length=20, choices=EntryMethod.choices, default=EntryMethod.ONLINE
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The staff member who typed in a paper or phone answer."),
    )
    # A fresh id put in the form when it is shown: the same form sent twice (a double click, a
    # resent request) hits this unique constraint instead of making a second response.
    submission_token = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    invitation = models.OneToOneField(
        InvitationCode, null=True, blank=True, on_delete=models.SET_NULL, related_name="response"
    )
    contact_name = models.CharField(_("name"), max_length=150, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=30, blank=True)
    consent_to_contact = models.BooleanField(_("agreed to be contacted again"), default=False)

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        ordering = ["-submitted_at"]
        indexes = [
            models.Index(fields=["survey_key", "submitted_at"], name="survey_response_by_date"),
            models.Index(fields=["survey_key", "language"], name="survey_response_by_language"),
            models.Index(fields=["survey_key", "school"], name="survey_response_by_school"),
        ]

    def __str__(self):
        return f"{self.survey_key} #{self.pk}"

    @property
    def names_a_person(self):
        return bool(self.contact_name or self.contact_email or self.contact_phone)


class SurveyAnswer(models.Model):
    """One answer to one question; a multiple choice, a ranking or a matrix gives one row per pick.

    The survey key is repeated here so that results are counted from this table and its indexes alone.
    """

    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    survey_key = models.UUIDField()
    question_id = models.CharField(max_length=64, help_text="The question's StreamField block id.")
    choice = models.CharField(
        max_length=64, blank=True, help_text="Choice code; a rating's point; a matrix column; empty for 'other'."
    )
    row = models.CharField(max_length=64, blank=True, help_text="A matrix row's code.")
    rank = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Position in a ranking, from 1.")
    number = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    date = models.DateField(null=True, blank=True)
    text = models.TextField(blank=True, help_text="An open answer, or the text of 'Other (please specify)'.")
    themes = models.ManyToManyField("engagement.Theme", blank=True, related_name="survey_answers")

    class Meta:
        verbose_name = _("survey answer")
        verbose_name_plural = _("survey answers")
        indexes = [
            models.Index(fields=["survey_key", "question_id", "choice"], name="survey_answer_by_choice"),
            models.Index(fields=["survey_key", "question_id", "row", "choice"], name="survey_answer_by_row"),
            models.Index(fields=["response", "question_id"], name="survey_answer_by_response"),
        ]

    def __str__(self):
        return f"{self.question_id}: {self.choice or self.text[:40]}"


class SurveyReceipt(models.Model):
    """That a browser has answered a survey, kept apart from the answers.

    The browser holds a random token in a cookie; only a digest of it is kept, with no link to the
    response, so a repeated submission is refused without the answers ever being traceable to it.
    """

    survey_key = models.UUIDField()
    token_digest = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["survey_key", "token_digest"], name="one_receipt_per_browser"),
        ]

    def __str__(self):
        return f"{self.survey_key} {self.created_at:%Y-%m-%d}"
