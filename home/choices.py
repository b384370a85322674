"""Fixed lists several apps share: grade bands, subjects, spoken languages, member roles.

They are stored as stable codes (never as a translated label) so that answers, profiles and
filters line up across languages; the labels are translated for display.
"""

from django.db import models
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
