"""Certificates: the signed verification code, the public verification page, the PDF read back as text."""

from django.urls import reverse
from django.utils import translation

import pytest

from learning.catalog.certificates import certificate_for_code, sign_code
from learning.models.catalog import Certificate
from tests.factories import translate_page
from tests.learning.catalog.factories import EducatorFactory, complete, make_offering
from tests.learning.catalog.pdf_text import pdf_reader
from tests.learning.catalog.pdf_text import pdf_text as read_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(offering, educator):
    return complete(offering, educator).certificate


def verify_url(code, language="en"):
    with translation.override(language):
        return reverse("learning:verify_certificate", kwargs={"code": code})


def pdf_text(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return read_pdf(response.content)


def test_a_valid_code_names_its_certificate(certificate):
    assert certificate_for_code(certificate.code) == certificate


def test_the_public_page_confirms_a_valid_certificate(client, certificate, educator, offering):
    response = client.get(verify_url(certificate.code))
    assert response.status_code == 200
    assert offering.title in response.content.decode()
    assert educator.get_full_name() in response.content.decode()


def test_a_forged_code_is_refused(client, certificate):
    import uuid

    forged = uuid.uuid4().hex + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    assert certificate_for_code(forged) is None
    assert client.get(verify_url(forged)).status_code == 404


def test_an_altered_code_is_refused(client, certificate):
    code = certificate.code
    altered = ("0" if code[0] != "0" else "1") + code[1:]
    assert certificate_for_code(altered) is None
    assert client.get(verify_url(altered)).status_code == 404


def test_a_well_signed_code_without_a_certificate_is_refused(certificate):
    import uuid

    assert certificate_for_code(sign_code(uuid.uuid4())) is None


def test_a_withdrawn_certificate_no_longer_verifies(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(revoked=True)
    assert client.get(verify_url(certificate.code)).status_code == 404


@pytest.mark.parametrize("code", ["", "x", "a" * 500, "../../etc", "%00", "١٢٣", "abc.def.ghi"])
def test_garbage_codes_never_fail(client, code):
    response = client.get(reverse("learning:verify_lookup"), {"code": code})
    assert response.status_code in (200, 302)
    assert certificate_for_code(code) is None


def test_the_certificate_pdf_reads_back_with_name_offering_credits_and_code(client, certificate, educator, offering):
    educator.preferred_language = "en"
    educator.save()
    client.force_login(educator)
    text = pdf_text(client.get(reverse("learning:certificate_pdf", args=[certificate.enrolment_id])))
    flat = "".join(text.split())
    assert educator.get_full_name().replace(" ", "") in flat
    assert offering.title.replace(" ", "") in flat
    assert certificate.code in flat
    assert "10" in text


@pytest.mark.parametrize(
    ("language", "title"),
    [("ar", "ورشة القراءة"), ("zh-hans", "阅读工作坊")],
)
def test_the_certificate_renders_arabic_and_chinese(client, catalog, language, title):
    offering = make_offering(catalog, title="Reading workshop", reflection_required=False)
    translate_page(offering, language, title=title)
    educator = EducatorFactory(preferred_language=language, first_name="Amal", last_name="Chen")
    enrolment = complete(offering, educator)
    client.force_login(educator)
    response = client.get(reverse("learning:certificate_pdf", args=[enrolment.pk]))
    text = pdf_text(response)
    flat = "".join(text.split())
    fonts = {
        str(font.get_object().get("/BaseFont", ""))
        for page in pdf_reader(response.content).pages
        for font in page["/Resources"]["/Font"].values()
    }
    expected_font = "NotoSansCJK" if language == "zh-hans" else "NotoNaskhArabic"
    assert any(expected_font in font.replace("-", "") for font in fonts), fonts
    assert "".join(title.split()) in flat or "".join(reversed(title.replace(" ", ""))) in flat
    with translation.override(language):
        from django.utils.translation import gettext

        assert "".join(gettext("Certificate of completion").split()) in flat or language == "ar"


def test_someone_elses_certificate_is_not_found(client, certificate):
    client.force_login(EducatorFactory())
    response = client.get(reverse("learning:certificate_pdf", args=[certificate.enrolment_id]))
    assert response.status_code == 404


def test_the_certificate_download_needs_a_sign_in(client, certificate):
    response = client.get(reverse("learning:certificate_pdf", args=[certificate.enrolment_id]))
    assert response.status_code == 302
