"""Forms of the portfolio: entries with their evidence, sharing, collections, comments."""

import datetime
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from engagement.models.mentoring import CheckIn
from home.form_fields import CodeListField, TextField
from home.forms import validate_no_control_characters
from learning.models.catalog import ACTIVE_STATUSES, OfferingPage
from learning.models.portfolios import (
    COMMENT_MAX_LENGTH,
    DESCRIPTION_MAX_LENGTH,
    MAX_HOURS,
    REFLECTION_MAX_LENGTH,
    TITLE_MAX_LENGTH,
    PortfolioCollection,
    PortfolioEntry,
    Visibility,
)
from learning.portfolios import evidence as evidence_files
from learning.portfolios.services import validate_link_expiry
from learning.standards import Standard

MAX_FILES_AT_ONCE = 10


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class EvidenceFilesField(forms.FileField):
    """Several files at once (Django's documented pattern); each is checked in the form's clean."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(EvidenceFilesField, self).clean(item, initial) for item in data if item]
        return [super().clean(data, initial)] if data else []


class EvidenceFieldsMixin:
    """Files and a link, checked (and photos cleaned) before anything is saved."""

    def clean_files(self):
        uploads = self.cleaned_data.get("files") or []
        if len(uploads) > MAX_FILES_AT_ONCE:
            raise ValidationError(
                _("Add at most %(count)d files at a time."), code="too_many_files", params={"count": MAX_FILES_AT_ONCE}
            )
        cleaned, errors = [], []
        for upload in uploads:
            try:
                cleaned.append((evidence_files.clean_upload(upload), upload.name.rsplit(".", 1)[0]))
            except ValidationError as error:
                errors.extend(f"{upload.name}: {message}" for message in error.messages)
        if errors:
            raise ValidationError(errors)
        return cleaned

    def clean_link_url(self):
        url = self.cleaned_data.get("link_url", "")
        if url and not url.lower().startswith(("http://", "https://")):
            raise ValidationError(_("Give an address that starts with http:// or https://."), code="link_scheme")
        return url

    def evidence_link(self):
        url = self.cleaned_data.get("link_url")
        return (url, self.cleaned_data.get("link_title", "")) if url else None


def evidence_fields():
    return {
        "files": EvidenceFilesField(
            label=_("Files"),
            required=False,
            help_text=_(
                "Up to %(count)d at a time: photos, PDFs, office documents, audio or video. Photos are saved "
                "without their location."
            )
            % {"count": MAX_FILES_AT_ONCE},
        ),
        "link_url": forms.URLField(
            label=_("Link"),
            required=False,
            max_length=2000,
            assume_scheme="https",
            help_text=_("A video, a website, a shared folder."),
        ),
        "link_title": forms.CharField(
            label=_("What the link shows"),
            required=False,
            max_length=TITLE_MAX_LENGTH,
            validators=[validate_no_control_characters],
        ),
    }


class EntryForm(EvidenceFieldsMixin, forms.ModelForm):
    title = forms.CharField(label=_("Title"), max_length=TITLE_MAX_LENGTH, validators=[validate_no_control_characters])
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    reflection = TextField(
        label=_("Reflection"),
        required=False,
        max_length=REFLECTION_MAX_LENGTH,
        rows=10,
        help_text=_(
            "What you tried, what you noticed, what you will do next. The toolbar's buttons add bold, italics, "
            "lists, quotes and links (Ctrl+B and Ctrl+I work too). Without the toolbar, write plain text: a blank "
            "line starts a new paragraph."
        ),
    )
    standards = CodeListField(label=_("Standards it shows"), choices=Standard.choices, required=False)
    hours = forms.DecimalField(
        label=_("Hours"), required=False, min_value=0, max_value=MAX_HOURS, decimal_places=2, max_digits=6
    )
    form_token = forms.UUIDField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = PortfolioEntry
        fields = ["title", "date", "language", "reflection", "standards", "subject", "hours", "offering", "checkin"]

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.owner = owner
        self.fields.update(evidence_fields())
        if self.instance.pk is None:
            self.initial.setdefault("form_token", uuid.uuid4())
            self.initial.setdefault("date", timezone.localdate())
            self.initial.setdefault("language", getattr(owner, "preferred_language", "") or translation.get_language())
        else:
            del self.fields["form_token"]
        self.fields["offering"].queryset = (
            OfferingPage.objects.filter(enrolments__educator=owner, enrolments__status__in=ACTIVE_STATUSES)
            .distinct()
            .order_by("title")
        )
        self.fields["offering"].label = _("Professional learning it comes from")
        self.fields["checkin"].queryset = shared_checkins(owner)
        self.fields["checkin"].label = _("Mentoring check-in it comes from")
        self.fields["checkin"].help_text = _("Check-ins you shared to your portfolio from your mentoring.")
        self.fields["checkin"].label_from_instance = checkin_label

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date.year < 1950 or date > timezone.localdate() + datetime.timedelta(days=366):
            raise ValidationError(_("Give a date between 1950 and next year."), code="date_range")
        return date

    def save(self, commit=False):
        entry = super().save(commit=False)
        if self.instance._state.adding:
            entry.form_token = self.cleaned_data.get("form_token")
        entry.mentorship_id = entry.checkin.mentorship_id if entry.checkin else None
        return entry


def shared_checkins(owner):
    """The check-ins of ``owner``'s mentorships that the mentee (``owner``) shared to the portfolio."""
    return (
        CheckIn.objects.filter(mentorship__mentee=owner, shared_to_portfolio=True)
        .select_related("mentorship__mentor__user")
        .order_by("-date", "-pk")
    )


