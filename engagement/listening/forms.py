"""The registration form (public, no account needed), its walk-in variant, and the check-in search.

Every field is checked here with a translated message; the form never lets a value through that
the model would refuse, so bad input is an error on the form, never a 500.
"""

import re

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from engagement.listening.services import PERSON_FIELDS
from engagement.models.listening import Connection
from home.choices import SpokenLanguage
from home.public_forms import SubmissionTokenMixin, recaptcha_field

# Read from the data as posted by the views (engagement.surveys.forms uses the same name).

MAX_CHILDREN = 10
MAX_CHILD_AGE = 17
PHONE_PATTERN = re.compile(r"^\+?[0-9 ().-]{7,30}$")
INVALID_CHOICE = _("Choose one of the answers shown.")


def _clean_text(value):
    """Text without control characters (odd Unicode stays; NUL and friends would break the database)."""
    return "".join(char for char in value if char in "\n\t" or ord(char) >= 32).strip()


class RegistrationForm(SubmissionTokenMixin, forms.Form):
    name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        error_messages={
            "required": _("Tell us your name."),
            "max_length": _("Make it shorter: at most %(limit_value)d characters."),
        },
    )
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        max_length=254,
        help_text=_("We send your confirmation and a reminder here."),
        error_messages={"invalid": _("Enter an e-mail address, such as name@example.org.")},
    )
    phone = forms.CharField(
        label=_("Mobile number"),
        required=False,
        max_length=30,
        error_messages={"max_length": _("Enter a phone number, such as 617 555 0123.")},
    )
    language = forms.ChoiceField(
        label=_("Language we should write to you in"),
        choices=settings.LANGUAGES,
        error_messages={"required": INVALID_CHOICE, "invalid_choice": INVALID_CHOICE},
    )
    interpretation_language = forms.ChoiceField(
        label=_("I need an interpreter for"),
        required=False,
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    children_count = forms.TypedChoiceField(
        label=_("Children who need childcare"),
        coerce=int,
        required=False,
        empty_value=0,
        choices=[(number, str(number)) for number in range(MAX_CHILDREN + 1)],
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    children_ages = forms.CharField(
        label=_("Their ages"),
        required=False,
        max_length=60,
        help_text=_("Separated by commas, e.g. 3, 7."),
        error_messages={"max_length": _("Give each child's age as a number, separated by commas, e.g. 3, 7.")},
    )
    accessibility_needs = forms.CharField(
        label=_("Anything we should arrange so you can take part?"),
        help_text=_("E.g. wheelchair access, large print, a quiet space."),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("Make it shorter: at most %(limit_value)d characters.")},
    )
    connection = forms.ChoiceField(
        label=_("I come as"),
        choices=Connection.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Tell us how you are connected to our schools."),
            "invalid_choice": INVALID_CHOICE,
        },
    )
    consent_to_contact = forms.BooleanField(
        label=_("You may contact me again about this session's results and future sessions."), required=False
    )

    def __init__(self, *args, session=None, childcare=True, protect=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.session = session
        interpretation = session.interpretation_choices() if session is not None else list(SpokenLanguage.choices)
        if interpretation:
            self.fields["interpretation_language"].choices = [("", _("No, thank you"))] + interpretation
        else:
            del self.fields["interpretation_language"]
        if not childcare:
            del self.fields["children_count"]
            del self.fields["children_ages"]
        language = get_language()
        if language in dict(settings.LANGUAGES):
            self.fields["language"].initial = language
        if protect and settings.RECAPTCHA_ENABLED:
            self.fields["captcha"] = recaptcha_field()

    def clean_name(self):
        name = _clean_text(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(_("Tell us your name."))
        return name

    def clean_phone(self):
        phone = _clean_text(self.cleaned_data.get("phone", ""))
        if phone and not PHONE_PATTERN.match(phone):
            raise forms.ValidationError(_("Enter a phone number, such as 617 555 0123."))
        return phone

    def clean_accessibility_needs(self):
        return _clean_text(self.cleaned_data.get("accessibility_needs", ""))

    def clean_children_ages(self):
        text = self.cleaned_data.get("children_ages", "")
        ages = []
        for part in re.split(r"[,;\s]+", text.strip()):
            if not part:
                continue
            if not part.isascii() or not part.isdigit() or int(part) > MAX_CHILD_AGE:
                raise forms.ValidationError(
                    _("Give each child's age as a number from 0 to %(max)d, separated by commas, e.g. 3, 7.")
                    % {"max": MAX_CHILD_AGE}
                )
            ages.append(int(part))
        return ages

    def clean(self):
        cleaned = super().clean()
        no_contact = not cleaned.get("email") and not cleaned.get("phone")
        if no_contact and not self.has_error("email") and not self.has_error("phone"):
            self.add_error("email", _("Give an e-mail address or a mobile number, so that we can reach you."))
        if "children_count" in self.fields and not self.has_error("children_ages"):
            count = cleaned.get("children_count") or 0
            ages = cleaned.get("children_ages") or []
            if count and len(ages) != count:
                self.add_error("children_ages", _("Give one age for each child who needs childcare."))
            elif ages and not count:
                cleaned["children_count"] = len(ages)
        return cleaned

    def person_fields(self):
        """What the services save (call after is_valid())."""
        cleaned = self.cleaned_data
        fields = {name: cleaned[name] for name in PERSON_FIELDS if name in cleaned and name != "children_ages"}
        fields.setdefault("interpretation_language", "")
        fields["children_ages"] = cleaned.get("children_ages") or [] if "children_ages" in self.fields else []
        return fields


class ChangeRegistrationForm(RegistrationForm):
    """What a registrant may change through their private link (no robot check: the link is the proof)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, protect=False, **kwargs)


class WalkInForm(RegistrationForm):
    """At the door: a name is enough; the rest if there is time."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, protect=False, **kwargs)
        self.fields["connection"].required = False
        self.fields["connection"].widget = forms.Select()
        self.fields["connection"].choices = [("", "---------"), *Connection.choices]

    def clean(self):
        # No contact details needed at the door.
        cleaned = forms.Form.clean(self)
        if not cleaned.get("connection"):
            cleaned["connection"] = Connection.COMMUNITY
        return cleaned


class CheckInSearchForm(forms.Form):
    q = forms.CharField(label=_("Name or check-in code"), required=False, max_length=100)
