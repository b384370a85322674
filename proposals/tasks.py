"""Background work of the proposals app."""

import logging

from wagtail.models import Page

from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def render_platform_book(platform_page_id):
    """Render and store the platform book of a live platform page, in that page's language."""
    try:
        page = Page.objects.live().get(pk=platform_page_id).specific
        page.ensure_book()
    except Exception:
        # A reader who asks for the book still gets it: it is rendered then.
        logger.exception("Could not render the platform book of page %s", platform_page_id)
