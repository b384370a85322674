"""Fixed lists several apps share: grade bands, subjects, spoken languages, member roles.

They are stored as stable codes (never as a translated label) so that answers, profiles and
filters line up across languages; the labels are translated for display.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _


class MemberRole(models.TextChoices):
    """What a person with an account is to the union; staff roles beyond this are groups."""

    MEMBER = "member", _("Union member")
    EDUCATOR = "educator", _("Educator")
    RETIREE = "retiree", _("Retiree")
    STAFF = "staff", _("Union staff")


class GradeBand(models.TextChoices):
    EARLY_CHILDHOOD = "early", _("Early childhood (pre-K to grade 2)")
    ELEMENTARY = "elementary", _("Elementary (grades 3 to 5)")
    MIDDLE = "middle", _("Middle school (grades 6 to 8)")
    HIGH = "high", _("High school (grades 9 to 12)")
    ADULT = "adult", _("Adult education")


class Subject(models.TextChoices):
    GENERAL = "general", _("Elementary, all subjects")
    ENGLISH = "english", _("English language arts")
    MATH = "math", _("Mathematics")
    SCIENCE = "science", _("Science")
    HISTORY = "history", _("History and social studies")
    WORLD_LANGUAGES = "world-languages", _("World languages")
    ESL = "esl", _("English as a second language")
    SPECIAL_EDUCATION = "special-education", _("Special education")
    ARTS = "arts", _("Arts and music")
    PHYSICAL_EDUCATION = "physical-education", _("Physical education and health")
    CAREER_TECHNICAL = "career-technical", _("Career and technical education")
    COUNSELING = "counseling", _("Counseling and student support")
    LIBRARY = "library", _("Library and media")


class SpokenLanguage(models.TextChoices):
    """Languages people speak; wider than the seven the site is written in."""

    ENGLISH = "en", _("English")
    SPANISH = "es", _("Spanish")
    HAITIAN_CREOLE = "ht", _("Haitian Creole")
    PORTUGUESE = "pt", _("Portuguese")
    VIETNAMESE = "vi", _("Vietnamese")
    CHINESE = "zh", _("Chinese")
    ARABIC = "ar", _("Arabic")
    CAPE_VERDEAN_CREOLE = "kea", _("Cape Verdean Creole")
    FRENCH = "fr", _("French")
    SOMALI = "so", _("Somali")
    ASL = "ase", _("American Sign Language")


# Several codes from one list, stored as a JSON list of codes (a profile's subjects, an offering's
# grade bands...).


@deconstructible
class ChoiceListValidator:
    """A JSON list of distinct codes, each one of ``choices``."""

    def __init__(self, choices):
        self.choices = choices

    def __call__(self, value):
        valid = {code for code, _label in self.choices}
        if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
            raise ValidationError(_("Choose from the list."), code="invalid_list")
        unknown = [code for code in value if code not in valid]
        if unknown:
            raise ValidationError(
                _("%(value)s is not one of the available choices."), code="invalid_choice", params={"value": unknown[0]}
            )
        if len(set(value)) != len(value):
            raise ValidationError(_("Each choice can be given only once."), code="duplicate")

    def __eq__(self, other):
        return isinstance(other, ChoiceListValidator) and list(self.choices) == list(other.choices)


def choice_list_field(verbose_name, choices, help_text="", blank=False):
    return models.JSONField(
        verbose_name,
        default=list,
        blank=blank,
        validators=[ChoiceListValidator(choices)],
        help_text=help_text,
    )


def labels(choices, codes):
    """The translated labels of ``codes``, in the order given, skipping codes no longer offered."""
    by_code = dict(choices)
    return [by_code[code] for code in codes if code in by_code]
