"""Models of portfolios: entries, evidence, collections, sharing, comments, stored PDFs.

An educator's portfolio is the entries they write (what they learned, when, what it shows) with
their evidence (photos, documents, recordings, links), gathered into collections that tell a
story of growth. Each entry and each collection is shared on its own (``Visibility``): kept
private, shown to colleagues (any signed-in member), to whoever has a secret link until it
expires, or to everyone. Who may see what is decided in ``learning.portfolios.access``; files are
only ever served through a view that asks it.

Standards are stored as the codes of ``learning.standards.Standard``, never as translated labels.
"""

import secrets
import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.choices import Subject, choice_list_field, labels
from learning.standards import Standard

TITLE_MAX_LENGTH = 200
REFLECTION_MAX_LENGTH = 20000
COMMENT_MAX_LENGTH = 2000
DESCRIPTION_MAX_LENGTH = 2000
MAX_HOURS = 1000


class Visibility(models.TextChoices):
    PRIVATE = "private", _("Only me")
    COLLEAGUES = "colleagues", _("Colleagues (signed-in members)")
    LINK = "link", _("Anyone with a secret link, until it expires")
    PUBLIC = "public", _("Everyone")


def new_share_token():
    """43 URL-safe characters (256 bits): not guessable, not enumerable."""
    return secrets.token_urlsafe(32)


class Shared(models.Model):
    """What an entry and a collection share: their owner and how they are shared."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("owner"), on_delete=models.CASCADE)
    visibility = models.CharField(
        _("who can see it"), max_length=20, choices=Visibility.choices, default=Visibility.PRIVATE, db_index=True
    )
    share_token = models.CharField(_("secret link"), max_length=64, unique=True, null=True, blank=True, editable=False)
    link_expires_on = models.DateField(
        _("the link works until"), null=True, blank=True, help_text=_("The last day the secret link works.")
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True

    @property
    def link_is_live(self):
        return (
            self.visibility == Visibility.LINK
            and bool(self.share_token)
            and self.link_expires_on is not None
            and self.link_expires_on >= timezone.localdate()
        )

    def is_owned_by(self, user):
        return user.is_authenticated and self.owner_id == user.pk


class SharedQuerySet(models.QuerySet):
    def visible_by_id_to(self, user):
        """Those ``user`` may open by their address: their own, colleagues' shares, public ones.

        Secret-link ones are reached only through their link (``with_live_link``).
        """
        shown = Q(visibility=Visibility.PUBLIC)
        if user.is_authenticated and user.is_active:
            shown |= Q(visibility=Visibility.COLLEAGUES) | Q(owner=user)
        return self.filter(shown)

    def shared_with(self, user):
        """What the gallery shows ``user``: what others chose to share with them (not secret links)."""
        visible = [Visibility.PUBLIC]
        if user.is_authenticated and user.is_active:
            visible.append(Visibility.COLLEAGUES)
        queryset = self.filter(visibility__in=visible, owner__is_active=True)
        if user.is_authenticated:
            queryset = queryset.exclude(owner=user)
        return queryset

    def with_live_link(self, token):
        return self.filter(
            visibility=Visibility.LINK, share_token=token, link_expires_on__gte=timezone.localdate()
        ).exclude(share_token__isnull=True)


class PortfolioEntry(Shared):
    """One thing an educator learned: when, what they reflect on it, what shows it, how long it took."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("owner"), on_delete=models.CASCADE, related_name="portfolio_entries"
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    date = models.DateField(_("date"), default=timezone.localdate)
    reflection = models.TextField(
        _("reflection"),
        blank=True,
        max_length=REFLECTION_MAX_LENGTH,
        help_text=_("Stored sanitised: only simple formatting (paragraphs, bold, italics, lists, links) is kept."),
    )
    language = models.CharField(
        _("written in"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("So that screen readers and the PDF read it in the right language."),
    )
    standards = choice_list_field(_("standards it shows"), Standard.choices, blank=True)
    subject = models.CharField(_("subject"), max_length=30, choices=Subject.choices, blank=True, db_index=True)
    hours = models.DecimalField(
        _("hours"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(MAX_HOURS)],
    )
    offering = models.ForeignKey(
        "learning.OfferingPage",
        verbose_name=_("professional learning"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="portfolio_entries",
    )
    mentorship = models.ForeignKey(
        "engagement.Mentorship",
        verbose_name=_("mentorship"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="portfolio_entries",
    )
    checkin = models.ForeignKey(
        "engagement.CheckIn",
        verbose_name=_("mentoring check-in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="portfolio_entries",
    )
    # The form's one-time token: a second click on "Save" finds the first entry.
    form_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    objects = SharedQuerySet.as_manager()

    class Meta:
        verbose_name = _("portfolio entry")
        verbose_name_plural = _("portfolio entries")
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["owner", "-date"], name="portfolio_entry_owner_date")]
        constraints = [
            models.CheckConstraint(condition=Q(hours__gte=0, hours__lte=MAX_HOURS), name="portfolio_entry_hours"),
        ]

    def __str__(self):
        return self.title

    def standard_labels(self):
        return labels(Standard.choices, self.standards)


class EvidenceKind(models.TextChoices):
    IMAGE = "image", _("Photo or image")
    PDF = "pdf", _("PDF")
    DOCUMENT = "document", _("Office document")
    AUDIO = "audio", _("Audio")
    VIDEO = "video", _("Video")
    LINK = "link", _("Link")


def evidence_upload_to(instance, filename):
    # A random name under a private prefix: nothing about the person or the file in the address,
    # and deployments can refuse to serve ``private/`` from the media URL.
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"private/portfolios/evidence/{uuid.uuid4().hex}.{extension}"


class Evidence(models.Model):
    """A file or a link that shows what an entry says. Files are checked and cleaned on upload
    (``learning.portfolios.evidence``)."""

    entry = models.ForeignKey(
        PortfolioEntry, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="evidence"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=EvidenceKind.choices)
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH, blank=True)
    file = models.FileField(_("file"), upload_to=evidence_upload_to, blank=True, max_length=255)
    # A photo's small copy, for galleries and lists on a phone (the full one opens on a click).
    thumbnail = models.FileField(_("small copy"), upload_to=evidence_upload_to, blank=True, max_length=255)
    url = models.URLField(_("address"), blank=True, max_length=2000)
    content_type = models.CharField(_("content type"), max_length=120, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(_("added"), default=timezone.now)

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind=EvidenceKind.LINK) & ~Q(url="")) | (~Q(kind=EvidenceKind.LINK) & ~Q(file="")),
                name="portfolio_evidence_file_or_link",
            ),
        ]

    def __str__(self):
        return self.title or self.get_kind_display()

    @property
    def is_image(self):
        return self.kind == EvidenceKind.IMAGE

    @property
    def is_file(self):
        return self.kind != EvidenceKind.LINK

    @property
    def extension(self):
        return self.file.name.rsplit(".", 1)[-1] if self.file else ""

    @property
    def download_name(self):
        stem = "".join(char for char in (self.title or self.kind) if char.isalnum() or char in " -_")[:60].strip()
        return f"{stem or self.kind}.{self.extension}"


