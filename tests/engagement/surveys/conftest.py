import uuid

import pytest

from tests.engagement.surveys.factories import form_data, make_survey, make_survey_index, one_step_questions


@pytest.fixture
def survey_index(home_page):
    return make_survey_index(home_page)


@pytest.fixture
def survey(survey_index):
    """The representative survey in English: two steps, open, anonymous, asking who answers."""
    return make_survey(survey_index)


@pytest.fixture
def one_step_survey(survey_index):
    """The representative questions on a single step."""
    return make_survey(survey_index, questions=one_step_questions(), title="Quick family survey")


# Answers to the representative survey that pass every check (bus-trouble is hidden: they walk).
GOOD_ANSWERS = {
    "travel": "walk",
    "priorities": ["smaller-classes", "counselors"],
    "safety": 4,
    "investments": ["nurses", "aides", "libraries"],
    "school-life": {"homework": "agree", "news": "unsure"},
    "children": 2,
    "last-visit": "2026-02-10",
    "anything-else": "More time outside, please.",
}


@pytest.fixture
def send(client):
    """POST answers (by question code) to a survey's single or last step: ``send(page, answers, **extra)``."""

    def post(page, answers, step=1, client=client, **extra):
        extra.setdefault("audience", "family")
        extra.setdefault("submission_token", str(uuid.uuid4()))
        return client.post(page.url, form_data(page, answers, step=step, **extra))

    return post
