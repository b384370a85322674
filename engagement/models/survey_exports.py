"""Large survey exports, built in the background and kept for a few days for the staff member who
asked (``engagement.surveys.background_exports``).

An export is about the survey's responses, pooled across its languages, so it is filed under the
survey's ``translation_key`` (what responses are filed under); ``survey`` points at the source
page for its title and is cleared, not cascaded, if that page is deleted, so the record (and the
requester's list) stays readable until it expires.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SurveyExportStatus(models.TextChoices):
    PENDING = "pending", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Could not be made")


def survey_export_upload_to(instance, filename):
    # A random name under private/: never guessable, and deployments refuse to serve private/ from
    # the media URL; the file goes out only through the download view.
    return f"private/survey-exports/{uuid.uuid4().hex}.xlsx"


class SurveyExportFile(models.Model):
    """An XLSX export of a survey's responses, asked for by one staff member and theirs alone."""

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("asked for by"),
        on_delete=models.CASCADE,
        related_name="survey_export_files",
    )
    survey_key = models.UUIDField(_("survey"), db_index=True)
    survey = models.ForeignKey(
        "engagement.SurveyPage",
        verbose_name=_("survey page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The valid filters of the results page, as form data (name: value), read again by
    # ResultsFilterForm when the file is built.
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    include_contact = models.BooleanField(_("with contact details"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=SurveyExportStatus.choices, default=SurveyExportStatus.PENDING
    )
    file = models.FileField(_("file"), upload_to=survey_export_upload_to, blank=True, max_length=255)
    row_count = models.PositiveIntegerField(_("responses"), default=0)
    requested_at = models.DateTimeField(_("asked for"), default=timezone.now, db_index=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("survey export file")
        verbose_name_plural = _("survey export files")
        ordering = ["-requested_at", "-pk"]

    def __str__(self):
        return _("Survey export #%(id)s") % {"id": self.pk}

    @property
    def is_ready(self):
        return self.status == SurveyExportStatus.READY and bool(self.file)
