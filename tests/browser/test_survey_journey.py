"""Answering a survey in the browser.

A parent answers the family survey in Spanish on a phone, forgets a question that appeared when
they chose the school bus, fixes it and sends; their answers are counted in the English results.
The same survey answered without JavaScript on a 320-pixel screen; and axe-core finds nothing
serious or critical on the survey in any of the seven languages, with and without errors shown.
"""

import re

from django.conf import settings

import pytest
from playwright.sync_api import expect

from engagement.models import SurveyAnswer, SurveyResponse
from engagement.surveys.results import survey_results
from home.models import School
from tests.browser.screens import PHONE, SMALL_PHONE, assert_no_sideways_scroll
from tests.engagement.surveys.factories import (
    SURVEY_TEXT,
    make_survey,
    make_survey_index,
    question_id,
    translate_survey,
)
from tests.factories import make_multilingual_news_site

pytestmark = pytest.mark.browser

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SPANISH = {
    "title": "Encuesta para familias",
    "travel": "¿Cómo llega su hijo o hija a la escuela normalmente?",
    "bus": "Autobús escolar",
    "bus_trouble": "¿Qué mejoraría el viaje en autobús?",
    "smaller_classes": "Clases más pequeñas",
    "children": "¿Cuántos de sus hijos van a nuestras escuelas?",
    "nurses": "Una enfermera en cada escuela",
    "librarians": "Bibliotecarios",
    "aides": "Asistentes",
}


@pytest.fixture
def survey_site(live_server, django_db_serialized_rollback):
    """The site in every language, with the family survey (two steps) translated into each."""
    pages = make_multilingual_news_site()
    School.objects.create(name="Escuela Hernández", neighbourhood="Jamaica Plain")
    index = make_survey_index(pages["home"]["en"])  # translated with the survey (as an alias of it)
    survey = make_survey(index, title="Family survey", slug="family-survey", ask_profile=True)
    versions = {"en": survey}
    for language in LANGUAGES[1:]:
        versions[language] = translate_survey(survey, language)
    return versions


def step_label(ui_text, language, position, total):
    return ui_text(language, "Step %(position)s of %(total)s") % {"position": position, "total": total}


