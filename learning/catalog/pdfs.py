"""The certificate and the credit transcript as PDFs, in the educator's language (``home.pdf.render_pdf``).

Both reflect the records at the moment they are asked for (a revoked certificate, a new completion),
and are small, so they are rendered on request and not stored.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from home import pdf as pdf_service
from home.localization import language_of
from learning.catalog.credits import credit_summary
from learning.models.catalog import CreditType, OfferingPage
from learning.standards import Standard


def _site_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def _render(template, context):
    html = render_to_string(
        template,
        {
            **context,
            "generated_at": timezone.localtime(),
            "page_numbers_css": mark_safe(pdf_service.page_numbers_css()),  # built from a CSS-escaped string
        },
    )
    return pdf_service.render_pdf(html, _site_url() + "/")


def _in_language(offering, language):
    """The offering's version in ``language`` if it is translated, else the one given."""
    return (
        OfferingPage.objects.filter(translation_key=offering.translation_key, locale__language_code=language).first()
        or offering
    )


def certificate_pdf(certificate, request=None):
    enrolment = certificate.enrolment
    educator = enrolment.educator
    language = language_of(educator)
    with translation.override(language):
        offering = _in_language(enrolment.offering, language)
        sessions = list(offering.sessions.order_by("starts_at", "pk"))
        verify_url = _site_url() + reverse("learning:verify_certificate", kwargs={"code": certificate.code})
        return _render(
            "learning/catalog/pdf/certificate.html",
            {
                "certificate": certificate,
                "educator": educator,
                "offering": offering,
                "first_session": sessions[0] if sessions else None,
                "last_session": sessions[-1] if sessions else None,
                "credit_type_label": CreditType(certificate.credit_type).label,
                "verify_url": verify_url,
            },
        )


def transcript_pdf(user, request=None):
    language = language_of(user)
    with translation.override(language):
        summary = credit_summary(user)
        for certificate in summary.certificates:
            certificate.offering_shown = _in_language(certificate.enrolment.offering, language)
            certificate.credit_type_label = CreditType(certificate.credit_type).label
        return _render(
            "learning/catalog/pdf/transcript.html",
            {
                "educator": user,
                "summary": summary,
                "by_type": [(label, summary.by_type.get(code, 0)) for code, label in CreditType.choices],
                "by_standard": [(label, summary.by_standard.get(code, 0)) for code, label in Standard.choices],
            },
        )
