"""The cached tallies behind the results: settled responses are counted once, newer ones live,
and the results are always the same as counting everything again."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from engagement.models import SurveyResponse
from engagement.surveys import tally
from engagement.surveys.results import ResultFilters, survey_results
from tests.engagement.surveys.factories import make_response, translate_survey
from tests.engagement.surveys.results_helpers import make_school, respond
from tests.engagement.surveys.test_results import FULL_ANSWERS

pytestmark = pytest.mark.django_db


def snapshot(results):
    """Everything a results page shows, as plain data."""
    questions = [
        (
            q.code,
            q.respondents,
            [(o.code, o.count, o.percent) for o in q.options],
            [(r.code, r.respondents, [(o.code, o.count) for o in r.options]) for r in q.rows],
            [(i.code, i.times_ranked, i.average_rank, i.first_place) for i in q.ranking],
            q.mean,
            q.median,
            q.minimum,
            q.maximum,
            q.first_date,
            q.last_date,
            q.text_count,
        )
        for q in results.questions
    ]
    counts = (
        results.total,
        [(row.key, row.count) for row in results.by_language],
        [(row.key, row.count) for row in results.by_audience],
        [(row.key, row.count) for row in results.by_school],
        [row.key for row in results.schools_not_heard_from],
        results.without_school,
    )
    return questions, counts


def counted_from_scratch(page, filters=None):
    saved = {key: cache.get(key) for key in [tally.CHECKPOINTS_KEY]}
    cache.clear()
    result = snapshot(survey_results(page, filters))
    cache.clear()
    cache.set_many({key: value for key, value in saved.items() if value is not None}, None)
    return result


@pytest.fixture
def settle_at_once(settings):
    settings.SURVEY_RESULTS_SETTLE_SECONDS = 0


@pytest.fixture
def clock(monkeypatch):
    now = [1_000_000.0]
    monkeypatch.setattr(tally.time, "time", lambda: now[0])
    return now


def test_settled_responses_are_counted_once_and_newer_ones_live(survey, settle_at_once):
    respond(survey, 3, FULL_ANSWERS)
    survey_results(survey)  # notes a checkpoint
    survey_results(survey)  # counts the settled responses and keeps the tally
    respond(survey, 2, {"travel": "car", "children": 9})
    results = survey_results(survey)
    assert snapshot(results) == counted_from_scratch(survey)
    assert results.total == 5


def test_a_cached_tally_saves_the_big_queries(survey, settle_at_once):
    respond(survey, 3, FULL_ANSWERS)
    survey_results(survey)
    survey_results(survey)
    with CaptureQueriesContext(connection) as captured:
        survey_results(survey)
    answer_queries = [query for query in captured if "engagement_surveyanswer" in query["sql"]]
    assert answer_queries == []  # nothing new came in: the tally answers everything


def test_deleting_a_response_is_reflected_at_once(survey, settle_at_once):
    first, *_rest = respond(survey, 3, {"travel": "walk"})
    survey_results(survey)
    survey_results(survey)
    first.delete()
    travel = survey_results(survey).questions[0]
    assert travel.options[0].count == 2
    assert snapshot(survey_results(survey)) == counted_from_scratch(survey)


def test_changing_a_response_is_reflected_at_once(survey, settle_at_once):
    response = make_response(survey, {"travel": "walk"})
    survey_results(survey)
    survey_results(survey)
    response.language = "es"
    response.save()
    by_language = {row.key: row.count for row in survey_results(survey).by_language}
    assert (by_language["en"], by_language["es"]) == (0, 1)


def test_deleting_a_school_moves_its_responses_to_no_school(survey, settle_at_once):
    school = make_school("Old Annex")
    make_response(survey, {}, school=school)
    survey_results(survey)
    survey_results(survey)
    school.delete()
    results = survey_results(survey)
    assert (results.by_school, results.without_school) == ([], 1)


def test_filtered_results_have_tallies_of_their_own(survey, settle_at_once):
    creole = translate_survey(survey, "ht")
    respond(survey, 2, {"travel": "walk"})
    respond(creole, 3, {"travel": "bus"})
    creole_only = ResultFilters(language="ht")
    for _ in range(3):
        assert survey_results(survey, creole_only).total == 3
        assert survey_results(survey).total == 5
    make_response(creole, {"travel": "car"})
    assert snapshot(survey_results(survey, creole_only)) == counted_from_scratch(survey, creole_only)


def test_responses_are_not_cached_before_they_settle(survey, clock, settings, monkeypatch):
    settings.SURVEY_RESULTS_SETTLE_SECONDS = 600
    settled_counts = []
    count = tally.count

    def spying_count(survey_key, layout, filters, after=0, upto=None):
        if upto is not None:
            settled_counts.append((after, upto))
        return count(survey_key, layout, filters, after=after, upto=upto)

    monkeypatch.setattr(tally, "count", spying_count)
    first, second = respond(survey, 2, {"travel": "walk"})
    survey_results(survey)  # a checkpoint now
    clock[0] += 599
    survey_results(survey)
    assert settled_counts == []
    clock[0] += 2
    respond(survey, 1, {"travel": "bus"})
    results = survey_results(survey)  # the first two have settled; the third is counted live
    assert settled_counts == [(0, second.pk)]
    assert results.total == 3
    assert snapshot(results) == counted_from_scratch(survey)


def test_many_rounds_of_answers_and_reads_always_match_a_fresh_count(survey, settle_at_once):
    creole = translate_survey(survey, "ht")
    school = make_school("North High")
    answer_sets = [
        FULL_ANSWERS,
        {"travel": {"other": "Bike"}, "priorities": ["libraries"], "children": 1},
        {"safety": 1, "investments": ["aides", "libraries", "nurses"], "last-visit": "2025-12-01"},
        {"school-life": {"news": "agree"}, "anything-else": "Thanks", "children": 4},
    ]
    for round_number in range(8):
        page = creole if round_number % 2 else survey
        make_response(page, answer_sets[round_number % 4], school=school if round_number % 3 == 0 else None)
        if round_number == 5:
            SurveyResponse.objects.filter(survey_key=survey.survey_key).first().delete()
        assert snapshot(survey_results(survey)) == counted_from_scratch(survey), round_number
