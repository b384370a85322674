"""Survey results: answers pool across languages, every kind of question adds up, filters narrow it,
and the cost in queries does not depend on the number of responses."""

import datetime
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engagement.models import SurveyAnswer
from engagement.surveys.results import ResultFilters, ResultsFilterForm, survey_results
from tests.engagement.surveys.factories import make_response, question_id, translate_survey
from tests.engagement.surveys.results_helpers import make_school, on, respond

pytestmark = pytest.mark.django_db


def result_of(results, code):
    return next(question for question in results.questions if question.code == code)


def counts(question):
    return {option.code: option.count for option in question.options}


# Pooling across languages (DESIGN.md, invariant 1)


def test_answers_in_haitian_creole_and_english_count_in_the_same_chart(survey):
    creole = translate_survey(survey, "ht")
    make_response(survey, {"travel": "bus"})
    make_response(creole, {"travel": "bus"})
    make_response(creole, {"travel": "walk"})

    travel = result_of(survey_results(survey, language="en"), "travel")

    assert counts(travel) == {"walk": 1, "bus": 2, "car": 0, "": 0}
    assert travel.respondents == 3


def test_results_read_from_any_language_version_are_the_same(survey):
    creole = translate_survey(survey, "ht")
    make_response(survey, {"priorities": ["arts"]})
    make_response(creole, {"priorities": ["arts", "libraries"]})

    from_english = result_of(survey_results(survey, language="en"), "priorities")
    from_creole = result_of(survey_results(creole, language="en"), "priorities")

    assert (
        counts(from_english)
        == counts(from_creole)
        == {
            "smaller-classes": 0,
            "counselors": 0,
            "arts": 2,
            "libraries": 1,
        }
    )


def test_labels_are_in_the_readers_language(survey):
    translate_survey(survey, "ht")
    make_response(survey, {"travel": "walk"})

    travel = result_of(survey_results(survey, language="ht"), "travel")

    assert travel.label == "Kijan pitit ou a konn ale lekòl?"
    assert [option.label for option in travel.options][:3] == ["A pye", "Otobis lekòl", "An machin"]


def test_labels_fall_back_to_the_source_where_a_translation_lacks_them(survey):
    translate_survey(survey, "ar")  # the Arabic words leave the ranking question untranslated

    results = survey_results(survey, language="ar")

    assert result_of(results, "travel").label == "كيف يذهب طفلك إلى المدرسة عادةً؟"
    assert result_of(results, "investments").label == "Put these in order of importance."


def test_labels_fall_back_to_the_source_in_a_language_the_survey_is_not_in(survey):
    results = survey_results(survey, language="vi")
    assert result_of(results, "travel").label == "How does your child usually get to school?"


# Each kind of question


def test_single_choice_counts_percentages_and_other(survey):
    respond(survey, 2, {"travel": "walk"})
    make_response(survey, {"travel": "car"})
    make_response(survey, {"travel": {"other": "My bicycle"}})

    travel = result_of(survey_results(survey), "travel")

    assert travel.respondents == 4
    assert [(o.code, o.count, o.percent) for o in travel.options] == [
        ("walk", 2, 50.0),
        ("bus", 0, 0.0),
        ("car", 1, 25.0),
        ("", 1, 25.0),
    ]
    assert travel.options[-1].is_other
    assert travel.text_count == 1


def test_multiple_choice_shares_are_of_the_people_who_answered(survey):
    make_response(survey, {"priorities": ["arts", "counselors"]})
    make_response(survey, {"priorities": ["arts"]})

    priorities = result_of(survey_results(survey), "priorities")

    assert priorities.respondents == 2
    by_code = {option.code: option for option in priorities.options}
    assert (by_code["arts"].count, by_code["arts"].percent) == (2, 100.0)
    assert (by_code["counselors"].count, by_code["counselors"].percent) == (1, 50.0)


def test_rating_distribution_and_mean(survey):
    for point in (1, 4, 4, 5):
        make_response(survey, {"safety": point})

    safety = result_of(survey_results(survey), "safety")

    assert counts(safety) == {"1": 1, "2": 0, "3": 0, "4": 2, "5": 1}
    assert safety.mean == 3.5
    assert safety.low_label == "Not safe at all"


