"""The retiree mentor network: mentor profiles, mentor requests, mentorships and their check-ins.

Retired educators offer their experience (a ``MentorProfile`` a Mentor coordinator approves);
early-career educators ask for help (a ``MentorRequest``); a coordinator proposes a mentor for a
request and the mentor accepts or declines (a ``Mentorship``, pending until then); either side
logs ``CheckIn``s while it runs. The rules that move these records from one state to the next live
in ``engagement.mentoring.services``; the ranking of mentors for a request in
``engagement.mentoring.matching``.

Multi-valued answers (subjects, grade bands, languages, expertise, formats) are JSON lists of
stable codes from ``home.choices`` or from the choices below, never translated labels, so that a
profile written in Portuguese matches a request written in English.
"""

import calendar
import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.choices import GradeBand, SpokenLanguage, Subject, choice_list_field, labels

# ChoiceListValidator, choice_list_field and labels live in home.choices; migrations and older imports
# still name them here.

# Limits a coordinator can count on; the forms and the database both hold them.
MAX_MENTEES = 5
MAX_HOURS_PER_MONTH = 40
MAX_YEARS_TAUGHT = 60
MIN_PLANNED_MONTHS = 1
MAX_PLANNED_MONTHS = 12
MAX_CHECKIN_MINUTES = 600
BIO_MAX_LENGTH = 1000
TEXT_MAX_LENGTH = 2000


class RoleHeld(models.TextChoices):
    """Jobs a retiree held in schools or in the union."""

    CLASSROOM_TEACHER = "classroom-teacher", _("Classroom teacher")
    SPECIAL_EDUCATOR = "special-educator", _("Special education teacher")
    DEPARTMENT_HEAD = "department-head", _("Department or grade-level lead")
    INSTRUCTIONAL_COACH = "instructional-coach", _("Instructional coach")
    MENTOR_TEACHER = "mentor-teacher", _("Mentor of new teachers")
    COUNSELOR = "counselor", _("School counselor")
    LIBRARIAN = "librarian", _("School librarian")
    ADMINISTRATOR = "administrator", _("Principal or assistant principal")
    UNION_REPRESENTATIVE = "union-representative", _("Union building representative")
    UNION_OFFICER = "union-officer", _("Union officer")


class Expertise(models.TextChoices):
    """What a mentor can help with, and what a new educator asks help with."""

    CLASSROOM_MANAGEMENT = "classroom-management", _("Classroom management")
    SPECIAL_EDUCATION = "special-education", _("Special education and IEPs")
    ENGLISH_LEARNERS = "english-learners", _("Teaching English learners")
    FAMILY_ENGAGEMENT = "family-engagement", _("Working with families")
    CURRICULUM = "curriculum", _("Curriculum and lesson planning")
    ASSESSMENT = "assessment", _("Assessment and grading")
    UNION_RIGHTS = "union-rights", _("Your rights under the contract")
    EVALUATION = "evaluation", _("Evaluation and licensure")
    WORKLOAD = "workload", _("Workload and avoiding burnout")
    CULTURALLY_RESPONSIVE = "culturally-responsive", _("Culturally responsive teaching")


class MeetingFormat(models.TextChoices):
    IN_PERSON = "in-person", _("In person")
    ONLINE = "online", _("Online")


class RequestedFormat(models.TextChoices):
    IN_PERSON = "in-person", _("In person")
    ONLINE = "online", _("Online")
    EITHER = "either", _("Either is fine")


class MeetingFrequency(models.TextChoices):
    WEEKLY = "weekly", _("Every week")
    FORTNIGHTLY = "fortnightly", _("Every two weeks")
    MONTHLY = "monthly", _("Once a month")


class MentorStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    PAUSED = "paused", _("Paused")
    DECLINED = "declined", _("Not approved")


class RequestStatus(models.TextChoices):
    OPEN = "open", _("Looking for a mentor")
    MATCHED = "matched", _("Matched")
    CLOSED = "closed", _("Closed")


class MentorshipStatus(models.TextChoices):
    PENDING = "pending", _("Proposed, waiting for the mentor")
    ACTIVE = "active", _("Active")
    DECLINED = "declined", _("Declined by the mentor")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


