"""E-mails of survey results to staff, each in its recipient's language (``home.emails``)."""

import logging

from django.conf import settings

from engagement.surveys import background_exports
from home.emails import send_to_user

logger = logging.getLogger(__name__)
TEMPLATE_DIR = "engagement/surveys/emails"


def export_ready(export):
    """Tell the requester their export can be downloaded; a failure is logged, never raised."""
    survey = background_exports.survey_of(export)
    context = {
        "export": export,
        "survey_title": survey.title if survey else "",
        "keep_days": settings.SURVEY_EXPORT_KEEP_DAYS,
    }
    try:
        return send_to_user(export.requested_by, TEMPLATE_DIR, "export_ready", context)
    except Exception:
        logger.exception("Could not send the export_ready e-mail to user %s", export.requested_by_id)
        return False
