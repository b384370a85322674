"""Large XLSX exports of survey responses, built off the request and kept for their requester.

A workbook of 100,000 responses takes about a minute to write, longer than a web worker may take,
so above ``SURVEY_EXPORT_BACKGROUND_ROWS`` responses the export view files a ``SurveyExportFile``
and enqueues ``engagement.surveys.tasks.build_survey_export``; the requester is e-mailed when it is
ready and downloads it from the "Exports" admin page. CSV always streams and never comes here.

The filters are kept as the results form's data and read again by the same form when the file is
built, so a background export holds exactly the responses the page showed. Files are deleted with
their records (``engagement.surveys.signals``), after ``SURVEY_EXPORT_KEEP_DAYS`` at the latest
(``manage.py delete_expired_survey_exports``).
"""

import datetime
import tempfile

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.http import QueryDict
from django.utils import timezone, translation
from django.utils.text import slugify

from engagement.models import Audience, SurveyExportFile, SurveyExportStatus, SurveyPage, SurveyResponse
from engagement.surveys import exports, permissions
from engagement.surveys.results import ResultFilters, ResultsFilterForm
from home.after_commit import enqueue_after_commit
from home.localization import language_of
from home.models import School


class ExportRefused(Exception):
    """The requester may no longer read what the export would hold."""


class FiltersNoLongerValid(Exception):
    """A stored filter does not hold any more (its school was deleted): the file would hold more
    responses than were asked for."""


# Asking


def stored_filters(query):
    """The valid filters of a results page's query (a QueryDict) as a plain dict, to keep as JSON."""
    form = ResultsFilterForm(query or None)
    return dict(QueryDict(form.query_string()).items())


def response_count(survey, filters):
    return filters.apply_to_responses(SurveyResponse.objects.filter(survey_key=survey.translation_key)).count()


def runs_in_background(count):
    return count > settings.SURVEY_EXPORT_BACKGROUND_ROWS


def request_export(user, survey, filters, *, include_contact, count):
    """File an export for ``user`` and queue its building; (export, True).

    The same export still being prepared (a second click, a reload) is returned as (export, False)
    instead of a second one being queued.
    """
    waiting = SurveyExportFile.objects.filter(
        requested_by=user,
        survey_key=survey.translation_key,
        include_contact=include_contact,
        status=SurveyExportStatus.PENDING,
    )
    for export in waiting:
        if export.filters == filters:
            return export, False
    from engagement.surveys.tasks import build_survey_export

    with transaction.atomic():
        export = SurveyExportFile.objects.create(
            requested_by=user,
            survey_key=survey.translation_key,
            survey=survey,
            filters=filters,
            include_contact=include_contact,
            row_count=count,
        )
        enqueue_after_commit(build_survey_export, export.pk)
    return export, True


# Building


def survey_of(export):
    """The source survey of an export; another language version if the source page was deleted."""
    if export.survey_id:
        return export.survey
    return SurveyPage.objects.filter(translation_key=export.survey_key).select_related("locale").first()


def filters_of(export):
    form = ResultsFilterForm(export.filters or None)
    if form.is_bound and not form.is_valid():
        raise FiltersNoLongerValid(form.errors.as_json())
    return form.filters()


def check_still_allowed(export):
    user = export.requested_by
    if not user.is_active or not permissions.can_view_results(user):
        raise ExportRefused(f"user {user.pk} may no longer view survey results")
    if export.include_contact and not permissions.can_see_contact_details(user):
        raise ExportRefused(f"user {user.pk} may no longer see contact details")


class _CountingRows:
    """An export whose rows are counted as the workbook takes them."""

    def __init__(self, export):
        self.export = export
        self.count = 0

    def header(self):
        return self.export.header()

    def rows(self):
        for row in self.export.rows():
            self.count += 1
            yield row


def write_workbook(export, file):
    """Write the workbook of ``export`` into ``file``; the number of responses in it.

    Headers are in the requester's language, as they would be had the file come at once.
    """
    check_still_allowed(export)
    survey = survey_of(export)
    if survey is None:
        raise LookupError(f"survey {export.survey_key} no longer exists")
    filters = filters_of(export)
    with translation.override(language_of(export.requested_by)):
        counted = _CountingRows(exports.SurveyExport(survey, filters, include_contact=export.include_contact))
        exports.write_xlsx(counted, file)
    return counted.count


def save_workbook(export_id, file, row_count):
    """Store the written workbook on the export and mark it ready; the export, or None if it is gone."""
    with transaction.atomic():
        export = SurveyExportFile.objects.select_for_update().filter(pk=export_id).first()
        if export is None:  # deleted meanwhile (the account erased, or expired)
            return None
        file.seek(0)
        export.file.save("export.xlsx", File(file), save=False)
        export.status = SurveyExportStatus.READY
        export.row_count = row_count
        export.finished_at = timezone.now()
        export.save(update_fields=["file", "status", "row_count", "finished_at"])
    return export


def mark_failed(export_id):
    SurveyExportFile.objects.filter(pk=export_id).update(status=SurveyExportStatus.FAILED, finished_at=timezone.now())


def new_workbook_file():
    # On disk, not in memory: a workbook of 100,000 responses runs to tens of megabytes.
    return tempfile.TemporaryFile()


# Downloading and listing


def download_filename(export):
    survey = export.survey
    stem = slugify(survey.slug or survey.title) if survey else ""
    return f"{stem or 'survey'}-responses-{timezone.localtime(export.requested_at):%Y-%m-%d}.xlsx"


def described_filters(export_list):
    """{export id: [(filter, value), ...]} in the active language, with one query for every school."""
    school_ids = {
        int(export.filters["school"]) for export in export_list if str(export.filters.get("school", "")).isdigit()
    }
    schools = School.objects.in_bulk(school_ids) if school_ids else {}
    return {export.pk: _filters_for_display(export.filters, schools).described() for export in export_list}


def _filters_for_display(stored, schools):
    school = schools.get(int(stored["school"])) if str(stored.get("school", "")).isdigit() else None
    return ResultFilters(
        language=stored.get("language", "") if stored.get("language") in dict(settings.LANGUAGES) else "",
        audience=stored.get("audience", "") if stored.get("audience") in Audience.values else "",
        school=school,
        date_from=_date_or_none(stored.get("date_from")),
        date_to=_date_or_none(stored.get("date_to")),
    )


def _date_or_none(value):
    try:
        return datetime.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


# Expiry


def expired(now=None):
    keep_for = datetime.timedelta(days=settings.SURVEY_EXPORT_KEEP_DAYS)
    return SurveyExportFile.objects.filter(requested_at__lt=(now or timezone.now()) - keep_for)


def delete_expired(now=None):
    """Delete the exports older than ``SURVEY_EXPORT_KEEP_DAYS`` with their files; how many went."""
    deleted = 0
    # One by one, so that each file leaves storage (post_delete), whatever the database.
    for export in expired(now).iterator():
        export.delete()
        deleted += 1
    return deleted