# A mentorship that takes one of the mentor's places: proposed or running.
LIVE_STATUSES = (MentorshipStatus.PENDING, MentorshipStatus.ACTIVE)


def add_months(day, months):
    """``day`` plus ``months`` calendar months, on the last day of the month where it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# Mentor profiles


class MentorProfileQuerySet(models.QuerySet):
    def recount_open_mentorships(self):
        """Store each mentor's count of mentorships proposed to them or running now (one UPDATE)."""
        live = (
            Mentorship.objects.filter(mentor=OuterRef("pk"), status__in=LIVE_STATUSES)
            .order_by()
            .values("mentor")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return self.update(open_mentorships=Coalesce(Subquery(live), Value(0)))

    def available(self):
        """Approved mentors with an active account and at least one place free."""
        return self.filter(
            status=MentorStatus.APPROVED, user__is_active=True, open_mentorships__lt=models.F("max_mentees")
        )

    def in_directory(self):
        """Approved mentors who chose to appear in the directory signed-in members see."""
        return self.filter(status=MentorStatus.APPROVED, in_directory=True, user__is_active=True)


class MentorProfile(models.Model):
    """A retired educator's offer to mentor, in their own words; a coordinator approves it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.CASCADE, related_name="mentor_profile"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=MentorStatus.choices, default=MentorStatus.PENDING, db_index=True
    )
    years_taught = models.PositiveSmallIntegerField(
        _("years in education"), validators=[MaxValueValidator(MAX_YEARS_TAUGHT)]
    )
    roles_held = choice_list_field(_("roles held"), RoleHeld.choices)
    subjects = choice_list_field(_("subjects"), Subject.choices)
    grade_bands = choice_list_field(_("grade bands"), GradeBand.choices)
    schools = models.ManyToManyField(
        "home.School",
        verbose_name=_("schools"),
        blank=True,
        related_name="mentors",
        help_text=_("Where you worked; mentees at the same or a nearby school are matched first."),
    )
    languages = choice_list_field(_("languages spoken"), SpokenLanguage.choices)
    expertise = choice_list_field(_("areas of expertise"), Expertise.choices)
    formats = choice_list_field(_("how you can help"), MeetingFormat.choices)
    hours_per_month = models.PositiveSmallIntegerField(
        _("hours a month"), validators=[MinValueValidator(1), MaxValueValidator(MAX_HOURS_PER_MONTH)]
    )
    max_mentees = models.PositiveSmallIntegerField(
        _("mentees at once"), default=1, validators=[MinValueValidator(1), MaxValueValidator(MAX_MENTEES)]
    )
    bio = models.TextField(_("short bio"), max_length=BIO_MAX_LENGTH)
    in_directory = models.BooleanField(
        _("show me in the retiree directory"),
        default=False,
        help_text=_("Signed-in members see your name, experience and bio; never your e-mail or phone."),
    )
    created_at = models.DateTimeField(_("signed up"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    review_note = models.TextField(_("note from the coordinator"), blank=True, max_length=TEXT_MAX_LENGTH)
    # Kept by Mentorship.save(): the matching reads it on every mentor, and a stored count is far
    # cheaper there than counting each mentor's mentorships again.
    open_mentorships = models.PositiveSmallIntegerField(_("mentorships proposed or running"), default=0, editable=False)

    objects = MentorProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("mentor profile")
        verbose_name_plural = _("mentor profiles")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(max_mentees__gte=1, max_mentees__lte=MAX_MENTEES), name="mentor_max_mentees_in_range"
            ),
            models.CheckConstraint(
                condition=Q(hours_per_month__gte=1, hours_per_month__lte=MAX_HOURS_PER_MONTH),
                name="mentor_hours_in_range",
            ),
        ]

    def __str__(self):
        return str(self.user)

    @property
    def is_available(self):
        return self.status == MentorStatus.APPROVED

    @property
    def remaining_places(self):
        return max(self.max_mentees - self.open_mentorships, 0)

    def subject_labels(self):
        return labels(Subject.choices, self.subjects)

    def grade_band_labels(self):
        return labels(GradeBand.choices, self.grade_bands)

    def language_labels(self):
        return labels(SpokenLanguage.choices, self.languages)

    def expertise_labels(self):
        return labels(Expertise.choices, self.expertise)

    def role_labels(self):
        return labels(RoleHeld.choices, self.roles_held)

    def format_labels(self):
        return labels(MeetingFormat.choices, self.formats)


# Requests


class MentorRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=RequestStatus.OPEN)


class MentorRequest(models.Model):
    """An early-career educator asking for a mentor."""

    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("educator"), on_delete=models.CASCADE, related_name="mentor_requests"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=RequestStatus.choices, default=RequestStatus.OPEN, db_index=True
    )
    help_with = choice_list_field(_("what you would like help with"), Expertise.choices)
    details = models.TextField(
        _("tell us more"),
        blank=True,
        max_length=TEXT_MAX_LENGTH,
        help_text=_("What is going well, what is hard, what you hope a mentor can do."),
    )
    subject = models.CharField(_("subject"), max_length=30, choices=Subject.choices)
    grade_band = models.CharField(_("grade band"), max_length=20, choices=GradeBand.choices)
    school = models.ForeignKey(
        "home.School",
        verbose_name=_("school"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentor_requests",
    )
    language = models.CharField(
        _("language for the mentoring"), max_length=10, choices=SpokenLanguage.choices, default=SpokenLanguage.ENGLISH
    )
    meeting_format = models.CharField(
        _("format"), max_length=20, choices=RequestedFormat.choices, default=RequestedFormat.EITHER
    )
    frequency = models.CharField(
        _("how often"), max_length=20, choices=MeetingFrequency.choices, default=MeetingFrequency.FORTNIGHTLY
    )
    created_at = models.DateTimeField(_("asked"), default=timezone.now)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    objects = MentorRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("mentor request")
        verbose_name_plural = _("mentor requests")
        ordering = ["-created_at"]
        constraints = [
            # One request at a time: a second click, or a second tab, cannot open another.
            models.UniqueConstraint(
                fields=["mentee"], condition=Q(status=RequestStatus.OPEN), name="one_open_mentor_request_per_mentee"
            ),
        ]

    def __str__(self):
        return _("%(person)s: %(subject)s, %(grade_band)s") % {
            "person": self.mentee,
            "subject": self.get_subject_display(),
            "grade_band": self.get_grade_band_display(),
        }

    def help_with_labels(self):
        return labels(Expertise.choices, self.help_with)


# Mentorships


class MentorshipQuerySet(models.QuerySet):
    def live(self):
        return self.filter(status__in=LIVE_STATUSES)

    def for_person(self, user):
        """Mentorships ``user`` is a side of, as mentor or as mentee."""
        return self.filter(Q(mentee=user) | Q(mentor__user=user))


class Mentorship(models.Model):
    """A mentor and a mentee: proposed (pending), then active, completed or cancelled; or declined.

    The mentor, the mentee and the request are emptied (not deleted) when one side erases their
    account, so that the other side keeps the check-ins they wrote (see ``engagement.mentoring.privacy``).
    """

    request = models.ForeignKey(
        MentorRequest,
        verbose_name=_("request"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentorships",
    )
    mentor = models.ForeignKey(
        MentorProfile,
        verbose_name=_("mentor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentorships",
    )
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("mentee"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentorships_as_mentee",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=MentorshipStatus.choices, default=MentorshipStatus.PENDING, db_index=True
    )
    planned_months = models.PositiveSmallIntegerField(
        _("planned length in months"),
        default=6,
        validators=[MinValueValidator(MIN_PLANNED_MONTHS), MaxValueValidator(MAX_PLANNED_MONTHS)],
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    proposed_at = models.DateTimeField(_("proposed"), default=timezone.now)
    responded_at = models.DateTimeField(_("answered"), null=True, blank=True)
    started_on = models.DateField(_("started"), null=True, blank=True)
    planned_end = models.DateField(_("planned end"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ended by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(
        _("reason"),
        blank=True,
        max_length=TEXT_MAX_LENGTH,
        help_text=_("Why the proposal was declined or the mentorship cancelled."),
    )

    objects = MentorshipQuerySet.as_manager()

    class Meta:
        verbose_name = _("mentorship")
        verbose_name_plural = _("mentorships")
        ordering = ["-proposed_at"]
        indexes = [models.Index(fields=["mentor", "status"], name="mentorship_mentor_status")]
        constraints = [
            # A request has at most one mentor at a time, proposed or running.
            models.UniqueConstraint(
                fields=["request"], condition=Q(status__in=LIVE_STATUSES), name="one_live_mentorship_per_request"
            ),
            models.CheckConstraint(
                condition=Q(planned_months__gte=MIN_PLANNED_MONTHS, planned_months__lte=MAX_PLANNED_MONTHS),
                name="mentorship_planned_months_in_range",
            ),
        ]

    def __str__(self):
        return _("%(mentor)s mentoring %(mentee)s") % {
            "mentor": self.mentor or _("a former mentor"),
            "mentee": self.mentee or _("a former mentee"),
        }

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # The mentor's stored count follows every change of status (see MentorProfile.open_mentorships).
        if self.mentor_id:
            MentorProfile.objects.filter(pk=self.mentor_id).recount_open_mentorships()

    def clean(self):
        super().clean()
        if self.started_on and self.planned_end:
            earliest = add_months(self.started_on, MIN_PLANNED_MONTHS)
            latest = add_months(self.started_on, MAX_PLANNED_MONTHS)
            if not earliest <= self.planned_end <= latest:
                raise ValidationError(
                    {"planned_end": _("A mentorship is planned for one to twelve months from its start.")}
                )

    @property
    def is_live(self):
        return self.status in LIVE_STATUSES

    def is_side(self, user):
        """Whether ``user`` is the mentor or the mentee of this mentorship."""
        if not user.is_authenticated:
            return False
        return self.mentee_id == user.pk or (self.mentor is not None and self.mentor.user_id == user.pk)

    def role_of(self, user):
        if self.mentee_id == user.pk:
            return "mentee"
        if self.mentor is not None and self.mentor.user_id == user.pk:
            return "mentor"
        return None

    def other_side(self, user):
        """The other person of the mentorship, seen from ``user``'s side (None once erased)."""
        if self.mentee_id == user.pk:
            return self.mentor.user if self.mentor else None
        return self.mentee


class CheckIn(models.Model):
    """A conversation between mentor and mentee, logged by one of them.

    The private note is for its author alone: the other side and the coordinators never see it.
    ``shared_to_portfolio`` lets the mentee show the check-in in their professional-learning
    portfolio (the learning app reads it).
    """

    mentorship = models.ForeignKey(
        Mentorship, verbose_name=_("mentorship"), on_delete=models.CASCADE, related_name="checkins"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("written by"), on_delete=models.CASCADE, related_name="mentor_checkins"
    )
    date = models.DateField(_("date"))
    minutes = models.PositiveSmallIntegerField(
        _("minutes"), validators=[MinValueValidator(1), MaxValueValidator(MAX_CHECKIN_MINUTES)]
    )
    topics = models.TextField(_("what you talked about"), max_length=TEXT_MAX_LENGTH)
    private_note = models.TextField(
        _("private note"),
        blank=True,
        max_length=TEXT_MAX_LENGTH,
        help_text=_("Only you will ever see this note."),
    )
    shared_to_portfolio = models.BooleanField(
        _("share to my professional-learning portfolio"),
        default=False,
        help_text=_("The date, the length and the topics appear in your portfolio; the private note never does."),
    )
    created_at = models.DateTimeField(_("logged"), default=timezone.now)
    # The form's one-time token: a second click on "Save" finds the first check-in instead of
    # making another.
    form_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")
        ordering = ["-date", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(minutes__gte=1, minutes__lte=MAX_CHECKIN_MINUTES), name="checkin_minutes_in_range"
            ),
        ]

    def __str__(self):
        return _("Check-in on %(date)s") % {"date": self.date}


# The invitation page


class MentorNetworkPage(Page):
    """Presents the mentor network: invites retirees to mentor and new educators to ask for one."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "engagement/mentoring/mentor_network_page.html"

    class Meta:
        verbose_name = _("mentor network page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        user = request.user
        if user.is_authenticated:
            context["my_mentor_profile"] = MentorProfile.objects.filter(user=user).first()
        return context
