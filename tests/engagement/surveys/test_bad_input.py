"""Whatever is posted to a survey, the answer is a page or a redirect, never a server error."""

import uuid

from django.core.cache import cache
from django.test import Client

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engagement.models import SurveyAnswer, SurveyResponse
from engagement.surveys.structure import OTHER
from home.public_forms import HONEYPOT_FIELD
from tests.engagement.surveys.conftest import GOOD_ANSWERS
from tests.engagement.surveys.factories import form_data

pytestmark = pytest.mark.django_db

# Text of every kind but lone surrogates (which no browser can send as UTF-8): control characters,
# NUL, right-to-left marks, combining characters, emoji, very long lines.
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
ODD_VALUES = st.one_of(
    ANY_TEXT,
    st.sampled_from(["", " ", "0", "-1", "1e999", "NaN", "Infinity", "1" * 40, OTHER, "2026-02-30", "\x00", "\u202e"]),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.builds(lambda: str(uuid.uuid4())),
    st.just("x" * 20_000),
)
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def field_names(page):
    """The names the form uses, and a few it does not."""
    names = set(form_data(page, GOOD_ANSWERS))
    for name in list(names):
        names.update({f"{name}-other", f"{name}-1", f"{name}-9", f"{name}-0"})
    names.update({"step", "action", "submission_token", "audience", "school", "grade_band", "neighbourhood"})
    names.update(
        {"invitation_code", "contact_email", "consent_to_contact", "q-", "q-not-a-block", "csrfmiddlewaretoken"}
    )
    return sorted(names)


def posted_data(page):
    return st.dictionaries(
        keys=st.one_of(st.sampled_from(field_names(page)), ANY_TEXT.filter(bool)),
        values=st.one_of(ODD_VALUES, st.lists(ODD_VALUES, max_size=5)),
        max_size=25,
    )


def assert_answered_politely(response):
    assert response.status_code in (200, 302, 400), response.status_code


@SETTINGS
@given(data=st.data())
def test_random_posts_to_a_one_step_survey(one_step_survey, data):
    cache.clear()  # the rate limit would soon answer every request instead of the form
    posted = data.draw(posted_data(one_step_survey))
    posted.pop(HONEYPOT_FIELD, None)

    response = Client().post(one_step_survey.url, posted)

    assert_answered_politely(response)


@SETTINGS
@given(data=st.data())
def test_random_posts_to_the_second_step(survey, data):
    cache.clear()
    client = Client()
    step_one = {code: GOOD_ANSWERS[code] for code in ("travel", "priorities", "safety")}
    client.post(survey.url, form_data(survey, step_one, step=1, audience="family"))
    posted = data.draw(posted_data(survey))
    posted.setdefault("step", "2")

    response = client.post(survey.url, posted)

    assert_answered_politely(response)
    assert_answered_politely(client.get(survey.url))


@SETTINGS
@given(values=st.dictionaries(st.sampled_from(sorted(GOOD_ANSWERS)), ODD_VALUES, min_size=1))
def test_odd_values_for_good_questions_are_errors_not_crashes(one_step_survey, values):
    cache.clear()
    posted = form_data(one_step_survey, GOOD_ANSWERS, step=1, audience="family", submission_token=uuid.uuid4())
    for code, value in values.items():
        name = next(name for name in posted if name.startswith(f"q-{_block_id(one_step_survey, code)}"))
        posted[name] = value

    response = Client().post(one_step_survey.url, posted)

    assert_answered_politely(response)
    if response.status_code == 302:
        # Whatever got through was stored as the contract says: every row names a real question.
        ids = {child.id for child in one_step_survey.questions}
        assert set(SurveyAnswer.objects.values_list("question_id", flat=True)) <= ids


def _block_id(page, code):
    return next(
        child.id
        for child in page.questions
        if child.block_type not in ("section", "step") and child.value["code"] == code
    )


def test_a_huge_post_is_refused_with_a_400(one_step_survey, client):
    response = client.post(one_step_survey.url, {"step": "1", "neighbourhood": "x" * (6 * 1024 * 1024)})

    assert response.status_code == 400
    assert not SurveyResponse.objects.exists()


def test_too_many_fields_are_refused_with_a_400(one_step_survey, client):
    response = client.post(one_step_survey.url, {f"field{number}": "1" for number in range(1500)})

    assert response.status_code == 400
