"""A survey in several steps: progress, going back, coming back later, and steps that do not apply."""

import uuid

import pytest

from engagement.models import SurveyAnswer, SurveyResponse
from engagement.surveys.views import SESSION_KEY_PREFIX
from home.models import School
from tests.engagement.surveys.conftest import GOOD_ANSWERS
from tests.engagement.surveys.factories import _choices, _question, form_data, make_survey, question_id

pytestmark = pytest.mark.django_db

STEP_ONE = {code: GOOD_ANSWERS[code] for code in ("travel", "priorities", "safety")}
STEP_TWO = {code: GOOD_ANSWERS[code] for code in ("investments", "school-life", "children", "last-visit")}


def post_step(client, page, number, answers, **extra):
    return client.post(page.url, form_data(page, answers, step=number, **extra))


def session_state(client, page):
    return client.session.get(f"{SESSION_KEY_PREFIX}{page.survey_key}")


def test_the_first_step_shows_where_the_person_is(survey, client):
    text = client.get(survey.url).content.decode()

    assert "Step 1 of 2" in text
    assert '<progress max="2" value="1"' in text
    assert f'name="q-{question_id(survey, "travel")}"' in text
    assert f'name="q-{question_id(survey, "children")}"' not in text
    assert 'name="submission_token"' not in text  # only the last step sends


def test_next_keeps_the_answers_in_the_session_not_the_database(survey, client):
    response = post_step(client, survey, 1, STEP_ONE, audience="family")

    assert response.status_code == 302
    assert response["Location"] == f"{survey.url}?step=2"
    assert not SurveyResponse.objects.exists()
    assert session_state(client, survey)["steps"]["1"]["audience"] == ["family"]
    text = client.get(response["Location"]).content.decode()
    assert "Step 2 of 2" in text
    assert "What matters most" in text
    assert "Send my answers" in text


def test_a_step_with_a_mistake_is_shown_again_with_its_errors(survey, client):
    response = post_step(client, survey, 1, {"priorities": ["arts"]}, audience="family")

    assert response.status_code == 200
    assert "Step 1 of 2" in response.content.decode()
    assert "Answer this question." in response.content.decode()
    assert session_state(client, survey) is None


def test_sending_the_last_step_saves_every_step_at_once(survey, client):
    post_step(client, survey, 1, STEP_ONE, audience="family")

    response = post_step(client, survey, 2, STEP_TWO, submission_token=str(uuid.uuid4()))

    assert response["Location"] == f"{survey.url}thanks/"
    saved = SurveyResponse.objects.get()
    assert saved.audience == "family"
    answered = set(SurveyAnswer.objects.values_list("question_id", flat=True))
    assert answered == {question_id(survey, code) for code in {**STEP_ONE, **STEP_TWO}}
    # The session held the answers only until they were saved, and is not linked to them.
    assert session_state(client, survey) is None


def test_back_keeps_what_was_typed_on_both_steps(survey, client):
    post_step(client, survey, 1, STEP_ONE, audience="family")

    back = post_step(client, survey, 2, {**STEP_TWO, "children": "40"}, action="back")

    assert back["Location"] == f"{survey.url}?step=1"
    first = client.get(back["Location"]).content.decode()
    assert 'value="family" checked' in first
    assert 'value="walk" checked' in first
    assert 'value="counselors" checked' in first
    second = client.get(f"{survey.url}?step=2").content.decode()
    assert 'value="40"' in second  # kept as typed, checked again when they press Next
    assert 'class="survey-error"' not in second


def test_a_person_who_comes_back_later_finds_their_answers(survey, client):
    post_step(client, survey, 1, STEP_ONE, audience="family")
    post_step(client, survey, 2, {"children": "3"}, action="back")
    post_step(client, survey, 1, STEP_ONE, audience="family")

    later = client.get(survey.url).content.decode()

    assert "Step 2 of 2" in later
    assert 'value="3"' in later


def test_a_later_step_cannot_be_reached_before_the_earlier_ones(survey, client):
    assert "Step 1 of 2" in client.get(f"{survey.url}?step=2").content.decode()

    skipped = post_step(client, survey, 2, STEP_TWO, submission_token=str(uuid.uuid4()))

    assert skipped["Location"] == f"{survey.url}?step=1"
    assert not SurveyResponse.objects.exists()


@pytest.mark.parametrize("step", ["0", "99", "two", "", "-1", "1e3"])
def test_a_step_number_that_does_not_exist_leads_back_to_the_form(survey, client, step):
    response = client.post(survey.url, {"step": step})

    assert response.status_code in (200, 302)
    assert not SurveyResponse.objects.exists()
    assert client.get(f"{survey.url}?step={step}").status_code == 200


def test_an_earlier_answer_changed_drops_the_answers_that_no_longer_apply(survey, client):
    """They ticked the arts, answered the arts question, went back and unticked the arts."""
    post_step(client, survey, 1, {**STEP_ONE, "priorities": ["arts"]}, audience="family")
    step_two = client.get(f"{survey.url}?step=2").content.decode()
    assert "Which arts activities should come back first?" in step_two
    post_step(client, survey, 2, {**STEP_TWO, "arts-detail": "Choir"}, action="back")

    post_step(client, survey, 1, STEP_ONE, audience="family")
    step_two = client.get(f"{survey.url}?step=2").content.decode()
    assert "Which arts activities should come back first?" not in step_two
    post_step(client, survey, 2, {**STEP_TWO, "arts-detail": "Choir"}, submission_token=str(uuid.uuid4()))

    assert SurveyResponse.objects.count() == 1
    assert not SurveyAnswer.objects.filter(question_id=question_id(survey, "arts-detail")).exists()


