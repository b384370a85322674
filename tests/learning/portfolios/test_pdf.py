"""The portfolio PDF: read back as text, in the owner's language, every script; large ones in the background."""

import io

from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

import pytest
from pypdf import PdfReader

from learning.models.portfolios import PDFStatus, PortfolioPDF
from learning.portfolios import pdf as portfolio_pdf
from tests.learning.portfolios.factories import EducatorFactory, EntryFactory, add_photo

pytestmark = pytest.mark.django_db


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages), reader


def _download(client, owner):
    client.force_login(owner)
    response = client.post(reverse("portfolios:pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return response.content


def test_a_small_portfolio_downloads_at_once(client, owner):
    entry = EntryFactory(owner=owner, title="Picture prompts for number talks", hours=3)
    entry.reflection = "<p>Starting from a photo of the playground got everyone talking.</p>"
    entry.save()
    add_photo(entry, title="The playground photo")
    text, reader = pdf_text(_download(client, owner))
    assert "Layla Haddad" in text
    assert "Picture prompts for number talks" in text
    assert "Starting from a photo of the playground" in text
    assert "The playground photo" in text  # in the evidence list
    assert "Credit summary" in text and "Hours recorded in this portfolio" in text
    # The photo is in the PDF as an image.
    assert any(page.images for page in reader.pages)


def test_an_arabic_entry_and_a_chinese_owner(client):
    owner = EducatorFactory(first_name="李", last_name="明", preferred_language="zh-hans")
    EntryFactory(
        owner=owner, title="تعلم الرياضيات بالصور", language="ar", reflection="<p>بدأ الطلاب الحديث عن الصورة.</p>"
    )
    EntryFactory(owner=owner, title="小组讨论", language="zh-hans", reflection="<p>学生们讨论得很热烈。</p>")
    text, _reader = pdf_text(_download(client, owner))
    assert "الرياضيات" in text  # Arabic stays text (shaped, right to left)
    assert "بالصور" in text
    assert "小组讨论" in text and "学生们讨论得很热烈" in text
    with translation.override("zh-hans"):
        assert gettext("Credit summary") in text  # the owner's language


def test_nobody_else_can_make_my_pdf(client):
    response = client.post(reverse("portfolios:pdf"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_large_portfolio_is_built_in_the_background_and_mailed(client, django_capture_on_commit_callbacks):
    owner = EducatorFactory(first_name="Ana", last_name="Souza", preferred_language="pt", email="ana@example.org")
    for number in range(portfolio_pdf.BACKGROUND_FROM_ENTRIES + 1):
        EntryFactory(owner=owner, title=f"Entrada {number}")
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("portfolios:pdf"))
    assert response.status_code == 302 and response["Location"] == reverse("portfolios:pdf")
    pdf = PortfolioPDF.objects.get()
    assert pdf.status == PDFStatus.READY and pdf.language == "pt"
    assert pdf.entry_count == portfolio_pdf.BACKGROUND_FROM_ENTRIES + 1

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@example.org"]
    with translation.override("pt"):
        assert message.subject == gettext("Your portfolio PDF is ready")
        download = reverse("portfolios:pdf_download", args=[pdf.pk])
    assert download.startswith("/pt/") and download in message.body

    response = client.get(download)
    assert response.status_code == 200
    text, _reader = pdf_text(b"".join(response.streaming_content))
    assert "Entrada 0" in text and "Entrada 15" in text

    # Asking again for the same portfolio builds nothing new.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("portfolios:pdf"))
    assert PortfolioPDF.objects.count() == 1 and len(mail.outbox) == 1


def test_a_stored_pdf_is_only_for_its_owner(client, owner, colleague, staff):
    pdf = PortfolioPDF.objects.create(owner=owner, language="en", digest="x", status=PDFStatus.READY)
    pdf.file.save("p.pdf", io.BytesIO(b"%PDF-1.4"), save=True)
    for person in (colleague, staff):
        client.force_login(person)
        assert client.get(reverse("portfolios:pdf_download", args=[pdf.pk])).status_code == 404
    client.logout()
    assert client.get(reverse("portfolios:pdf_download", args=[pdf.pk])).status_code == 302


def test_a_failed_build_is_marked_and_mails_nothing(owner, monkeypatch):
    def broken(*args):
        raise RuntimeError("no fonts")

    monkeypatch.setattr("learning.portfolios.tasks.render_portfolio_pdf", broken)
    pdf = PortfolioPDF.objects.create(owner=owner, language="en", digest="y")
    from learning.portfolios.tasks import build_portfolio_pdf

    build_portfolio_pdf.call(pdf.pk)
    pdf.refresh_from_db()
    assert pdf.status == PDFStatus.FAILED
    assert not mail.outbox


def test_the_credit_summary_of_the_catalog_is_used_when_there(owner):
    credits = portfolio_pdf.catalog_credits(owner)
    assert credits is not None and hasattr(credits, "total_points")


def test_a_failing_mail_server_does_not_lose_the_pdf(owner, monkeypatch, django_capture_on_commit_callbacks):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("no SMTP here")

    logged = []
    monkeypatch.setattr(
        "learning.portfolios.emails.logger.exception", lambda message, *args: logged.append(message % args)
    )

    monkeypatch.setattr("django.core.mail.send_mail", refuse)
    monkeypatch.setattr("learning.portfolios.tasks.render_portfolio_pdf", lambda owner, language: b"%PDF-1.4 tiny")
    pdf = PortfolioPDF.objects.create(owner=owner, language="en", digest="z")
    from learning.portfolios.tasks import build_portfolio_pdf

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        build_portfolio_pdf.call(pdf.pk)
    assert callbacks
    pdf.refresh_from_db()
    assert pdf.status == PDFStatus.READY
    assert logged == [f"Could not send the pdf_ready e-mail to user {owner.pk}"]
