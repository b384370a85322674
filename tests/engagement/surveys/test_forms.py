"""The survey form checks every question type on the server, whatever the browser sent."""

from django.utils.datastructures import MultiValueDict

import pytest

from engagement.surveys.forms import SurveyForm
from engagement.surveys.structure import OTHER, survey_steps
from tests.engagement.surveys.conftest import GOOD_ANSWERS
from tests.engagement.surveys.factories import _choices, _question, form_data, make_survey, question_id

pytestmark = pytest.mark.django_db


def as_posted(data):
    """``data`` as a request's POST holds it: a list per field."""
    return MultiValueDict({name: value if isinstance(value, list) else [value] for name, value in data.items()})


def survey_form(page, answers, **extra):
    """The whole survey as one form (as staff see it), bound to ``answers`` by question code."""
    steps = survey_steps(page)
    extra.setdefault("audience", "family")
    data = form_data(page, answers, **extra)
    return SurveyForm(page, steps, [step.number for step in steps], data=as_posted(data), parts={"about"})


def errors_of(form, page, code):
    """The messages shown for the question whose code is ``code``."""
    for group in form.groups():
        for question in group["questions"]:
            if question["code"] == code:
                return [str(message) for message in question["errors"]]
    raise AssertionError(f"{code} is not shown")


def test_good_answers_give_normalised_answers(one_step_survey):
    form = survey_form(one_step_survey, GOOD_ANSWERS)

    assert form.is_valid(), form.errors
    answer = {code: form.answers.get(question_id(one_step_survey, code)) for code in GOOD_ANSWERS}
    assert answer == {
        "travel": {"choice": "walk"},
        "priorities": {"choices": ["smaller-classes", "counselors"], "other": ""},
        "safety": 4,
        "investments": ["nurses", "aides", "libraries"],
        "school-life": {"homework": "agree", "news": "unsure"},
        "children": "2",
        "last-visit": "2026-02-10",
        "anything-else": "More time outside, please.",
    }


# Choices


def test_a_choice_that_is_not_the_questions_is_refused(one_step_survey):
    form = survey_form(one_step_survey, {**GOOD_ANSWERS, "travel": "helicopter"})

    assert not form.is_valid()
    assert errors_of(form, one_step_survey, "travel") == ["Choose one of the answers shown."]


def test_a_choice_of_another_question_is_refused(one_step_survey):
    form = survey_form(one_step_survey, {**GOOD_ANSWERS, "priorities": ["smaller-classes", "walk"]})

    assert errors_of(form, one_step_survey, "priorities") == ["Choose one of the answers shown."]


def test_more_choices_than_allowed_are_refused(one_step_survey):
    form = survey_form(one_step_survey, {**GOOD_ANSWERS, "priorities": ["smaller-classes", "counselors", "arts"]})

    assert errors_of(form, one_step_survey, "priorities") == ["Choose at most 2 answers."]


def test_fewer_choices_than_required_are_refused(survey_index):
    page = make_survey(
        survey_index,
        questions=[
            _question(
                "multiple_choice",
                "days",
                "Which days suit you?",
                choices=_choices(("mon", "Monday"), ("tue", "Tuesday"), ("wed", "Wednesday")),
                min_choices=2,
            )
        ],
    )

    form = survey_form(page, {"days": ["mon"]}, audience="family")

    assert errors_of(form, page, "days") == ["Choose at least 2 answers."]


def test_an_optional_multiple_choice_may_be_left_empty_even_with_a_minimum(survey_index):
    page = make_survey(
        survey_index,
        questions=[
            _question(
                "multiple_choice",
                "days",
                "Which days suit you?",
                choices=_choices(("mon", "Monday"), ("tue", "Tuesday")),
                min_choices=2,
            )
        ],
    )

    assert survey_form(page, {}, audience="family").is_valid()