def test_ranking_average_place_and_first_places(survey):
    make_response(survey, {"investments": ["nurses", "libraries", "aides"]})
    make_response(survey, {"investments": ["nurses", "aides", "libraries"]})
    make_response(survey, {"investments": ["aides", "nurses", "libraries"]})

    investments = result_of(survey_results(survey), "investments")

    assert investments.respondents == 3
    ranked = {item.code: item for item in investments.ranking}
    assert ranked["nurses"].first_place == 2
    assert ranked["nurses"].average_rank == pytest.approx(4 / 3, abs=0.01)
    assert ranked["libraries"].average_rank == pytest.approx(8 / 3, abs=0.01)
    assert ranked["aides"].first_place_percent == pytest.approx(33.3)
    assert [item.code for item in investments.ranking] == ["nurses", "aides", "libraries"]


def test_matrix_counts_each_row_on_its_own(survey):
    make_response(survey, {"school-life": {"homework": "agree", "news": "disagree"}})
    make_response(survey, {"school-life": {"homework": "agree"}})

    matrix = result_of(survey_results(survey), "school-life")

    homework, news = matrix.rows
    assert (homework.code, homework.respondents) == ("homework", 2)
    assert [(o.code, o.count, o.percent) for o in homework.options] == [
        ("agree", 2, 100.0),
        ("unsure", 0, 0.0),
        ("disagree", 0, 0.0),
    ]
    assert (news.respondents, news.options[2].count) == (1, 1)


def test_matrix_respondents_are_everyone_who_answered_a_row(survey):
    make_response(survey, {"school-life": {"homework": "agree"}})
    make_response(survey, {"school-life": {"news": "unsure"}})
    assert result_of(survey_results(survey), "school-life").respondents == 2


def test_number_range_mean_and_median(survey):
    for number in (1, 2, 2, 7):
        make_response(survey, {"children": number})

    children = result_of(survey_results(survey), "children")

    assert (children.respondents, children.minimum, children.maximum) == (4, 1, 7)
    assert children.mean == 3.0
    assert children.median == 2


def test_median_of_an_odd_count_is_the_middle_answer(survey):
    for number in (5, 1, Decimal("2.5")):
        make_response(survey, {"children": number})

    assert result_of(survey_results(survey), "children").median == Decimal("2.5")


def test_dates_give_their_range_and_texts_their_count(survey):
    make_response(survey, {"last-visit": "2026-02-01", "anything-else": "More buses, please."})
    make_response(survey, {"last-visit": "2025-09-15", "anything-else": "Thank you"})
    make_response(survey, {"last-visit": "2026-01-10"})

    results = survey_results(survey)

    visit = result_of(results, "last-visit")
    assert (visit.first_date, visit.last_date, visit.respondents) == (
        datetime.date(2025, 9, 15),
        datetime.date(2026, 2, 1),
        3,
    )
    assert result_of(results, "anything-else").text_count == 2


def test_a_choice_no_longer_offered_still_counts(survey):
    make_response(survey, {"travel": "walk"})
    response = make_response(survey, {})
    SurveyAnswer.objects.create(
        response=response, survey_key=survey.survey_key, question_id=question_id(survey, "travel"), choice="tram"
    )

    travel = result_of(survey_results(survey), "travel")

    tram = next(option for option in travel.options if option.code == "tram")
    assert (tram.count, tram.is_unknown, travel.respondents) == (1, True, 2)


def test_questions_without_answers_have_no_chart(survey):
    results = survey_results(survey)
    assert all(question.respondents == 0 and question.chart == "" for question in results.questions)


def test_published_only_keeps_the_questions_marked_for_publication(survey):
    codes = [question.code for question in survey_results(survey, published_only=True).questions]
    assert "travel" in codes
    assert "bus-trouble" not in codes and "anything-else" not in codes


# Who answered


def test_counts_by_language_audience_and_school_with_the_schools_not_heard_from(survey):
    north, south = make_school("North High"), make_school("South Elementary")
    make_school("East Middle")
    creole = translate_survey(survey, "ht")
    respond(survey, 2, {}, school=north, audience="family")
    make_response(creole, {}, school=south, audience="student")
    make_response(creole, {})

    results = survey_results(survey)

    assert results.total == 4
    by_language = {row.key: (row.count, row.percent) for row in results.by_language}
    assert by_language["en"] == (2, 50.0) and by_language["ht"] == (2, 50.0) and by_language["ar"] == (0, 0.0)
    assert {row.key: row.count for row in results.by_audience} == {
        "family": 2,
        "student": 1,
        "educator": 0,
        "community": 0,
        "partner": 0,
        "": 1,
    }
    assert [(row.label, row.count) for row in results.by_school] == [("North High", 2), ("South Elementary", 1)]
    assert [row.label for row in results.schools_not_heard_from] == ["East Middle"]
    assert results.without_school == 1


