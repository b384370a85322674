"""Staff type in paper, phone and in-person answers from the admin, marked as such."""

import datetime
import uuid

from django.urls import reverse
from django.utils import timezone

import pytest

from engagement.models import SurveyAnswer, SurveyReceipt, SurveyResponse
from engagement.surveys.admin_entry import URL_NAME
from home.roles import COMMUNICATIONS
from tests.engagement.surveys.conftest import GOOD_ANSWERS
from tests.engagement.surveys.factories import form_data, make_survey, question_id, translate_survey
from tests.engagement.surveys.results_helpers import make_staff

pytestmark = pytest.mark.django_db


def entry_url(page):
    return reverse(URL_NAME, args=[page.pk])


@pytest.fixture
def organizer_client(client):
    client.force_login(make_staff())
    return client


def paper_form(page, answers=GOOD_ANSWERS, **extra):
    extra = {"entry_method": "paper", "language": "en", "audience": "family", "submission_token": uuid.uuid4(), **extra}
    return form_data(page, answers, **extra)


def test_visitors_are_sent_to_sign_in(client, survey):
    response = client.get(entry_url(survey))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_staff_without_the_permission_are_refused(client, survey):
    client.force_login(make_staff(role=COMMUNICATIONS))

    # Wagtail turns a refusal into a redirect to the dashboard, with a message.
    assert client.get(entry_url(survey))["Location"] == "/admin/"
    assert client.post(entry_url(survey), paper_form(survey))["Location"] == "/admin/"
    assert not SurveyResponse.objects.exists()


def test_the_form_has_every_step_on_one_page(organizer_client, survey):
    text = organizer_client.get(entry_url(survey)).content.decode()

    for code in ("travel", "priorities", "investments", "children"):
        assert f'name="q-{question_id(survey, code)}' in text
    assert 'name="entry_method"' in text
    assert 'name="language"' in text
    assert "Step 1 of" not in text


def test_a_paper_response_is_saved_and_marked_as_entered_by_staff(organizer_client, survey):
    response = organizer_client.post(entry_url(survey), paper_form(survey))

    assert response.status_code == 302
    assert response["Location"] == entry_url(survey)
    saved = SurveyResponse.objects.get()
    assert (saved.entry_method, saved.entered_by, saved.language) == ("paper", response.wsgi_request.user, "en")
    assert SurveyAnswer.objects.filter(response=saved).count() == 12  # as many rows as GOOD_ANSWERS give
    assert not SurveyReceipt.objects.exists()
    assert not any(name.startswith("survey-receipt-") for name in response.cookies)


def test_the_language_chosen_is_the_language_version_the_response_belongs_to(organizer_client, survey):
    spanish = translate_survey(survey, "es")

    organizer_client.post(entry_url(survey), paper_form(survey, entry_method="phone", language="es"))

    saved = SurveyResponse.objects.get()
    assert (saved.language, saved.survey_page, saved.entry_method) == ("es", spanish, "phone")
    assert saved.survey_key == survey.survey_key


def test_how_it_came_in_is_required(organizer_client, survey):
    response = organizer_client.post(entry_url(survey), paper_form(survey, entry_method=""))

    assert response.status_code == 200
    assert "Say how this response came in." in response.content.decode()
    assert not SurveyResponse.objects.exists()


def test_online_is_not_a_way_staff_enter_answers(organizer_client, survey):
    response = organizer_client.post(entry_url(survey), paper_form(survey, entry_method="online"))

    assert response.status_code == 200
    assert "Choose one of the answers shown." in response.content.decode()
    assert not SurveyResponse.objects.exists()


def test_the_same_validation_as_the_public_form(organizer_client, survey):
    response = organizer_client.post(entry_url(survey), paper_form(survey, {**GOOD_ANSWERS, "children": "40"}))

    text = response.content.decode()
    assert "Enter a number from 1 to 12." in text
    assert 'value="40"' in text
    assert not SurveyResponse.objects.exists()


def test_one_staff_member_enters_many_people(organizer_client, survey):
    organizer_client.post(entry_url(survey), paper_form(survey))
    organizer_client.post(entry_url(survey), paper_form(survey, entry_method="in-person"))

    assert SurveyResponse.objects.count() == 2


def test_the_same_form_sent_twice_is_saved_once(organizer_client, survey):
    data = paper_form(survey)
    organizer_client.post(entry_url(survey), data)

    again = organizer_client.post(entry_url(survey), data)

    assert again.status_code == 302
    assert SurveyResponse.objects.count() == 1


def test_answers_to_questions_that_do_not_apply_are_ignored(organizer_client, survey):
    organizer_client.post(entry_url(survey), paper_form(survey, {**GOOD_ANSWERS, "bus-trouble": "Late buses"}))

    assert not SurveyAnswer.objects.filter(question_id=question_id(survey, "bus-trouble")).exists()


def test_a_closed_survey_still_takes_paper_answers(organizer_client, survey_index):
    closed = make_survey(survey_index, closes_at=timezone.now() - datetime.timedelta(days=2))

    response = organizer_client.post(entry_url(closed), paper_form(closed))

    assert response.status_code == 302
    assert SurveyResponse.objects.get().survey_key == closed.survey_key


def test_the_page_listing_and_the_edit_page_link_to_the_entry_form(organizer_client, survey, survey_index):
    listing = organizer_client.get(reverse("wagtailadmin_explore", args=[survey_index.pk])).content.decode()
    editing = organizer_client.get(reverse("wagtailadmin_pages:edit", args=[survey.pk])).content.decode()

    assert entry_url(survey) in listing
    assert entry_url(survey) in editing


def test_other_pages_have_no_entry_button(organizer_client, survey_index, home_page):
    listing = organizer_client.get(reverse("wagtailadmin_explore", args=[home_page.pk])).content.decode()

    assert "enter-response" not in listing


def test_editors_preview_the_survey_as_people_will_answer_it(survey):
    """Wagtail's preview of a survey page is its first step."""
    shown = survey.make_preview_request()

    assert shown.status_code == 200
    assert f'name="q-{question_id(survey, "travel")}"' in shown.content.decode()
