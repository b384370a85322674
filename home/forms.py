"""Forms a person fills in about themselves: sign-up, their profile, deleting their account."""

import re
import unicodedata

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from home.choices import MemberRole
from home.models import School, User

# What a person may choose for themselves. "Staff" is given by an administrator, never self-chosen.
SELF_CHOSEN_ROLES = [(value, label) for value, label in MemberRole.choices if value != MemberRole.STAFF]

MAX_YEARS_OF_SERVICE = 70
PHONE_CHARACTERS = re.compile(r"^[0-9+()./\-\s]*(?:(?:ext\.?|x)\s*[0-9]{1,6})?$", re.IGNORECASE)
MIN_PHONE_DIGITS = 7


def validate_no_control_characters(value):
    if any(unicodedata.category(char) == "Cc" for char in value):
        raise ValidationError(_("Remove the invisible control characters from this field."), code="control")


def validate_phone(value):
    if not PHONE_CHARACTERS.match(value):
        raise ValidationError(
            _("Use digits and, if you like, spaces, dashes, brackets, a leading + and an extension (ext. 12)."),
            code="phone_characters",
        )
    if sum(char.isdigit() for char in value) < MIN_PHONE_DIGITS:
        raise ValidationError(_("This phone number is too short."), code="phone_short")


class NameField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 150)
        super().__init__(**kwargs)
        self.validators.append(validate_no_control_characters)


class LanguageSelect(forms.Select):
    """Each language's name in its own language, marked with its ``lang`` so it is read out right."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex=subindex, attrs=attrs)
        if value:
            option["attrs"]["lang"] = value
        return option


class SignupForm(forms.Form):
    """Extra questions of allauth's sign-up form (ACCOUNT_SIGNUP_FORM_CLASS); allauth adds e-mail and password.

    allauth saves first and last name itself; ``signup`` stores the role.
    """

    field_order = ["first_name", "last_name", "email", "password1", "password2", "member_role"]

    first_name = NameField(label=_("First name"), widget=forms.TextInput(attrs={"autocomplete": "given-name"}))
    last_name = NameField(label=_("Last name"), widget=forms.TextInput(attrs={"autocomplete": "family-name"}))
    member_role = forms.ChoiceField(
        label=_("I am"),
        choices=SELF_CHOSEN_ROLES,
        initial=MemberRole.MEMBER,
        widget=forms.RadioSelect,
        help_text=_("You can change this later on your profile."),
    )

    def signup(self, request, user):
        user.member_role = self.cleaned_data["member_role"]
        user.save(update_fields=["member_role"])


class ProfileForm(forms.ModelForm):
    """A person's own profile. The role field is left out for staff, whose role an administrator sets."""

    first_name = NameField(label=_("First name"), widget=forms.TextInput(attrs={"autocomplete": "given-name"}))
    last_name = NameField(label=_("Last name"), widget=forms.TextInput(attrs={"autocomplete": "family-name"}))
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=settings.LANGUAGES,
        widget=LanguageSelect,
        help_text=_("The site and the e-mails we send you use this language."),
    )
    phone = forms.CharField(
        label=_("Phone"),
        required=False,
        max_length=30,
        validators=[validate_phone],
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        help_text=_("Optional. Only the union staff who need it can see it."),
    )
    school = forms.ModelChoiceField(
        label=_("School or worksite"),
        queryset=School.objects.all(),
        required=False,
        empty_label=_("Not set"),
    )
    member_role = forms.ChoiceField(label=_("Role"), choices=SELF_CHOSEN_ROLES, widget=forms.RadioSelect)
    years_of_service = forms.IntegerField(
        label=_("Years of service"),
        required=False,
        min_value=0,
        max_value=MAX_YEARS_OF_SERVICE,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        help_text=_("Optional. Years you have worked in the district's schools."),
    )

    class Meta:
        model = User
        fields = ["first_name", "last_name", "preferred_language", "phone", "school", "member_role", "years_of_service"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.member_role == MemberRole.STAFF:
            # Staff keep the role an administrator gave them; the field is not shown to them.
            del self.fields["member_role"]


class DeleteAccountForm(forms.Form):
    """The person confirms by typing their e-mail address or their password."""

    confirmation = forms.CharField(
        label=_("Your e-mail address or your password"),
        max_length=254,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
        help_text=_("Type it to confirm that you want your account deleted."),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_confirmation(self):
        typed = self.cleaned_data["confirmation"]
        matches_email = typed.strip().lower() == self.user.email.lower()
        if not (matches_email or self.user.check_password(typed)):
            raise ValidationError(
                _("That is neither your e-mail address nor your password. Nothing was deleted."), code="mismatch"
            )
        return typed