def checkin_label(checkin):
    return _("%(date)s: %(topics)s") % {"date": checkin.date.isoformat(), "topics": checkin.topics[:60]}


class EvidenceForm(EvidenceFieldsMixin, forms.Form):
    """More evidence for an entry: files, a link, or both."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(evidence_fields())

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("files") and not cleaned.get("link_url"):
            raise ValidationError(_("Choose a file or give a link."), code="nothing")
        return cleaned


class SharingForm(forms.Form):
    visibility = forms.ChoiceField(label=_("Who can see it"), choices=Visibility.choices, widget=forms.RadioSelect)
    link_expires_on = forms.DateField(
        label=_("The secret link works until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("The last day; after it, the link shows nothing. A year at most."),
    )
    new_link = forms.BooleanField(label=_("Make a new secret link (the old one stops working)"), required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("visibility") == Visibility.LINK:
            validate_link_expiry(cleaned.get("link_expires_on"))
        return cleaned


class CollectionForm(forms.ModelForm):
    title = forms.CharField(label=_("Title"), max_length=TITLE_MAX_LENGTH, validators=[validate_no_control_characters])
    description = TextField(label=_("Description"), required=False, max_length=DESCRIPTION_MAX_LENGTH, rows=4)
    chosen_entries = forms.ModelMultipleChoiceField(
        label=_("Entries in this collection"),
        queryset=PortfolioEntry.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("New entries go at the end; change their order on the collection's page."),
    )

    class Meta:
        model = PortfolioCollection
        fields = ["title", "description"]

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.owner = owner
        self.fields["chosen_entries"].queryset = PortfolioEntry.objects.filter(owner=owner).order_by("-date", "-pk")
        if self.instance.pk:
            self.initial["chosen_entries"] = list(self.instance.items.values_list("entry_id", flat=True))


class CommentForm(forms.Form):
    body = TextField(label=_("Your comment"), max_length=COMMENT_MAX_LENGTH, rows=3)
    form_token = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("form_token", uuid.uuid4())


class MoveForm(forms.Form):
    entry = forms.IntegerField()
    direction = forms.TypedChoiceField(choices=[("-1", "up"), ("1", "down")], coerce=int)
