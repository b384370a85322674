from django.db import models
from django.utils.translation import gettext_lazy as _


class School(models.Model):
    """A school or worksite of the district, including the ones without a building of their own.

    Shared by profiles, surveys, listening sessions, the mentor network and the Action Team
    network. Names are proper names and stay as they are in every language.
    """

    class Kind(models.TextChoices):
        SCHOOL = "school", _("School")
        PROGRAM = "program", _("Program")
        CENTRAL_OFFICE = "central-office", _("Central office")
        ITINERANT = "itinerant", _("Itinerant staff")

    name = models.CharField(_("name"), max_length=150, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.SCHOOL)
    neighbourhood = models.CharField(
        _("neighbourhood"), max_length=80, blank=True, help_text=_("Schools in the same neighbourhood count as nearby.")
    )
    address = models.CharField(_("address"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("school or worksite")
        verbose_name_plural = _("schools and worksites")
        ordering = ["name"]

    def __str__(self):
        return self.name
