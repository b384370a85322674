"""Publishing a page renders its PDFs in the background, so that the first reader does not wait.

A published page gets its own PDF (compilations such as the platform book hook in the same way from
their own app, see proposals.signals). The tasks are enqueued once the transaction commits, since
the worker must see the new revision; a failure is logged, never raised into the publishing.
Bulk loads (the demo content) publish inside ``renders_paused()``.
"""

import contextlib
import contextvars
import functools
import logging

from django.db import transaction

from wagtail.signals import page_published

from home import tasks
from home.models.pdf import PDFDownloadMixin

logger = logging.getLogger(__name__)

_paused = contextvars.ContextVar("pdf_renders_paused", default=False)


@contextlib.contextmanager
def renders_paused():
    """Publish without rendering PDFs: each is rendered on its first request instead.

    For loading hundreds of pages at once, where the immediate task backend of development would
    otherwise render a PDF for every page published, all at the end of the load.
    """
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def renders_are_paused():
    return _paused.get()


def after_commit_unless_paused(enqueue):
    """Run ``enqueue`` once the transaction commits, logging (never raising) what goes wrong."""
    if renders_are_paused():
        return

    def run():
        try:
            enqueue()
        except Exception:
            logger.exception("Could not enqueue a PDF render")

    transaction.on_commit(run)


def render_pdf_after_publishing(sender, instance, **kwargs):
    if isinstance(instance, PDFDownloadMixin):
        after_commit_unless_paused(functools.partial(tasks.render_page_pdf.enqueue, instance.pk))


page_published.connect(render_pdf_after_publishing, dispatch_uid="pdf-render-published")