def test_other_needs_its_text(one_step_survey):
    steps = survey_steps(one_step_survey)
    data = form_data(one_step_survey, GOOD_ANSWERS, audience="family")
    data[f"q-{question_id(one_step_survey, 'travel')}"] = OTHER
    form = SurveyForm(one_step_survey, steps, [1], data=as_posted(data))

    assert errors_of(form, one_step_survey, "travel") == [
        "Write your other answer in the box, or choose one of the answers shown."
    ]


def test_other_text_without_ticking_other_counts_as_other(one_step_survey):
    """Without JavaScript the box is always there; someone who only wrote in it meant "other"."""
    data = form_data(one_step_survey, GOOD_ANSWERS, audience="family")
    name = f"q-{question_id(one_step_survey, 'travel')}"
    del data[name]
    data[f"{name}-other"] = "  Scooter "
    steps = survey_steps(one_step_survey)
    form = SurveyForm(one_step_survey, steps, [1], data=as_posted(data))

    assert form.is_valid(), form.errors
    assert form.answers[question_id(one_step_survey, "travel")] == {"choice": "", "other": "Scooter"}


def test_other_is_refused_where_it_is_not_offered(one_step_survey):
    data = form_data(one_step_survey, GOOD_ANSWERS, audience="family")
    data[f"q-{question_id(one_step_survey, 'priorities')}"] = ["counselors", OTHER]
    form = SurveyForm(one_step_survey, survey_steps(one_step_survey), [1], data=as_posted(data))

    assert errors_of(form, one_step_survey, "priorities") == ["Choose one of the answers shown."]


# Rating, ranking, matrix


def test_a_rating_off_the_scale_is_refused(one_step_survey):
    form = survey_form(one_step_survey, {**GOOD_ANSWERS, "safety": 6})

    assert errors_of(form, one_step_survey, "safety") == ["Choose one of the answers shown."]


@pytest.mark.parametrize(
    "positions",
    [
        ["1", "1", "2"],  # two items in the same place
        ["1", "2", ""],  # one left out
        ["1", "2", "4"],  # a place that does not exist
    ],
)
def test_a_ranking_must_put_each_item_in_its_own_place(one_step_survey, positions):
    data = form_data(one_step_survey, GOOD_ANSWERS, audience="family")
    block_id = question_id(one_step_survey, "investments")
    for index, position in enumerate(positions, start=1):
        data[f"q-{block_id}-{index}"] = position
    form = SurveyForm(one_step_survey, survey_steps(one_step_survey), [1], data=as_posted(data))

    assert not form.is_valid()
    assert errors_of(form, one_step_survey, "investments") in (
        ["Give each item a different position, from 1 to 3."],
        ["Choose one of the answers shown."],
    )


def test_a_matrix_column_that_is_not_on_the_scale_is_refused(one_step_survey):
    form = survey_form(one_step_survey, {**GOOD_ANSWERS, "school-life": {"homework": "strongly-agree"}})

    assert errors_of(form, one_step_survey, "school-life") == ["Choose one of the answers shown."]


def test_a_required_matrix_needs_every_row(survey_index):
    page = make_survey(
        survey_index,
        questions=[
            _question(
                "matrix",
                "feelings",
                "How do you feel about…",
                required=True,
                rows=_choices(("lunch", "Lunch"), ("recess", "Recess")),
                columns=_choices(("good", "Good"), ("bad", "Bad")),
            )
        ],
    )

    form = survey_form(page, {"feelings": {"lunch": "good"}}, audience="family")

    assert errors_of(form, page, "feelings") == ["Answer every row."]


# Numbers, dates, texts


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("0", "Enter a number from 1 to 12."),
        ("13", "Enter a number from 1 to 12."),
        ("2.5", "Enter a whole number, such as 3."),
        ("two", "Enter a number, such as 3 or 2.5."),
        ("1e400", "Enter a number, such as 3 or 2.5."),
        ("NaN", "Enter a number, such as 3 or 2.5."),
        ("99999999999999999", "Enter a number, such as 3 or 2.5."),
    ],
)
def test_a_number_out_of_range_or_not_a_number_is_refused(one_step_survey, typed, message):
    form = survey_form(one_step_survey, {**GOOD_ANSWERS, "children": typed})

    assert errors_of(form, one_step_survey, "children") == [message]


