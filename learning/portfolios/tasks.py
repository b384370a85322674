"""Background work of portfolios: building a large portfolio PDF and telling its owner.

The task takes the id of a ``PortfolioPDF`` (it may run later, in another process) and reads it
again; one deleted meanwhile (an account erased) is skipped. A failure marks the PDF failed and
is logged; the owner can ask again.
"""

import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from django_tasks import task

from learning.models.portfolios import PDFStatus, PortfolioEntry, PortfolioPDF
from learning.portfolios import emails
from learning.portfolios.pdf import render_portfolio_pdf

logger = logging.getLogger(__name__)


@task()
def build_portfolio_pdf(pdf_id):
    pdf = PortfolioPDF.objects.select_related("owner").filter(pk=pdf_id, status=PDFStatus.PENDING).first()
    if pdf is None:
        return
    try:
        content = render_portfolio_pdf(pdf.owner, pdf.language)
    except Exception:
        logger.exception("Could not build portfolio PDF %s", pdf_id)
        PortfolioPDF.objects.filter(pk=pdf_id).update(status=PDFStatus.FAILED, finished_at=timezone.now())
        return
    with transaction.atomic():
        pdf = PortfolioPDF.objects.select_for_update().filter(pk=pdf_id).first()
        if pdf is None:
            return
        pdf.file.save("portfolio.pdf", ContentFile(content), save=False)
        pdf.status = PDFStatus.READY
        pdf.finished_at = timezone.now()
        pdf.entry_count = PortfolioEntry.objects.filter(owner_id=pdf.owner_id).count()
        pdf.save(update_fields=["file", "status", "finished_at", "entry_count"])
        # Older PDFs of the same owner and language are superseded: keep the newest only.
        for old in PortfolioPDF.objects.filter(owner_id=pdf.owner_id, language=pdf.language).exclude(pk=pdf.pk):
            old.delete()
        transaction.on_commit(lambda: emails.pdf_ready(pdf))
