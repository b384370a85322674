"""Community partners and the community compact.

``CommunityPartner`` is the Organizers' own record of the organisations the union works with: who
to call, what status the relationship has (proposed, vetted, partner), and the history of that
status. Internal records, never translated and never shown on the public site.

``CompactPage`` presents the community compact; organisations and individuals sign it on the page.
A ``CompactSignature`` belongs to the compact's ``translation_key`` (``compact_key``), so a Spanish
and an English signer count together; it counts once its e-mail address is verified.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.choices import SpokenLanguage

from .mentoring import choice_list_field, labels

NAME_MAX_LENGTH = 150
NOTES_MAX_LENGTH = 4000
INTRO_FEATURES = ["bold", "italic", "link", "ol", "ul"]


# Community partners


class PartnerKind(models.TextChoices):
    PARENT_GROUP = "parent-group", _("Parent or family group")
    FAITH = "faith", _("Faith community")
    NEIGHBOURHOOD = "neighbourhood", _("Neighbourhood association")
    YOUTH = "youth", _("Youth organisation")
    ADVOCACY = "advocacy", _("Advocacy group")
    LABOUR = "labour", _("Labour union")
    OTHER = "other", _("Other")


class PartnerStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    VETTED = "vetted", _("Vetted")
    PARTNER = "partner", _("Partner")


class CommunityPartner(models.Model):
    """An organisation the union works with or may work with; for Organizers only."""

    name = models.CharField(_("organisation"), max_length=NAME_MAX_LENGTH)
    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices, default=PartnerKind.OTHER)
    neighbourhood = models.CharField(_("neighbourhood"), max_length=80, blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=NAME_MAX_LENGTH, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    languages = choice_list_field(
        _("languages it works in"), SpokenLanguage.choices, blank=True, help_text=_("The languages of its members.")
    )
    notes = models.TextField(_("notes"), blank=True, max_length=NOTES_MAX_LENGTH)
    status = models.CharField(
        _("status"), max_length=20, choices=PartnerStatus.choices, default=PartnerStatus.PROPOSED, db_index=True
    )
    status_changed_at = models.DateTimeField(_("status changed"), default=timezone.now, editable=False)
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("status changed by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("added"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("community partner")
        verbose_name_plural = _("community partners")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def language_labels(self):
        return labels(SpokenLanguage.choices, self.languages)


class PartnerStatusChange(models.Model):
    """One change of a partner's status: what it became, who changed it, when."""

    partner = models.ForeignKey(
        CommunityPartner, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(_("from"), max_length=20, choices=PartnerStatus.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=PartnerStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        verbose_name = _("partner status change")
        verbose_name_plural = _("partner status changes")
        ordering = ["-changed_at", "-pk"]

    def __str__(self):
        return f"{self.partner_id}: {self.from_status or '-'} → {self.to_status}"


# The compact


class CompactPage(RoutablePageMixin, Page):
    """The community compact in one language, with its sign-on form; signatures pool across languages."""

    intro = RichTextField(_("introduction"), blank=True, features=INTRO_FEATURES)
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("the compact"),
        blank=True,
        help_text=_("The text of the compact and the commitments it asks for."),
    )
    thank_you = RichTextField(
        _("message after verification"),
        blank=True,
        features=INTRO_FEATURES,
        help_text=_("Shown when a signer has confirmed their e-mail address."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body"), FieldPanel("thank_you")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    template = "engagement/compact/compact_page.html"

    class Meta:
        verbose_name = _("community compact page")

    @property
    def compact_key(self):
        """What every language version's signatures are filed under."""
        return self.translation_key

    # The views live in engagement/compact/views.py; the page only routes to them.
    @path("")
    def sign(self, request):
        from engagement.compact.views import compact_page

        return compact_page(request, self)

    @path("check-your-email/")
    def check_your_email(self, request):
        from engagement.compact.views import check_your_email

        return check_your_email(request, self)


class SignerKind(models.TextChoices):
    ORGANISATION = "organisation", _("As an organisation")
    INDIVIDUAL = "individual", _("As an individual")


class CompactSignatureQuerySet(models.QuerySet):
    def verified(self):
        return self.filter(verified_at__isnull=False)

    def for_compact(self, page):
        return self.filter(compact_key=page.compact_key)

    def listed(self):
        """Verified signatures whose signer agreed to be shown on the page."""
        return self.verified().filter(show_publicly=True)


class CompactSignature(models.Model):
    """One organisation's or one person's signature of the compact, in the language they signed in.

    One per e-mail address and compact (the address is stored in lower case): signing again sends
    the verification again instead of counting twice.
    """

    compact_key = models.UUIDField(_("compact"))
    compact_page = models.ForeignKey(
        CompactPage, verbose_name=_("language version"), null=True, blank=True, on_delete=models.SET_NULL
    )
    kind = models.CharField(_("signing"), max_length=20, choices=SignerKind.choices)
    organisation_name = models.CharField(_("organisation"), max_length=NAME_MAX_LENGTH, blank=True)
    name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH)
    email = models.EmailField(_("e-mail"))
    neighbourhood = models.CharField(_("neighbourhood"), max_length=80, blank=True)
    show_publicly = models.BooleanField(
        _("shown on the page"),
        default=False,
        help_text=_("The organisation agreed to be listed, or the person to show their name."),
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    signed_at = models.DateTimeField(_("signed"), default=timezone.now)
    verification_sent_at = models.DateTimeField(_("verification sent"), null=True, blank=True)
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True, db_index=True)
    # Changes with every verification e-mail, and is part of the link's signed value: only the
    # newest link works, and a signature erased and made again cannot be verified by an old link.
    verification_nonce = models.UUIDField(default=uuid.uuid4, editable=False)
    partner = models.ForeignKey(
        CommunityPartner,
        verbose_name=_("community partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="signatures",
        help_text=_("The partner record of an organisation that signed."),
    )

    objects = CompactSignatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("compact signature")
        verbose_name_plural = _("compact signatures")
        ordering = ["-signed_at"]
        constraints = [
            models.UniqueConstraint(fields=["compact_key", "email"], name="one_compact_signature_per_email"),
            models.CheckConstraint(
                condition=~Q(kind="organisation") | ~Q(organisation_name=""),
                name="compact_organisation_has_a_name",
            ),
        ]
        indexes = [models.Index(fields=["compact_key", "verified_at"], name="compact_signature_verified")]

    def __str__(self):
        if self.kind == SignerKind.ORGANISATION:
            return self.organisation_name
        return self.name

    @property
    def is_verified(self):
        return self.verified_at is not None

    @property
    def public_name(self):
        """What the page shows of a listed signer: an organisation's name, a person's name."""
        return self.organisation_name if self.kind == SignerKind.ORGANISATION else self.name