def test_a_parent_answers_in_spanish_on_a_phone_fixes_a_mistake_and_is_counted(
    new_page, survey_site, ui_text, assert_no_serious_violations
):
    page = new_page(viewport=PHONE)
    spanish = survey_site["es"]

    page.goto(spanish.url)

    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("heading", level=1)).to_have_text(SPANISH["title"])
    expect(page.get_by_text(step_label(ui_text, "es", 1, 2))).to_be_visible()
    page.get_by_label(ui_text("es", "Parent, guardian or family member")).check()
    page.get_by_label(ui_text("es", "School"), exact=True).select_option(label="Escuela Hernández")
    travel = page.get_by_role("group", name=SPANISH["travel"])
    bus_trouble = page.get_by_label(SPANISH["bus_trouble"])
    expect(bus_trouble).to_be_hidden()  # shown only to those who take the bus
    travel.get_by_label(SPANISH["bus"]).check()
    expect(bus_trouble).to_be_visible()
    page.get_by_label(SPANISH["smaller_classes"]).check()

    # The mistake: the question about the bus, which appeared and must be answered, is left empty.
    page.get_by_role("button", name=ui_text("es", "Next")).click()

    summary = page.get_by_role("alert")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text(ui_text("es", "Please check your answers"))
    expect(summary).to_contain_text(SPANISH["bus_trouble"])
    expect(summary).to_contain_text(ui_text("es", "Answer this question."))
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(travel.get_by_label(SPANISH["bus"])).to_be_checked()  # what they chose is still there
    expect(page.get_by_label(SPANISH["smaller_classes"])).to_be_checked()
    expect(page.get_by_label(ui_text("es", "School"), exact=True)).to_have_value(str(School.objects.get().pk))
    assert_no_serious_violations(page)
    summary.get_by_role("link").first.click()
    expect(bus_trouble).to_be_focused()
    expect(bus_trouble).to_have_attribute("aria-invalid", "true")

    bus_trouble.fill("Que llegue a tiempo")
    page.get_by_role("button", name=ui_text("es", "Next")).click()

    expect(page).to_have_url(re.compile(r"\?step=2$"))
    expect(page.get_by_text(step_label(ui_text, "es", 2, 2))).to_be_visible()
    page.get_by_label(SPANISH["children"]).fill("3")
    page.get_by_label(SPANISH["nurses"]).select_option("1")
    page.get_by_label(SPANISH["aides"]).select_option("2")
    page.get_by_label(SPANISH["librarians"]).select_option("3")
    assert_no_sideways_scroll(page)
    page.get_by_role("button", name=ui_text("es", "Send my answers")).click()

    expect(page).to_have_url(re.compile(r"/thanks/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(ui_text("es", "Thank you"))

    english = survey_site["en"]
    saved = SurveyResponse.objects.get()
    assert (saved.language, saved.audience, saved.survey_key) == ("es", "family", english.survey_key)
    results = survey_results(english, language="en")
    assert results.total == 1
    travel_result = next(question for question in results.questions if question.code == "travel")
    assert travel_result.label == "How does your child usually get to school?"
    assert {option.code: option.count for option in travel_result.options}["bus"] == 1
    assert SurveyAnswer.objects.get(question_id=question_id(english, "bus-trouble")).text == "Que llegue a tiempo"
    ranked = SurveyAnswer.objects.filter(question_id=question_id(english, "investments")).order_by("rank")
    assert [answer.choice for answer in ranked] == ["nurses", "aides", "libraries"]

    page.goto(spanish.url)  # the same browser again
    already = ui_text("es", "You have already answered this survey, thank you. Your answers were counted once.")
    expect(page.get_by_text(already)).to_be_visible()


def test_the_survey_works_without_javascript_on_a_small_phone(new_page, survey_site, ui_text):
    page = new_page(viewport=SMALL_PHONE, java_script_enabled=False)
    english = survey_site["en"]

    page.goto(english.url)

    page.get_by_label(ui_text("en", "Student"), exact=True).check()
    page.get_by_label("Walking").check()
    page.get_by_label("Open libraries").check()
    # Without JavaScript the bus question stays on the page; it is ignored for someone who walks.
    page.get_by_label("What would make the bus ride better?").fill("Not my bus")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Step 2 of 2")).to_be_visible()
    page.get_by_label("How many of your children go to our schools?").fill("2")
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_label("Walking")).to_be_checked()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_label("How many of your children go to our schools?")).to_have_value("2")
    assert_no_sideways_scroll(page)
    page.get_by_role("button", name="Send my answers").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you")
    saved = SurveyResponse.objects.get()
    assert saved.audience == "student"
    assert not SurveyAnswer.objects.filter(question_id=question_id(english, "bus-trouble")).exists()


def test_the_arabic_survey_fits_a_small_phone_right_to_left(new_page, survey_site, ui_text):
    page = new_page(viewport=SMALL_PHONE)
    arabic = survey_site["ar"]

    page.goto(arabic.url)
    page.get_by_role("button", name=ui_text("ar", "Next")).click()  # with its errors shown

    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("alert")).to_be_visible()
    assert_no_sideways_scroll(page)
    # Right to left, the choices sit at the right edge, their radio buttons before (right of) their labels.
    radio = page.get_by_label(SURVEY_TEXT["ar"]["School bus"]).bounding_box()
    label = page.get_by_text(SURVEY_TEXT["ar"]["School bus"], exact=True).bounding_box()
    assert radio["x"] > label["x"]


def test_the_survey_has_no_serious_violations_in_any_language(
    page, survey_site, ui_text, assert_no_serious_violations, subtests
):
    for language in LANGUAGES:
        with subtests.test(language=language):
            version = survey_site[language]
            page.goto(version.url)
            expect(page.locator("html")).to_have_attribute("lang", language)
            expect(page.get_by_role("heading", level=1)).to_have_text(version.title)
            assert_no_serious_violations(page)

            # The same page showing errors: nothing answered.
            page.get_by_role("button", name=ui_text(language, "Next")).click()
            expect(page.get_by_role("alert")).to_be_visible()
            assert_no_serious_violations(page)
