"""The results report as a PDF, read back as text: what a staff member could select and search."""

import io
import re

from django.urls import reverse

import pytest
from pypdf import PdfReader

from engagement.surveys.report_pdf import report_language
from home.roles import COMMUNICATIONS, ORGANIZERS
from tests.engagement.surveys.factories import SURVEY_TEXT, make_response, translate_survey
from tests.engagement.surveys.results_helpers import make_school, make_staff, respond

pytestmark = pytest.mark.django_db

CHINESE = {
    "title": "家长调查",
    "How does your child usually get to school?": "您的孩子通常怎样上学？",
    "Walking": "步行",
    "School bus": "校车",
    "By car": "乘车",
}


def report_url(survey):
    return reverse("survey_results:report_pdf", args=(survey.pk,))


def read_report(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def fonts_of(reader):
    fonts = set()
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            fonts.add(str(font.get_object().get("/BaseFont", "")))
    return fonts


@pytest.fixture
def organizer_client(client):
    client.force_login(make_staff(ORGANIZERS, preferred_language="en"))
    return client


def test_english_report_has_the_questions_counts_and_filters(organizer_client, survey):
    make_school("Lakeside Elementary")
    creole = translate_survey(survey, "ht")
    respond(survey, 2, {"travel": "bus", "safety": 5})
    make_response(creole, {"travel": "walk", "safety": 3})

    reader, text = read_report(organizer_client.get(report_url(survey)))

    assert reader.metadata.title == f"Survey results: {survey.title}"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert "How does your child usually get to school?" in text
    assert "3 responses" in text
    assert "Haitian Creole" in text
    assert "Lakeside Elementary" in text  # not heard from yet
    assert "None: every response is counted." in text
    assert re.search(r"School bus\s*2\s*67%", text), "the table row: label, count, share"
    assert "Average: 4.33 out of 5" in text


def test_report_lists_the_filters_applied(organizer_client, survey):
    make_response(survey, {"travel": "bus"}, audience="family")
    _reader, text = read_report(organizer_client.get(report_url(survey) + "?audience=family&date_from=2026-01-05"))
    assert "Audience: Parent, guardian or family member" in text
    assert "Submitted from: Jan. 5, 2026" in text
    assert "1 response" in text


def test_the_chart_is_drawn_into_the_pdf_as_text(organizer_client, survey):
    make_response(survey, {"travel": "bus"})
    _reader, text = read_report(organizer_client.get(report_url(survey)))
    assert "1 · 100%" in text  # the figure written after the bar in the SVG chart


def test_arabic_report_is_in_arabic_in_an_arabic_font(organizer_client, survey):
    arabic = translate_survey(survey, "ar")
    make_response(arabic, {"travel": "walk"})
    make_response(survey, {"travel": "walk"})

    reader, text = read_report(organizer_client.get(report_url(survey) + "?lang=ar"))

    assert reader.trailer["/Root"]["/Lang"] == "ar"
    assert SURVEY_TEXT["ar"]["How does your child usually get to school?"] in text
    assert SURVEY_TEXT["ar"]["title"] in reader.metadata.title
    assert any("Naskh-Arabic" in font for font in fonts_of(reader))


def test_chinese_report_uses_a_cjk_font(organizer_client, survey):
    translate_survey(survey, "zh-hans", words=CHINESE)
    make_response(survey, {"travel": "bus"})

    reader, text = read_report(organizer_client.get(report_url(survey) + "?lang=zh-hans"))

    assert CHINESE["How does your child usually get to school?"] in text
    assert "校车" in text
    assert any("NotoSansCJK" in font.replace("-", "") for font in fonts_of(reader))


def test_report_is_in_the_staff_members_preferred_language_by_default(client, survey):
    translate_survey(survey, "es")
    make_response(survey, {"travel": "walk"})
    client.force_login(make_staff(ORGANIZERS, preferred_language="es"))

    reader, text = read_report(client.get(report_url(survey)))

    assert reader.trailer["/Root"]["/Lang"] == "es"
    assert "¿Cómo llega su hijo o hija a la escuela normalmente?" in text


def test_report_language_falls_back_when_asked_for_one_that_does_not_exist():
    class Person:
        preferred_language = "pt"

    assert report_language(Person(), "klingon") == "pt"
    assert report_language(Person(), "vi") == "vi"


def test_report_is_refused_to_staff_without_the_permission(client, survey):
    client.force_login(make_staff(COMMUNICATIONS))
    assert client.get(report_url(survey)).status_code == 403