def bus_survey(index, *, last_step_conditional):
    """Step 1 asks how they travel; step 2 only asks bus riders; a third step (optional) asks everyone."""
    questions = [
        _question(
            "single_choice",
            "travel",
            "How do you get here?",
            required=True,
            choices=_choices(("walk", "Walking"), ("bus", "Bus")),
        ),
        {"type": "step", "value": {"title": "The bus"}},
        _question(
            "short_text",
            "bus-stop",
            "Which stop?",
            condition={"question_code": "travel", "operator": "equals", "choice_code": "bus"},
        ),
    ]
    if not last_step_conditional:
        questions += [
            {"type": "step", "value": {"title": "Last words"}},
            _question("long_text", "last", "Anything else?"),
        ]
    return make_survey(index, questions=questions, title="Travel survey")


def test_a_step_whose_questions_do_not_apply_is_skipped(survey_index, client):
    page = bus_survey(survey_index, last_step_conditional=False)

    response = post_step(client, page, 1, {"travel": "walk"}, audience="family")

    assert response["Location"] == f"{page.url}?step=3"
    text = client.get(response["Location"]).content.decode()
    assert "Step 2 of 2" in text
    assert "Last words" in text
    back = post_step(client, page, 3, {}, action="back")
    assert back["Location"] == f"{page.url}?step=1"


def test_a_step_that_applies_is_counted_in_the_progress(survey_index, client):
    page = bus_survey(survey_index, last_step_conditional=False)

    response = post_step(client, page, 1, {"travel": "bus"}, audience="family")

    assert response["Location"] == f"{page.url}?step=2"
    assert "Step 2 of 3" in client.get(response["Location"]).content.decode()


def test_when_the_last_step_does_not_apply_a_last_page_sends_the_answers(survey_index, client):
    page = bus_survey(survey_index, last_step_conditional=True)
    first = client.get(page.url).content.decode()
    assert "Next" in first and "Send my answers" not in first  # the bus step may still apply

    response = post_step(client, page, 1, {"travel": "walk"}, audience="family")

    assert response["Location"] == f"{page.url}?step=3"
    text = client.get(response["Location"]).content.decode()
    assert "Send your answers" in text
    assert "Send my answers" in text
    sent = client.post(page.url, {"step": "3", "submission_token": str(uuid.uuid4())})
    assert sent["Location"] == f"{page.url}thanks/"
    assert list(SurveyAnswer.objects.values_list("choice", flat=True)) == ["walk"]


def test_the_last_step_sent_twice_is_thanked_and_saved_once(survey, client):
    post_step(client, survey, 1, STEP_ONE, audience="family")
    token = str(uuid.uuid4())
    first = post_step(client, survey, 2, STEP_TWO, submission_token=token)

    second = post_step(client, survey, 2, STEP_TWO, submission_token=token)

    assert first["Location"] == second["Location"] == f"{survey.url}thanks/"
    assert SurveyResponse.objects.count() == 1


def test_kept_answers_are_checked_again_when_sent(survey, client):
    """What the session holds is re-validated: a kept answer that became invalid sends them back to it."""
    post_step(client, survey, 1, STEP_ONE, audience="family")
    session = client.session
    state = session[f"{SESSION_KEY_PREFIX}{survey.survey_key}"]
    state["steps"]["1"][f"q-{question_id(survey, 'travel')}"] = ["teleport"]
    session[f"{SESSION_KEY_PREFIX}{survey.survey_key}"] = state
    session.save()

    response = post_step(client, survey, 2, STEP_TWO, submission_token=str(uuid.uuid4()))

    assert response["Location"] == f"{survey.url}?step=1"
    assert not SurveyResponse.objects.exists()
    shown = client.get(response["Location"]).content.decode()
    assert "Choose one of the answers shown." in shown  # why they are back on the first step


def test_kept_data_of_any_shape_in_the_session_does_no_harm(survey, client):
    session = client.session
    for state in ({"steps": {"1": ["not", "a", "dict"]}, "current": "2"}, {"steps": "x"}, ["a list"], None):
        session[f"{SESSION_KEY_PREFIX}{survey.survey_key}"] = state
        session.save()

        response = client.get(survey.url)

        assert response.status_code == 200
        assert "Step 1 of 2" in response.content.decode()


def test_a_step_costs_the_same_queries_however_many_schools_and_answers(
    survey_index, client, django_assert_max_num_queries
):
    School.objects.bulk_create(School(name=f"School {number}") for number in range(40))
    page = make_survey(survey_index, ask_profile=True)
    post_step(client, page, 1, {**STEP_ONE, "priorities": ["arts", "counselors"]}, audience="family")
    client.get(page.url)  # the menus and language links are cached after the first page

    with django_assert_max_num_queries(13):
        first = client.get(f"{page.url}?step=1")
    with django_assert_max_num_queries(13):
        second = client.get(f"{page.url}?step=2")

    assert "School 39" in first.content.decode()
    assert "Step 2 of 2" in second.content.decode()
