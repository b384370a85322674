"""Forms of the Action Team network: captains' conversations and marks, the Organizers' roster
upload, campaigns and list moves."""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from engagement.models.network import (
    MESSAGE_MAX_LENGTH,
    NOTE_MAX_LENGTH,
    AssessmentLevel,
    Campaign,
    CampaignKind,
    Captain,
    ContactMethod,
    Conversation,
    Issue,
    Outcome,
)
from engagement.network.campaigns import languages_needed
from home.forms import validate_no_control_characters


def _no_control_characters_but_line_breaks(value):
    validate_no_control_characters(value.replace("\r", "").replace("\n", ""))


class NoteField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", NOTE_MAX_LENGTH)
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 2}))
        super().__init__(**kwargs)
        self.validators.append(_no_control_characters_but_line_breaks)


class ConversationForm(forms.ModelForm):
    """What a captain logs after talking with a co-worker. The assessment is written, never shown back."""

    note = NoteField(label=_("Short note"))
    follow_up = NoteField(label=_("Follow-up"), help_text=_("What you or an Organizer should do next, if anything."))
    issues = forms.ModelMultipleChoiceField(
        label=_("Issues raised"), queryset=Issue.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Conversation
        fields = ["date", "method", "assessment", "issues", "note", "follow_up"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"}), "method": forms.RadioSelect}
        labels = {"assessment": _("Where do they stand?")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["date"].initial = timezone.localdate()
        self.fields["assessment"].queryset = AssessmentLevel.objects.all()
        self.fields["assessment"].required = False
        self.fields["assessment"].help_text = _("Only Organizers see this.")
        self.fields["method"].choices = ContactMethod.choices  # a radio button for "none" would mean nothing
        if not Issue.objects.exists():
            del self.fields["issues"]  # the union has not listed any issues yet

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("A conversation cannot be in the future."))
        return date


class MarkForm(forms.Form):
    outcome = forms.ChoiceField(label=_("How did it go?"), choices=Outcome.choices, widget=forms.RadioSelect)
    note = NoteField(label=_("Issues or answers"), max_length=NOTE_MAX_LENGTH)
    issues = forms.ModelMultipleChoiceField(queryset=Issue.objects.all(), required=False)


class RosterUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Roster file (CSV)"),
        help_text=_(
            "Columns: member id, name, school, role, phone, email, preferred language, union status, and "
            "optionally department and shift. Save it from your spreadsheet as “CSV UTF-8”."
        ),
    )


class ConfirmImportForm(forms.Form):
    roster_import = forms.IntegerField(widget=forms.HiddenInput)


def _message_field_name(language):
    return f"message_{language.replace('-', '_')}"


class CampaignForm(forms.ModelForm):
    """A campaign: its message in each language the members prefer, a script, questions, a deadline."""

    class Meta:
        model = Campaign
        fields = ["title", "kind", "schools", "deadline", "script", "questions"]
        widgets = {
            "schools": forms.CheckboxSelectMultiple,
            "deadline": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        }

    def __init__(self, *args, schools, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["schools"].queryset = schools
        # Schools of the campaign that this Organizer does not look after: not shown, and kept.
        self.schools_elsewhere = list(self.instance.schools.exclude(pk__in=schools)) if self.instance.pk else []
        if self.instance.started_at:
            # Captains are calling these people already, and the timings count from the start.
            del self.fields["schools"]
            self.fields["kind"].disabled = True
            self.fields["kind"].help_text = _("It cannot change once the campaign has started.")
        self.fields["deadline"].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        existing = (
            {message.language: message.text for message in self.instance.messages.all()} if self.instance.pk else {}
        )
        for code, name in settings.LANGUAGES:
            self.fields[_message_field_name(code)] = forms.CharField(
                label=_("Message in %(language)s") % {"language": name},
                required=False,
                max_length=MESSAGE_MAX_LENGTH,
                initial=existing.get(code, ""),
                widget=forms.Textarea(attrs={"rows": 3}),
                validators=[_no_control_characters_but_line_breaks],
            )

    def message_fields(self):
        return [self[_message_field_name(code)] for code, _name in settings.LANGUAGES]

    def messages(self):
        return {
            code: self.cleaned_data.get(_message_field_name(code), "").strip() for code, _name in settings.LANGUAGES
        }

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        if deadline <= timezone.now() and not self.instance.started_at:
            raise forms.ValidationError(_("The deadline must be in the future."))
        return deadline

    def campaign_schools(self):
        """The schools the campaign will reach (call after is_valid())."""
        if "schools" not in self.fields:
            return list(self.instance.schools.all())
        return [*self.cleaned_data.get("schools", []), *self.schools_elsewhere]

    def _save_m2m(self):
        super()._save_m2m()
        if "schools" in self.fields and self.schools_elsewhere:
            self.instance.schools.add(*self.schools_elsewhere)

    def clean(self):
        cleaned = super().clean()
        schools = self.campaign_schools()
        if cleaned.get("kind") == CampaignKind.REAL and schools:
            texts = self.messages()
            names = dict(settings.LANGUAGES)
            for language in sorted(languages_needed(schools)):
                if not texts.get(language):
                    self.add_error(
                        _message_field_name(language),
                        _("Members of these schools read %(language)s: write the message in it too.")
                        % {"language": names.get(language, language)},
                    )
        return cleaned


class MoveForm(forms.Form):
    captain = forms.ModelChoiceField(label=_("Move to captain"), queryset=Captain.objects.none())

    def __init__(self, *args, school_id, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["captain"].queryset = Captain.objects.filter(school_id=school_id, is_active=True).select_related(
            "member"
        )
