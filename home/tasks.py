"""Background work of the home app: rendering PDFs ahead of their first reader."""

import logging

from wagtail.models import Page

from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def render_page_pdf(page_id):
    """Render and store the PDF of a live page, so that nobody waits for it."""
    try:
        page = Page.objects.live().get(pk=page_id).specific
        page.ensure_pdf()
    except Exception:
        # A reader who asks for the PDF still gets it: it is rendered then. Publishing and the
        # other tasks must never fail because of this one.
        logger.exception("Could not render the PDF of page %s", page_id)
