"""The public story form, and the moderators' decision form in the admin."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from engagement.models.stories import NAME_MAX_LENGTH, STORY_MAX_LENGTH, StorySubmission
from engagement.models.surveys import Audience
from engagement.models.themes import Theme
from home.form_fields import TextField
from home.forms import LanguageSelect, NameField, validate_phone
from home.public_forms import recaptcha_field

from .photos import clean_photo

TOO_LONG = _("Make it shorter: at most %(limit_value)d characters (it has %(show_value)d).")


class StorySubmissionForm(forms.ModelForm):
    """What a visitor tells us. Every error is a translated message beside its field."""

    shown_name = NameField(
        label=_("Name to show with your story"),
        required=False,
        max_length=NAME_MAX_LENGTH,
        help_text=_("Optional. Leave it empty and your story is published as “Anonymous”."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    role = forms.ChoiceField(label=_("I am"), choices=Audience.choices, widget=forms.RadioSelect)
    title = NameField(label=_("A title for your story"), required=False, max_length=150)
    story = TextField(
        label=_("Your story"),
        max_length=STORY_MAX_LENGTH,
        rows=10,
        help_text=_("What happened, and what would have made it better. Please leave out other people's names."),
        error_messages={"required": _("Write your story."), "max_length": TOO_LONG},
    )
    photo = forms.FileField(
        label=_("A photo (optional)"),
        required=False,
        help_text=_("A JPEG, PNG, WebP or GIF picture. We remove its location and camera data."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}),
    )
    photo_description = NameField(
        label=_("What the photo shows"),
        required=False,
        max_length=250,
        help_text=_("For people who cannot see it."),
    )
    language = forms.ChoiceField(label=_("Language of your story"), choices=settings.LANGUAGES, widget=LanguageSelect)
    consent_to_publish = forms.BooleanField(
        label=_("I agree that the union publishes my story on this website, edited and translated."),
        error_messages={"required": _("We can only publish your story with your agreement: tick the box.")},
    )
    consent_to_contact = forms.BooleanField(
        label=_("You may contact me about my story."),
        required=False,
        help_text=_("Only the union's communications staff see your contact details; they are never published."),
    )
    contact_name = NameField(label=_("Your name"), required=False, max_length=NAME_MAX_LENGTH)
    email = forms.EmailField(
        label=_("E-mail"), required=False, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    phone = forms.CharField(
        label=_("Phone"),
        required=False,
        max_length=30,
        validators=[validate_phone],
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    submission_token = forms.UUIDField(widget=forms.HiddenInput)

    class Meta:
        model = StorySubmission
        fields = [
            "shown_name",
            "role",
            "title",
            "story",
            "photo_description",
            "language",
            "consent_to_publish",
            "consent_to_contact",
            "contact_name",
            "email",
            "phone",
        ]

    field_order = [
        "shown_name",
        "role",
        "title",
        "story",
        "photo",
        "photo_description",
        "language",
        "consent_to_publish",
        "consent_to_contact",
        "contact_name",
        "email",
        "phone",
    ]

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        if language:
            self.initial.setdefault("language", language)
        if settings.RECAPTCHA_ENABLED:
            self.fields["captcha"] = recaptcha_field()

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        return clean_photo(upload) if upload else None

    def clean(self):
        cleaned = super().clean()
        no_way_to_reach = not (cleaned.get("email") or cleaned.get("phone"))
        typed_badly = self.has_error("email") or self.has_error("phone")
        if cleaned.get("consent_to_contact") and no_way_to_reach and not typed_badly:
            self.add_error("email", _("Give an e-mail address or a phone number, so that we can contact you."))
        if not cleaned.get("consent_to_contact"):
            # Without consent, no contact details are kept, whatever was typed.
            for name in ("contact_name", "email", "phone"):
                cleaned[name] = ""
        return cleaned

    def save(self, commit=True):
        submission = super().save(commit=False)
        submission.submission_token = self.cleaned_data["submission_token"]
        if self.cleaned_data.get("photo"):
            submission.photo = self.cleaned_data["photo"]
        if commit:
            submission.save()
        return submission


def theme_choices():
    """The source-language themes (stories are tagged with those, whatever their language)."""
    return Theme.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("name")


class ModerationForm(forms.Form):
    APPROVE, REJECT = "approve", "reject"

    decision = forms.ChoiceField(choices=[(APPROVE, _("Approve")), (REJECT, _("Reject"))])
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"), queryset=Theme.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    note = TextField(label=_("Note"), required=False, rows=3, help_text=_("For the communications team only."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = theme_choices()

    def clean_themes(self):
        themes = self.cleaned_data.get("themes")
        if themes is None:
            raise ValidationError(_("Choose among the themes shown."))
        return themes
