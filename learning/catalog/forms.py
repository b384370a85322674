"""Forms of the catalog: its filters, an educator's proposal, the closing reflection, attendance, review."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from home.choices import GradeBand, SpokenLanguage, Subject
from home.form_fields import CodeListField, TextField
from home.forms import validate_no_control_characters
from learning.models.catalog import (
    MAX_CAPACITY,
    MAX_CREDIT_AMOUNT,
    TEXT_MAX_LENGTH,
    AudienceRole,
    CreditType,
    Format,
    OfferingProposal,
)
from learning.standards import Standard, explanation

MAX_QUERY_LENGTH = 200


def _any(choices):
    return [("", _("Any"))] + list(choices)


class CatalogFilterForm(forms.Form):
    """The catalog's filters, read from GET parameters so that a filtered list is a link to share.

    Every field is optional; a value that is not valid is reported and left out of the filter.
    """

    q = forms.CharField(label=_("Search"), required=False, max_length=MAX_QUERY_LENGTH)
    format = forms.ChoiceField(label=_("Format"), required=False, choices=_any(Format.choices))
    standard = forms.ChoiceField(label=_("Standard"), required=False, choices=_any(Standard.choices))
    subject = forms.ChoiceField(label=_("Subject"), required=False, choices=_any(Subject.choices))
    grade_band = forms.ChoiceField(label=_("Grade band"), required=False, choices=_any(GradeBand.choices))
    language = forms.ChoiceField(
        label=_("Language of instruction"), required=False, choices=_any(SpokenLanguage.choices)
    )
    credit_type = forms.ChoiceField(label=_("Credit type"), required=False, choices=_any(CreditType.choices))
    date_from = forms.DateField(
        label=_("Meets on or after"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("Meets on or before"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean_q(self):
        value = self.cleaned_data["q"].strip()
        validate_no_control_characters(value)
        return value

    def filters(self):
        """The valid filters only: ``{name: value}`` without empty ones or ones with errors."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: value for name, value in cleaned.items() if value not in ("", None)}


class ProposalForm(forms.ModelForm):
    """An educator proposes an offering: what, for whom, which standards and how, when and where, credits."""

    title = forms.CharField(label=_("Title"), max_length=200, validators=[validate_no_control_characters])
    summary = TextField(
        label=_("Summary"), max_length=400, rows=3, help_text=_("One or two sentences for the catalog.")
    )
    description = TextField(
        label=_("Description"),
        max_length=TEXT_MAX_LENGTH,
        rows=8,
        required=False,
        help_text=_("What participants will do and take away. Plain text; leave an empty line between paragraphs."),
    )
    audience_roles = CodeListField(label=_("For whom"), choices=AudienceRole.choices, required=False)
    grade_bands = CodeListField(label=_("Grade bands"), choices=GradeBand.choices, required=False)
    subjects = CodeListField(label=_("Subjects"), choices=Subject.choices, required=False)
    schedule = TextField(
        label=_("Dates and place"),
        rows=4,
        help_text=_("When it would meet (dates and times), and where, or online."),
    )
    capacity = forms.IntegerField(
        label=_("Places"), min_value=1, max_value=MAX_CAPACITY, widget=forms.NumberInput(attrs={"inputmode": "numeric"})
    )
    credit_amount = forms.DecimalField(
        label=_("Credits"), min_value=Decimal("0"), max_value=MAX_CREDIT_AMOUNT, max_digits=5, decimal_places=2
    )

    class Meta:
        model = OfferingProposal
        fields = [
            "title",
            "format",
            "summary",
            "description",
            "audience_roles",
            "grade_bands",
            "subjects",
            "schedule",
            "capacity",
            "credit_type",
            "credit_amount",
            "language_of_instruction",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        chosen = self.instance.standards or {}
        # One tick box and one "how" box per standard of the resolution.
        for code, label in Standard.choices:
            self.fields[f"standard_{code}"] = forms.BooleanField(
                label=label, required=False, help_text=explanation(code), initial=code in chosen
            )
            self.fields[f"how_{code}"] = TextField(
                label=_("How it meets “%(standard)s”") % {"standard": label},
                max_length=600,
                rows=2,
                required=False,
                initial=chosen.get(code, ""),
            )

    def standard_rows(self):
        """(tick box, how box) per standard, for the template."""
        return [(self[f"standard_{code}"], self[f"how_{code}"]) for code in Standard.values]

    def clean(self):
        cleaned = super().clean()
        standards = {}
        for code in Standard.values:
            if cleaned.get(f"standard_{code}"):
                how = (cleaned.get(f"how_{code}") or "").strip()
                if not how:
                    self.add_error(f"how_{code}", _("Say how the offering meets this standard."))
                standards[code] = how
        if not standards:
            raise forms.ValidationError(_("Choose at least one of the six standards the offering meets."))
        cleaned["standards"] = standards
        return cleaned

    def save(self, commit=True):
        self.instance.standards = self.cleaned_data["standards"]
        return super().save(commit=commit)


class ReflectionForm(forms.Form):
    reflection = TextField(
        label=_("Closing reflection"),
        rows=8,
        help_text=_("What did you try in your practice, what changed, what will you do next?"),
    )


class AttendanceForm(forms.Form):
    """Who attended one session: a tick box per enrolled educator."""

    attended = forms.MultipleChoiceField(label=_("Attended"), required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, enrolments=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attended"].choices = [(str(enrolment.pk), str(enrolment.educator)) for enrolment in enrolments]


class ReviewForm(forms.Form):
    """What a Learning coordinator decides about a proposal."""

    APPROVE_DRAFT = "approve-draft"
    APPROVE_LIVE = "approve-live"
    REQUEST_CHANGES = "changes"
    DECLINE = "decline"

    decision = forms.ChoiceField(
        label=_("Decision"),
        widget=forms.RadioSelect,
        choices=[
            (APPROVE_DRAFT, _("Approve: make a draft offering to complete (sessions) before publishing")),
            (APPROVE_LIVE, _("Approve and publish it in the catalog now")),
            (REQUEST_CHANGES, _("Ask the educator for changes")),
            (DECLINE, _("Decline")),
        ],
    )
    note = TextField(
        label=_("Note to the educator"),
        required=False,
        rows=4,
        help_text=_("Sent by e-mail in their language. Required when you ask for changes."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == self.REQUEST_CHANGES and not (cleaned.get("note") or "").strip():
            self.add_error("note", _("Say what should change."))
        return cleaned
