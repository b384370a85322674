"""E-mails of portfolios, each in its recipient's language (as ``engagement.mentoring.emails``)."""

import logging

from home.emails import send_to_user

logger = logging.getLogger(__name__)
TEMPLATE_DIR = "learning/portfolios/emails"


def send_to(user, name, context):
    """Send ``name`` to ``user`` in their language; a failure is logged, never raised."""
    try:
        return send_to_user(user, TEMPLATE_DIR, name, context)
    except Exception:
        logger.exception("Could not send the %s e-mail to user %s", name, user.pk)
        return False


def pdf_ready(pdf):
    send_to(pdf.owner, "pdf_ready", {"pdf": pdf})
