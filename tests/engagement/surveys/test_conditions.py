"""Which questions a person is shown, decided on the server from their earlier answers."""

import pytest

from engagement.surveys.structure import OTHER, Condition, Question, Section, Step, evaluate, shown_answers


def condition(code, operator, choice):
    return {"question_code": code, "operator": operator, "choice_code": choice}


def question(block_id, kind="single_choice", code=None, show_if=None, section=None):
    value = {"question": block_id, "code": code or block_id, "condition": show_if or condition("", "equals", "")}
    return Question(block_id, kind, value, section)


@pytest.mark.parametrize(
    ("operator", "picked", "holds"),
    [
        ("equals", {"bus"}, True),
        ("equals", {"car"}, False),
        ("equals", {"bus", "car"}, False),  # a multiple choice equals one choice only when it is the only one
        ("not_equals", {"car"}, True),
        ("not_equals", {"bus"}, False),
        ("not_equals", {"bus", "car"}, False),
        ("includes", {"bus", "car"}, True),
        ("includes", {"car"}, False),
        ("equals", None, False),  # not answered: hidden, whatever the operator
        ("not_equals", None, False),
        ("includes", None, False),
    ],
)
def test_each_operator(operator, picked, holds):
    assert Condition("travel", operator, "bus").holds(picked) is holds


def test_a_block_without_a_question_code_has_no_condition():
    assert Condition.from_block(condition("", "equals", "bus")) is None
    assert Condition.from_block(None) is None


def test_an_unknown_operator_is_read_as_equals():
    assert Condition.from_block(condition("travel", "matches", "bus")).operator == "equals"


def shown_ids(items, answers, pending=()):
    return evaluate(items, answers, pending).questions


def test_a_question_shows_when_the_earlier_single_choice_matches():
    travel = question("travel")
    bus = question("bus", kind="short_text", show_if=condition("travel", "equals", "bus"))

    assert shown_ids([travel, bus], {"travel": {"choice": "bus"}}) == {"travel", "bus"}
    assert shown_ids([travel, bus], {"travel": {"choice": "walk"}}) == {"travel"}
    assert shown_ids([travel, bus], {}) == {"travel"}


def test_other_does_not_equal_any_listed_choice():
    travel = question("travel")
    not_bus = question("why", kind="short_text", show_if=condition("travel", "not_equals", "bus"))

    assert shown_ids([travel, not_bus], {"travel": {"choice": "", "other": "Scooter"}}) == {"travel", "why"}
    assert Condition("travel", "includes", OTHER).holds({OTHER})


def test_includes_on_a_multiple_choice():
    priorities = question("priorities", kind="multiple_choice")
    arts = question("arts", kind="long_text", show_if=condition("priorities", "includes", "arts"))

    ticked = {"priorities": {"choices": ["counselors", "arts"], "other": ""}}
    assert shown_ids([priorities, arts], ticked) == {"priorities", "arts"}
    assert shown_ids([priorities, arts], {"priorities": {"choices": ["counselors"], "other": ""}}) == {"priorities"}


def test_a_rating_is_compared_by_its_point():
    safety = question("safety", kind="rating")
    why = question("why", kind="long_text", show_if=condition("safety", "equals", "1"))

    assert shown_ids([safety, why], {"safety": 1}) == {"safety", "why"}
    assert shown_ids([safety, why], {"safety": 2}) == {"safety"}


def test_a_question_that_depends_on_a_hidden_question_is_hidden():
    """An answer left behind on a hidden question must not show what depends on it."""
    travel = question("travel")
    bus = question("bus", show_if=condition("travel", "equals", "bus"))
    late = question("late", kind="short_text", show_if=condition("bus", "equals", "often-late"))

    answers = {"travel": {"choice": "walk"}, "bus": {"choice": "often-late"}}
    assert shown_ids([travel, bus, late], answers) == {"travel"}
    answers["travel"] = {"choice": "bus"}
    assert shown_ids([travel, bus, late], answers) == {"travel", "bus", "late"}


def test_a_section_with_a_condition_hides_its_questions():
    priorities = question("priorities", kind="multiple_choice")
    section = Section("arts-section", {"heading": "Arts", "condition": condition("priorities", "includes", "arts")})
    detail = question("detail", kind="short_text", section=section)

    hidden = evaluate([priorities, section, detail], {"priorities": {"choices": ["counselors"], "other": ""}})
    shown = evaluate([priorities, section, detail], {"priorities": {"choices": ["arts"], "other": ""}})

    assert (hidden.questions, hidden.sections) == ({"priorities"}, set())
    assert (shown.questions, shown.sections) == ({"priorities", "detail"}, {"arts-section"})


def test_a_condition_on_a_question_still_to_be_answered_counts_as_shown():
    """On the step being shown, the browser script decides live; the server decides when it is sent."""
    travel = question("travel")
    bus = question("bus", kind="short_text", show_if=condition("travel", "equals", "bus"))

    assert shown_ids([travel, bus], {}, pending={"travel", "bus"}) == {"travel", "bus"}


def test_shown_answers_drops_the_answers_of_hidden_questions():
    travel = question("travel")
    bus = question("bus", kind="short_text", show_if=condition("travel", "equals", "bus"))
    steps = [Step(1, "", [travel]), Step(2, "", [bus])]

    kept = shown_answers(steps, {"travel": {"choice": "walk"}, "bus": "Drivers are kind"})

    assert kept == {"travel": {"choice": "walk"}}