class PortfolioCollection(Shared):
    """Entries gathered into a story of growth, in the order the educator chooses."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.CASCADE,
        related_name="portfolio_collections",
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    description = models.TextField(_("description"), blank=True, max_length=DESCRIPTION_MAX_LENGTH)
    entries = models.ManyToManyField(
        PortfolioEntry, through="CollectionItem", related_name="collections", verbose_name=_("entries")
    )

    objects = SharedQuerySet.as_manager()

    class Meta:
        verbose_name = _("portfolio collection")
        verbose_name_plural = _("portfolio collections")
        ordering = ["-updated_at", "-pk"]

    def __str__(self):
        return self.title


class CollectionItem(models.Model):
    collection = models.ForeignKey(PortfolioCollection, on_delete=models.CASCADE, related_name="items")
    entry = models.ForeignKey(PortfolioEntry, on_delete=models.CASCADE, related_name="collection_items")
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("entry in a collection")
        verbose_name_plural = _("entries in collections")
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["collection", "entry"], name="portfolio_collection_entry_once"),
        ]

    def __str__(self):
        return f"{self.collection} #{self.position}: {self.entry}"


class PortfolioComment(models.Model):
    """A colleague's comment on a shared entry or collection; the owner may hide it."""

    entry = models.ForeignKey(PortfolioEntry, null=True, blank=True, on_delete=models.CASCADE, related_name="comments")
    collection = models.ForeignKey(
        PortfolioCollection, null=True, blank=True, on_delete=models.CASCADE, related_name="comments"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        on_delete=models.CASCADE,
        related_name="portfolio_comments",
    )
    body = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH)
    hidden = models.BooleanField(_("hidden by the owner"), default=False)
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    form_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        verbose_name = _("portfolio comment")
        verbose_name_plural = _("portfolio comments")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(entry__isnull=False, collection__isnull=True)
                | Q(entry__isnull=True, collection__isnull=False),
                name="portfolio_comment_on_one_thing",
            ),
        ]

    def __str__(self):
        return _("Comment by %(author)s") % {"author": self.author}

    @property
    def subject(self):
        return self.entry or self.collection


class PDFStatus(models.TextChoices):
    PENDING = "pending", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Could not be made")


def pdf_upload_to(instance, filename):
    return f"private/portfolios/pdf/{uuid.uuid4().hex}.pdf"


class PortfolioPDF(models.Model):
    """A portfolio PDF built in the background, kept for its owner to download."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("owner"), on_delete=models.CASCADE, related_name="portfolio_pdfs"
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    # What it was made from: the same digest again means the stored file is still right.
    digest = models.CharField(max_length=64, db_index=True)
    status = models.CharField(_("status"), max_length=20, choices=PDFStatus.choices, default=PDFStatus.PENDING)
    file = models.FileField(_("file"), upload_to=pdf_upload_to, blank=True, max_length=255)
    entry_count = models.PositiveIntegerField(_("entries"), default=0)
    requested_at = models.DateTimeField(_("asked for"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("portfolio PDF")
        verbose_name_plural = _("portfolio PDFs")
        ordering = ["-requested_at", "-pk"]

    def __str__(self):
        return _("Portfolio PDF of %(owner)s") % {"owner": self.owner}
