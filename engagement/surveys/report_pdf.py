"""The results of a survey as a PDF, in the staff member's language.

The same figures and the same SVG charts as the admin's results view (WeasyPrint draws inline
SVG, with the Noto fonts of every script), with the filters that were applied. A report reflects
the responses at the moment it is asked for, so it is rendered on request and not stored.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from engagement.surveys.results import survey_results
from home import pdf as pdf_service


def report_language(user, requested=""):
    """The language asked for, else the person's preferred language, else the admin's."""
    codes = {code for code, _name in settings.LANGUAGES}
    for candidate in (requested, getattr(user, "preferred_language", ""), translation.get_language()):
        if candidate in codes:
            return candidate
    return settings.LANGUAGE_CODE


def results_pdf(page, filters, language):
    """The PDF (bytes) of the survey's results under ``filters``, written in ``language``."""
    with translation.override(language):
        results = survey_results(page, filters, language)
        html = render_to_string(
            "engagement/surveys/results/report_pdf.html",
            {
                "page": results.page,
                "results": results,
                "generated_at": timezone.localtime(),
                # Built from a CSS-escaped string (home.pdf.css_string).
                "page_numbers_css": mark_safe(pdf_service.page_numbers_css()),
            },
        )
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/"
    return pdf_service.render_pdf(html, base_url)
