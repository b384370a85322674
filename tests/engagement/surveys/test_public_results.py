"""The public "What you told us" page: published questions only, in every language, no open answers."""

from django.utils import translation
from django.utils.html import escape
from django.utils.translation import ngettext

import pytest

from tests.engagement.surveys.factories import make_response, translate_survey

pytestmark = pytest.mark.django_db


def publish_results(page, published=True):
    page.results_published = published
    page.save_revision().publish()
    return page


@pytest.fixture
def answered_survey(survey):
    creole = translate_survey(survey, "ht")
    make_response(
        survey,
        {"travel": {"other": "Ms. Alvarez drives me"}, "bus-trouble": "Driver Tom is rude", "safety": 5},
    )
    make_response(creole, {"travel": "walk", "anything-else": "Jean-Pierre at 12 Elm St. needs help", "safety": 4})
    make_response(creole, {"travel": "walk"})
    return survey, creole


def test_unpublished_results_are_not_found(client, answered_survey):
    survey, creole = answered_survey
    assert client.get(f"{survey.url}results/").status_code == 404
    assert client.get(f"{creole.url}results/").status_code == 404


def test_published_results_show_only_the_questions_marked_for_publication(client, answered_survey):
    survey, creole = answered_survey
    publish_results(survey)

    response = client.get(f"{survey.url}results/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "How does your child usually get to school?" in html
    assert "How safe does your child feel at school?" in html
    assert "What would make the bus ride better?" not in html
    assert "Anything else you want us to know?" not in html
    assert 'role="img"' in html  # the chart
    assert "Walking: 2 · 67%" in html  # pooled: both Haitian Creole answers count


def test_open_answers_never_appear(client, answered_survey):
    survey, _creole = answered_survey
    publish_results(survey)
    html = client.get(f"{survey.url}results/").content.decode()
    for private in ("Ms. Alvarez", "Driver Tom", "Jean-Pierre"):
        assert private not in html


def test_each_language_shows_its_words_and_everyones_answers(client, answered_survey):
    survey, creole = answered_survey
    publish_results(survey)  # on the source page: for every language

    html = client.get(f"{creole.url}results/").content.decode()

    assert '<html lang="ht"' in html
    assert "Kijan pitit ou a konn ale lekòl?" in html
    assert "A pye: 2 · 67%" in html
    with translation.override("ht"):
        answered = ngettext(
            "%(counter)s person answered this survey.",
            "%(counter)s people answered this survey, in every language we asked in, and their answers are "
            "counted together here.",
            3,
        ) % {"counter": 3}
    assert escape(answered) in html


def test_a_language_without_a_translation_of_a_question_falls_back_to_english(client, survey):
    arabic = translate_survey(survey, "ar")
    make_response(survey, {"investments": ["nurses", "aides", "libraries"]})
    publish_results(survey)

    response = client.get(f"{arabic.url}results/")

    html = response.content.decode()
    assert 'dir="rtl"' in html
    assert 'direction="rtl"' in html  # the chart reads from the right
    assert "Put these in order of importance." in html


def test_the_page_is_the_same_for_everyone_and_cached(client, answered_survey):
    survey, _creole = answered_survey
    publish_results(survey)
    first = client.get(f"{survey.url}results/")
    assert not first.cookies
    assert "csrfmiddlewaretoken" not in first.content.decode()
    second = client.get(f"{survey.url}results/")
    assert second["X-Page-Cache"] == "hit"


def test_a_translation_cannot_publish_what_the_source_does_not(client, answered_survey):
    _survey, creole = answered_survey
    publish_results(creole)
    assert client.get(f"{creole.url}results/").status_code == 404


def test_unpublishing_the_results_takes_the_page_down(client, answered_survey):
    survey, _creole = answered_survey
    publish_results(survey)
    assert client.get(f"{survey.url}results/").status_code == 200
    publish_results(survey, published=False)
    assert client.get(f"{survey.url}results/").status_code == 404