def test_a_date_that_does_not_exist_is_refused(one_step_survey):
    form = survey_form(one_step_survey, {**GOOD_ANSWERS, "last-visit": "2026-02-30"})

    assert errors_of(form, one_step_survey, "last-visit") == ["Enter a date, such as 2026-03-15 (year, month, day)."]


def test_a_text_longer_than_allowed_is_refused(one_step_survey):
    form = survey_form(one_step_survey, {**GOOD_ANSWERS, "anything-else": "a" * 3001})

    assert errors_of(form, one_step_survey, "anything-else") == [
        "Make your answer shorter: at most 3000 characters (it has 3001)."
    ]


def test_a_text_of_spaces_is_no_answer(one_step_survey):
    form = survey_form(one_step_survey, {**GOOD_ANSWERS, "anything-else": "   "})

    assert form.is_valid()
    assert question_id(one_step_survey, "anything-else") not in form.answers


# Required answers and conditions


@pytest.mark.parametrize("code", ["travel", "priorities"])
def test_a_required_answer_missing_is_an_error(one_step_survey, code):
    answers = {key: value for key, value in GOOD_ANSWERS.items() if key != code}

    form = survey_form(one_step_survey, answers)

    assert errors_of(form, one_step_survey, code) == ["Answer this question."]


def test_a_required_question_is_only_required_when_shown(one_step_survey):
    walking = survey_form(one_step_survey, GOOD_ANSWERS)
    by_bus = survey_form(one_step_survey, {**GOOD_ANSWERS, "travel": "bus"})

    assert walking.is_valid()
    assert errors_of(by_bus, one_step_survey, "bus-trouble") == ["Answer this question."]


def test_a_hidden_questions_answer_is_ignored_even_if_invalid(one_step_survey):
    form = survey_form(one_step_survey, {**GOOD_ANSWERS, "bus-trouble": "x" * 999})

    assert form.is_valid(), form.errors
    assert question_id(one_step_survey, "bus-trouble") not in form.answers


def test_a_question_in_a_hidden_section_is_ignored(one_step_survey):
    form = survey_form(one_step_survey, {**GOOD_ANSWERS, "arts-detail": "Choir"})

    assert form.is_valid()
    assert question_id(one_step_survey, "arts-detail") not in form.answers


def test_a_question_in_a_shown_section_is_kept(one_step_survey):
    form = survey_form(one_step_survey, {**GOOD_ANSWERS, "priorities": ["arts"], "arts-detail": "Choir"})

    assert form.is_valid(), form.errors
    assert form.answers[question_id(one_step_survey, "arts-detail")] == "Choir"


def test_the_audience_is_required_when_asked(one_step_survey):
    form = survey_form(one_step_survey, GOOD_ANSWERS, audience="")

    assert not form.is_valid()
    assert form.errors["audience"] == ["Tell us who is answering."]


def test_an_unknown_audience_is_refused(one_step_survey):
    form = survey_form(one_step_survey, GOOD_ANSWERS, audience="robot")

    assert form.errors["audience"] == ["Choose one of the answers shown."]


# What the template is given


def test_errors_are_linked_to_their_question(one_step_survey):
    form = survey_form(one_step_survey, {**GOOD_ANSWERS, "children": "13"})
    form.is_valid()
    question = next(q for group in form.groups() for q in group["questions"] if q["code"] == "children")

    assert question["error_id"] in question["describedby"].split()
    assert question["help_id"] in question["describedby"].split()
    assert question["value"] == "13"
    summary = form.error_summary()
    assert summary == [(question["first_id"], question["text"], "Enter a number from 1 to 12.")]


def test_a_group_of_radios_links_its_errors_to_the_first_one(one_step_survey):
    answers = {key: value for key, value in GOOD_ANSWERS.items() if key != "travel"}
    form = survey_form(one_step_survey, answers)
    form.is_valid()
    question = next(q for group in form.groups() for q in group["questions"] if q["code"] == "travel")

    assert question["first_id"] == question["options"][0]["id"]
