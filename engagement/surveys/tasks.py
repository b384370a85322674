"""Background work of surveys: building a large XLSX export and telling its requester.

The task takes the id of a ``SurveyExportFile`` (it may run later, in another process) and reads it
again; one deleted meanwhile (expired, or the account erased) is skipped. Any failure, a requester
who may no longer read the results among them, marks the export failed and is logged: an export is
never left "being prepared" by an error, and the requester can ask again.
"""

import logging

from django.db import transaction

from django_tasks import task

from engagement.models import SurveyExportFile, SurveyExportStatus
from engagement.surveys import background_exports, emails

logger = logging.getLogger(__name__)


@task()
def build_survey_export(export_id):
    export = (
        SurveyExportFile.objects.select_related("requested_by", "survey")
        .filter(pk=export_id, status=SurveyExportStatus.PENDING)
        .first()
    )
    if export is None:
        return
    with background_exports.new_workbook_file() as file:
        try:
            row_count = background_exports.write_workbook(export, file)
        except background_exports.ExportRefused as refused:
            logger.warning("Survey export %s refused: %s", export_id, refused)
            background_exports.mark_failed(export_id)
            return
        except Exception:
            logger.exception("Could not build survey export %s", export_id)
            background_exports.mark_failed(export_id)
            return
        ready = background_exports.save_workbook(export_id, file, row_count)
    if ready is not None:
        transaction.on_commit(lambda: emails.export_ready(ready))
