"""The compact's sign-on form, and the Organizers' form for a community partner.

The sign-on form asks for an organisation's name and consent to be listed, or for a person's
neighbourhood and consent to show their name; which fields are required depends on the choice, so
``clean`` decides it. The honeypot is checked by the view before the form is built (as for surveys);
reCAPTCHA is added when its keys are set.
"""

from django import forms
from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from engagement.compact.services import SignOn
from engagement.models.compact import NAME_MAX_LENGTH, CommunityPartner, CompactSignature, SignerKind
from home.choices import SpokenLanguage
from home.form_fields import CodeListField
from home.forms import validate_no_control_characters
from home.public_forms import recaptcha_field

# Django's own message (translated by Django, and by locale_upstream/ for Haitian Creole).
REQUIRED = forms.Field.default_error_messages["required"]


def _text(label, max_length, required=False, help_text="", autocomplete=None):
    attrs = {"autocomplete": autocomplete} if autocomplete else {}
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        help_text=help_text,
        validators=[validate_no_control_characters],
        widget=forms.TextInput(attrs=attrs),
        error_messages={
            "required": REQUIRED,
            "max_length": _("Make it shorter: at most %(limit_value)d characters (it has %(show_value)d)."),
        },
    )


def site_language_choices():
    """Each site language by its own name: "Español", "Tiếng Việt"."""
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class SignCompactForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("I am signing"),
        choices=SignerKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether you sign as an organisation or as an individual.")},
    )
    organisation_name = _text(_("Organisation name"), NAME_MAX_LENGTH, autocomplete="organization")
    name = _text(_("Your name"), NAME_MAX_LENGTH, required=True, autocomplete="name")
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send you a link to confirm your signature. Your e-mail address is never shown."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"required": REQUIRED, "invalid": _("Enter an e-mail address, such as name@example.org.")},
    )
    neighbourhood = _text(_("Neighbourhood"), 80, help_text=_("Optional."), autocomplete="address-level3")
    list_organisation = forms.BooleanField(
        label=_("List our organisation publicly on this page"),
        required=False,
    )
    show_name = forms.BooleanField(label=_("Show my name on this page"), required=False)
    language = forms.ChoiceField(
        label=_("Language for our e-mails"),
        choices=site_language_choices,
        error_messages={"required": REQUIRED, "invalid_choice": _("Choose one of the languages shown.")},
    )

    def __init__(self, *args, recaptcha=None, **kwargs):
        super().__init__(*args, **kwargs)
        if recaptcha is None:
            recaptcha = settings.RECAPTCHA_ENABLED
        if recaptcha:
            self.fields["captcha"] = recaptcha_field()

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(REQUIRED, code="required")
        return name

    def clean_organisation_name(self):
        return " ".join(self.cleaned_data["organisation_name"].split())

    def clean(self):
        cleaned = super().clean()
        organisation = cleaned.get("kind") == SignerKind.ORGANISATION
        if organisation and not cleaned.get("organisation_name") and "organisation_name" not in self.errors:
            self.add_error("organisation_name", _("Give the name of the organisation you sign for."))
        return cleaned

    def sign_on(self):
        data = self.cleaned_data
        organisation = data["kind"] == SignerKind.ORGANISATION
        return SignOn(
            kind=data["kind"],
            name=data["name"],
            email=data["email"],
            organisation_name=data["organisation_name"] if organisation else "",
            neighbourhood=data["neighbourhood"],
            show_publicly=data["list_organisation"] if organisation else data["show_name"],
            language=data["language"],
        )


# The admin


class CommunityPartnerForm(WagtailAdminModelForm):
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    languages = CodeListField(label=_("Languages it works in"), choices=SpokenLanguage.choices, required=False)

    class Meta:
        model = CommunityPartner
        fields = [
            "name",
            "kind",
            "status",
            "neighbourhood",
            "website",
            "contact_name",
            "email",
            "phone",
            "languages",
            "notes",
        ]


class SignatureLinkForm(WagtailAdminModelForm):
    """What an Organizer may change on a signature: its partner record, and whether it is listed."""

    class Meta:
        model = CompactSignature
        fields = ["partner", "show_publicly"]
