"""The Action Team network: the member roster, captains and their lists, conversations, campaigns.

Each school or worksite has an Action Team: ``Captain``s, each keeping in touch with about ten
co-workers (``settings.ACTION_TEAM_LIST_SIZE``). The ``Member`` roster is imported from the union's
membership system (``engagement.network.roster``); ``Assignment`` rows keep who was on whose list
and when, while ``Member.captain`` says who is now, for fast lists. Captains log ``Conversation``s
with an ``AssessmentLevel`` from the union's own scale; in a ``Campaign`` they mark each person
(``Contact``), and the live view times how fast the tree reached everyone.

The rules that move these records live in ``engagement.network.services`` (captains, balancing,
conversations, marks) and ``engagement.network.campaigns`` (starting, reach timings).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

NAME_MAX_LENGTH = 150
NOTE_MAX_LENGTH = 500
MESSAGE_MAX_LENGTH = 1000


class UnionStatus(models.TextChoices):
    MEMBER = "member", _("Member")
    NON_MEMBER = "non-member", _("Not a member")
    ON_LEAVE = "on-leave", _("On leave")
    RETIRED = "retired", _("Retired")


class ContactMethod(models.TextChoices):
    IN_PERSON = "in-person", _("In person")
    PHONE = "phone", _("Phone")
    TEXT = "text", _("Text message")


class Outcome(models.TextChoices):
    """How a captain marks a person in a campaign."""

    REACHED = "reached", _("Reached")
    LEFT_MESSAGE = "left-message", _("Left a message")
    NO_ANSWER = "no-answer", _("No answer")
    WRONG_NUMBER = "wrong-number", _("Wrong number")
    DO_NOT_CONTACT = "do-not-contact", _("Does not want to be contacted")


# The person got the message: they count as reached in the timings. Someone who says "do not
# contact me" has heard it too; from then on, later campaigns leave them out.
REACHED_OUTCOMES = (Outcome.REACHED, Outcome.DO_NOT_CONTACT)


class CampaignKind(models.TextChoices):
    REAL = "real", _("Campaign")
    DRILL = "drill", _("Drill (a test of the tree's speed)")


class UndeletableQuerySet(models.QuerySet):
    def delete(self):
        raise ValidationError(_("Levels of the assessment scale can be added but never removed."), code="protected")


class AssessmentLevel(models.Model):
    """One level of the union's assessment scale (1 = leader ... 5 = opposed). Levels are added, never
    removed: conversations already logged keep their meaning."""

    value = models.PositiveSmallIntegerField(_("value"), unique=True)
    label = models.CharField(_("label"), max_length=80)
    description = models.CharField(_("description"), max_length=255, blank=True)

    objects = UndeletableQuerySet.as_manager()

    class Meta:
        verbose_name = _("assessment level")
        verbose_name_plural = _("assessment scale")
        ordering = ["value"]

    def __str__(self):
        return f"{self.value}. {self.label}"

    def delete(self, *args, **kwargs):
        raise ValidationError(_("Levels of the assessment scale can be added but never removed."), code="protected")


class Issue(models.Model):
    """A concern members raise (class size, safety...): tags on conversations and campaign marks."""

    name = models.CharField(_("name"), max_length=80, unique=True)

    class Meta:
        verbose_name = _("issue")
        verbose_name_plural = _("issues")
        ordering = ["name"]

    def __str__(self):
        return self.name


class OrganizerSchool(models.Model):
    """An Organizer looks after these schools: they see those members, captains and campaigns."""

    organizer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("organizer"),
        on_delete=models.CASCADE,
        related_name="organized_schools",
    )
    school = models.ForeignKey(
        "home.School", verbose_name=_("school or worksite"), on_delete=models.CASCADE, related_name="organizers"
    )

    class Meta:
        verbose_name = _("organizer's school")
        verbose_name_plural = _("organizers' schools")
        constraints = [models.UniqueConstraint(fields=["organizer", "school"], name="network_one_organizer_school")]

    def __str__(self):
        return f"{self.organizer} – {self.school}"


class Member(models.Model):
    """One person on the union's roster, as the membership system exports it."""

    member_id = models.CharField(_("member id"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH)
    school = models.ForeignKey(
        "home.School",
        verbose_name=_("school or worksite"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="roster",
    )
    job_role = models.CharField(_("role"), max_length=80, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True, db_index=True)
    language = models.CharField(
        _("preferred language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    union_status = models.CharField(
        _("union status"), max_length=20, choices=UnionStatus.choices, default=UnionStatus.MEMBER
    )
    department = models.CharField(_("department"), max_length=80, blank=True)
    shift = models.CharField(_("shift"), max_length=40, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="roster_member",
    )
    # Now on this captain's list (the Assignment rows keep the history).
    captain = models.ForeignKey(
        "Captain", verbose_name=_("captain"), null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )
    do_not_contact = models.BooleanField(_("does not want to be contacted"), default=False)
    do_not_contact_since = models.DateTimeField(_("does not want to be contacted since"), null=True, blank=True)
    created_at = models.DateTimeField(_("added"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("roster member")
        verbose_name_plural = _("roster")
        ordering = ["name", "pk"]
        indexes = [models.Index(fields=["school", "captain"], name="network_member_school_captain")]

    def __str__(self):
        return self.name


class Captain(models.Model):
    """A member who keeps in touch with about ten co-workers of their school's Action Team."""

    member = models.OneToOneField(Member, verbose_name=_("member"), on_delete=models.CASCADE, related_name="captaincy")
    school = models.ForeignKey(
        "home.School", verbose_name=_("school or worksite"), on_delete=models.CASCADE, related_name="captains"
    )
    is_active = models.BooleanField(_("active"), default=True)
    appointed_at = models.DateTimeField(_("appointed"), auto_now_add=True)
    appointed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("captain")
        verbose_name_plural = _("captains")
        ordering = ["school__name", "member__name", "pk"]

    def __str__(self):
        return str(self.member)


class Assignment(models.Model):
    """A member on a captain's list from ``started_at`` until ``ended_at`` (empty: still is)."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="assignments")
    captain = models.ForeignKey(Captain, on_delete=models.CASCADE, related_name="assignments")
    started_at = models.DateTimeField(_("from"))
    ended_at = models.DateTimeField(_("until"), null=True, blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["started_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["member"], condition=Q(ended_at__isnull=True), name="network_one_current_captain"
            )
        ]

    def __str__(self):
        return f"{self.member} → {self.captain}"


class Conversation(models.Model):
    """A captain's talk with a co-worker. The assessment is for Organizers' eyes only."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="conversations")
    captain = models.ForeignKey(Captain, null=True, blank=True, on_delete=models.SET_NULL, related_name="conversations")
    date = models.DateField(_("date"))
    method = models.CharField(_("how"), max_length=20, choices=ContactMethod.choices)
    assessment = models.ForeignKey(
        AssessmentLevel, verbose_name=_("assessment"), null=True, blank=True, on_delete=models.PROTECT
    )
    issues = models.ManyToManyField(Issue, verbose_name=_("issues raised"), blank=True, related_name="conversations")
    note = models.CharField(_("note"), max_length=NOTE_MAX_LENGTH, blank=True)
    follow_up = models.CharField(_("follow-up"), max_length=NOTE_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.member} ({self.date})"


class Campaign(models.Model):
    """A message to get through the tree fast, or a drill that only times the tree."""

    title = models.CharField(_("title"), max_length=150)
    kind = models.CharField(_("kind"), max_length=10, choices=CampaignKind.choices, default=CampaignKind.REAL)
    schools = models.ManyToManyField("home.School", verbose_name=_("schools and worksites"), related_name="+")
    script = models.TextField(_("script"), max_length=2000, blank=True)
    questions = models.TextField(_("questions to ask"), max_length=2000, blank=True)
    deadline = models.DateTimeField(_("deadline"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    @property
    def is_drill(self):
        return self.kind == CampaignKind.DRILL

    @property
    def is_running(self):
        return self.started_at is not None and self.closed_at is None


class CampaignMessage(models.Model):
    """The campaign's message in one language; each member gets theirs."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="messages")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    text = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["campaign", "language"], name="network_one_message_language")]

    def __str__(self):
        return f"{self.campaign} ({self.language})"


class Contact(models.Model):
    """A captain's mark for one person in one campaign; the last mark counts, the first reach is kept."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="contacts")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="contacts")
    captain = models.ForeignKey(Captain, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts")
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices)
    marked_at = models.DateTimeField(_("marked"))
    # When the person first got the message: what the reach timings count.
    reached_at = models.DateTimeField(null=True, blank=True)
    issues = models.ManyToManyField(Issue, verbose_name=_("issues raised"), blank=True, related_name="contacts")
    note = models.CharField(_("note"), max_length=NOTE_MAX_LENGTH, blank=True)

    class Meta:
        verbose_name = _("campaign contact")
        verbose_name_plural = _("campaign contacts")
        constraints = [models.UniqueConstraint(fields=["campaign", "member"], name="network_one_mark_per_campaign")]
        indexes = [models.Index(fields=["campaign", "reached_at"], name="network_contact_reached")]

    def __str__(self):
        return f"{self.member}: {self.get_outcome_display()}"


class RosterImport(models.Model):
    """An uploaded roster file: previewed first, applied once an Organizer confirms."""

    file_name = models.CharField(max_length=255)
    content = models.TextField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    applied_at = models.DateTimeField(null=True, blank=True)
    summary = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("roster import")
        verbose_name_plural = _("roster imports")
        ordering = ["-uploaded_at"]

    def __str__(self):
        return self.file_name