# Filters


@pytest.fixture
def mixed_responses(survey):
    north = make_school("North High")
    creole = translate_survey(survey, "ht")
    make_response(survey, {"travel": "walk"}, audience="family", school=north, submitted_at=on("2026-03-01"))
    make_response(creole, {"travel": "bus"}, audience="family", submitted_at=on("2026-03-05"))
    make_response(creole, {"travel": "car"}, audience="student", submitted_at=on("2026-03-09"))
    return {"north": north}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"language": "ht"}, {"bus": 1, "car": 1}),
        ({"audience": "family"}, {"walk": 1, "bus": 1}),
        ({"date_from": datetime.date(2026, 3, 5)}, {"bus": 1, "car": 1}),
        ({"date_to": datetime.date(2026, 3, 5)}, {"walk": 1, "bus": 1}),
        ({"date_from": datetime.date(2026, 3, 2), "date_to": datetime.date(2026, 3, 8)}, {"bus": 1}),
        ({"language": "ht", "audience": "student"}, {"car": 1}),
    ],
)
def test_filters_narrow_the_counts(survey, mixed_responses, filters, expected):
    results = survey_results(survey, ResultFilters(**filters))
    travel = result_of(results, "travel")
    assert {code: count for code, count in counts(travel).items() if count} == expected
    assert results.total == sum(expected.values())


def test_school_filter(survey, mixed_responses):
    results = survey_results(survey, ResultFilters(school=mixed_responses["north"]))
    assert {code: count for code, count in counts(result_of(results, "travel")).items() if count} == {"walk": 1}
    assert [row.label for row in results.by_school] == ["North High"]


def test_filter_form_turns_good_values_into_filters(mixed_responses):
    school = mixed_responses["north"]
    form = ResultsFilterForm(
        {"language": "ht", "audience": "family", "school": str(school.pk), "date_from": "2026-03-01"}
    )
    assert form.filters() == ResultFilters("ht", "family", school, datetime.date(2026, 3, 1), None)
    assert "language=ht" in form.query_string()


@pytest.mark.parametrize(
    "data",
    [
        {"language": "klingon"},
        {"audience": "aliens"},
        {"school": "999999"},
        {"school": "north"},
        {"date_from": "yesterday"},
        {"date_from": "2026-02-30"},
        {"date_from": "2026-03-09", "date_to": "2026-03-01"},
    ],
)
def test_bad_filter_values_are_form_errors_and_left_out(survey, data):
    form = ResultsFilterForm(data)
    filters = form.filters()
    assert form.errors
    assert filters.is_empty or filters.date_from  # the end before the start leaves the start
    survey_results(survey, filters)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.dictionaries(
        st.sampled_from(["language", "audience", "school", "date_from", "date_to"]),
        st.text(max_size=40),
    )
)
def test_any_filter_input_gives_results_or_errors_never_an_exception(survey, data):
    survey_results(survey, ResultsFilterForm(data).filters())


# A fixed number of queries (DESIGN.md, invariant 5)


def queries_for_results(page, filters=None):
    """The SELECTs that results cost (PostgreSQL adds a savepoint and a SET LOCAL around them)."""
    with CaptureQueriesContext(connection) as captured:
        survey_results(page, filters)
    return len([query for query in captured if query["sql"].lstrip().upper().startswith("SELECT")])


FULL_ANSWERS = {
    "travel": "bus",
    "bus-trouble": "Too early",
    "priorities": ["arts", "counselors"],
    "safety": 4,
    "investments": ["nurses", "libraries", "aides"],
    "school-life": {"homework": "agree", "news": "unsure"},
    "children": 2,
    "last-visit": "2026-01-10",
    "anything-else": "Thanks",
}


@pytest.mark.parametrize("filtered", [False, True])
def test_results_cost_the_same_queries_for_few_or_many_responses(survey, filtered):
    creole = translate_survey(survey, "ht")
    filters = ResultFilters(language="ht", date_from=datetime.date(2020, 1, 1)) if filtered else None
    respond(creole, 1, FULL_ANSWERS)
    few = queries_for_results(survey, filters)
    respond(creole, 30, FULL_ANSWERS)
    respond(survey, 10, FULL_ANSWERS)
    many = queries_for_results(survey, filters)
    assert few == many
    assert many <= 8
