"""Sending a survey: what is stored, what is not, and the guards around it."""

import datetime
import decimal
import hashlib
import re
import uuid
from unittest import mock

from django.contrib.auth import get_user_model
from django.db.models import GenericIPAddressField
from django.test import Client, override_settings
from django.utils import timezone

import pytest
from django_recaptcha.client import RecaptchaResponse

from engagement.models import InvitationCode, SurveyAnswer, SurveyReceipt, SurveyResponse
from engagement.surveys import views
from engagement.surveys.services import receipt_cookie_name
from home.models import School
from tests.engagement.surveys.conftest import GOOD_ANSWERS
from tests.engagement.surveys.factories import form_data, make_survey, question_id, translate_survey
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def rows(page, code):
    return SurveyAnswer.objects.filter(survey_key=page.survey_key, question_id=question_id(page, code))


def test_a_complete_answer_is_saved_and_the_person_thanked(one_step_survey, send):
    response = send(one_step_survey, GOOD_ANSWERS)

    assert response.status_code == 302
    assert response["Location"] == one_step_survey.url + "thanks/"
    saved = SurveyResponse.objects.get()
    assert (saved.survey_key, saved.survey_page, saved.language) == (
        one_step_survey.survey_key,
        one_step_survey,
        "en",
    )
    assert (saved.audience, saved.entry_method, saved.entered_by) == ("family", "online", None)


def test_every_question_type_is_stored_as_the_contract_says(one_step_survey, send):
    answers = {**GOOD_ANSWERS, "travel": {"other": "By bicycle"}}
    send(one_step_survey, answers)

    page = one_step_survey
    assert list(rows(page, "travel").values_list("choice", "text")) == [("", "By bicycle")]
    assert sorted(rows(page, "priorities").values_list("choice", flat=True)) == ["counselors", "smaller-classes"]
    assert list(rows(page, "safety").values_list("choice", "number")) == [("4", decimal.Decimal(4))]
    assert sorted(rows(page, "investments").values_list("rank", "choice")) == [
        (1, "nurses"),
        (2, "aides"),
        (3, "libraries"),
    ]
    assert sorted(rows(page, "school-life").values_list("row", "choice")) == [("homework", "agree"), ("news", "unsure")]
    assert list(rows(page, "children").values_list("number", flat=True)) == [decimal.Decimal(2)]
    assert list(rows(page, "last-visit").values_list("date", flat=True)) == [datetime.date(2026, 2, 10)]
    assert list(rows(page, "anything-else").values_list("text", flat=True)) == ["More time outside, please."]
    # Hidden (they did not tick the arts, they do not take the bus) and so never stored.
    assert not rows(page, "arts-detail").exists()
    assert not rows(page, "bus-trouble").exists()


def test_an_optional_question_left_empty_stores_no_row(one_step_survey, send):
    answers = {key: value for key, value in GOOD_ANSWERS.items() if key not in ("safety", "anything-else")}
    send(one_step_survey, answers)

    assert SurveyResponse.objects.count() == 1
    assert not rows(one_step_survey, "safety").exists()
    assert not rows(one_step_survey, "anything-else").exists()


def test_an_answer_to_a_hidden_question_is_ignored(one_step_survey, send):
    """They walk, so "what would make the bus better" is not theirs to answer, whatever was posted."""
    send(one_step_survey, {**GOOD_ANSWERS, "bus-trouble": "x" * 5000})

    assert SurveyResponse.objects.count() == 1
    assert not rows(one_step_survey, "bus-trouble").exists()


def test_an_anonymous_response_stores_no_ip_address_or_account(one_step_survey, send, client):
    user = UserFactory()
    client.force_login(user)
    address = "203.0.113.77"

    response = send(one_step_survey, GOOD_ANSWERS, REMOTE_ADDR=address, client=client)

    assert response.status_code == 302
    saved = SurveyResponse.objects.get()
    assert saved.entered_by is None
    assert not (saved.contact_name or saved.contact_email or saved.contact_phone or saved.consent_to_contact)
    stored = [
        str(value)
        for model in (SurveyResponse, SurveyAnswer, SurveyReceipt)
        for record in model.objects.values()
        for value in record.values()
    ]
    assert not any(address in value or user.email in value for value in stored)
    links_to_people = [
        field.name
        for model in (SurveyResponse, SurveyAnswer, SurveyReceipt)
        for field in model._meta.get_fields()
        if field.is_relation and field.related_model is get_user_model()
    ]
    assert links_to_people == ["entered_by"]  # staff who typed in a paper answer, empty here
    assert not any(isinstance(field, GenericIPAddressField) for field in SurveyResponse._meta.get_fields())


def test_the_same_form_sent_twice_makes_one_response(one_step_survey, send, client):
    """A double click: the second request left before the first one's answer (and cookie) came back."""
    token = str(uuid.uuid4())
    first = send(one_step_survey, GOOD_ANSWERS, submission_token=token)
    client.cookies.pop(receipt_cookie_name(one_step_survey))

    second = send(one_step_survey, GOOD_ANSWERS, submission_token=token)

    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"] == one_step_survey.url + "thanks/"
    assert SurveyResponse.objects.count() == 1
    assert rows(one_step_survey, "priorities").count() == 2


def test_the_token_the_page_renders_guards_against_a_double_click(one_step_survey, client):
    page = client.get(one_step_survey.url).content.decode()
    token = re.search(r'name="submission_token" value="([^"]*)"', page).group(1)
    data = form_data(one_step_survey, GOOD_ANSWERS, step=1, audience="family", submission_token=token)

    first = client.post(one_step_survey.url, data)
    client.cookies.pop(receipt_cookie_name(one_step_survey))
    second = client.post(one_step_survey.url, data)

    assert uuid.UUID(token)
    assert first.status_code == second.status_code == 302
    assert SurveyResponse.objects.get().submission_token == uuid.UUID(token)


def test_a_token_that_is_not_a_uuid_is_replaced_not_an_error(one_step_survey, send):
    response = send(one_step_survey, GOOD_ANSWERS, submission_token='<input type="text">')

    assert response.status_code == 302
    assert SurveyResponse.objects.count() == 1


def test_a_browser_that_answered_is_refused_politely_and_not_counted(one_step_survey, send, client):
    send(one_step_survey, GOOD_ANSWERS)

    again = send(one_step_survey, {**GOOD_ANSWERS, "travel": "car"})

    assert again.status_code == 200
    assert "You have already answered this survey, thank you" in again.content.decode()
    assert SurveyResponse.objects.count() == 1
    assert "You have already answered this survey" in client.get(one_step_survey.url).content.decode()


def test_the_browser_is_recognised_in_every_language_of_the_survey(one_step_survey, send, client):
    send(one_step_survey, GOOD_ANSWERS)
    spanish = translate_survey(one_step_survey, "es")

    page = client.get(spanish.url)

    assert page.status_code == 200
    assert 'name="step"' not in page.content.decode()


def test_the_receipt_is_a_digest_of_the_cookie_with_no_link_to_the_answers(one_step_survey, send, client):
    response = send(one_step_survey, GOOD_ANSWERS)

    cookie = response.cookies[receipt_cookie_name(one_step_survey)]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and int(cookie["max-age"]) > 365 * 24 * 3600
    receipt = SurveyReceipt.objects.get()
    expected = hashlib.sha256(f"{cookie.value}{one_step_survey.survey_key}".encode()).hexdigest()
    assert receipt.token_digest == expected
    assert cookie.value not in str(SurveyResponse.objects.values().get())
    assert {field.name for field in SurveyReceipt._meta.get_fields()} == {
        "id",
        "survey_key",
        "token_digest",
        "created_at",
    }


def test_another_browser_may_answer(one_step_survey, send):
    send(one_step_survey, GOOD_ANSWERS)

    send(one_step_survey, GOOD_ANSWERS, client=Client())

    assert SurveyResponse.objects.count() == 2


def test_a_filled_honeypot_is_thanked_and_nothing_is_saved(one_step_survey, send):
    response = send(one_step_survey, GOOD_ANSWERS, website="http://cheap-pills.example")

    assert response.status_code == 302
    assert response["Location"].endswith("/thanks/")
    assert not SurveyResponse.objects.exists()
    assert not SurveyReceipt.objects.exists()


def test_too_many_posts_from_one_address_get_the_429_page(one_step_survey, send, monkeypatch):
    monkeypatch.setattr(views, "SUBMIT_RATE", "2/h")
    for _ in range(2):
        assert send(one_step_survey, {"travel": "nowhere"}).status_code == 200

    limited = send(one_step_survey, GOOD_ANSWERS)

    assert limited.status_code == 429
    assert "Too many requests" in limited.content.decode()
    assert not SurveyResponse.objects.exists()


def test_the_form_page_is_never_served_from_the_shared_cache(one_step_survey, client):
    client.get(one_step_survey.url)

    again = client.get(one_step_survey.url)

    assert again.get("X-Page-Cache") != "hit"
    assert "no-store" in again["Cache-Control"] or "private" in again["Cache-Control"]


# Open and closed


def test_a_closed_survey_says_so_and_links_to_published_results(survey_index, send):
    page = make_survey(survey_index, closes_at=timezone.now() - datetime.timedelta(days=1), results_published=True)

    shown = send(page, GOOD_ANSWERS)

    text = shown.content.decode()
    assert shown.status_code == 200
    assert "This survey is closed" in text
    assert f'href="{page.url}results/"' in text
    assert not SurveyResponse.objects.exists()


def test_a_closed_survey_without_published_results_has_no_results_link(survey_index, client):
    page = make_survey(survey_index, closes_at=timezone.now() - datetime.timedelta(days=1))

    text = client.get(page.url).content.decode()

    assert "This survey is closed" in text
    assert "results/" not in text


def test_a_survey_not_yet_open_says_when_it_opens(survey_index, client):
    page = make_survey(survey_index, opens_at=timezone.now() + datetime.timedelta(days=3))

    text = client.get(page.url).content.decode()

    assert "This survey opens on" in text
    assert '<form class="survey-form"' not in text


def test_an_unpublished_survey_is_not_found(survey_index, client):
    page = make_survey(survey_index)
    url = page.url
    page.unpublish()

    assert client.get(url).status_code == 404


# Pooling across languages


def test_answers_in_english_and_haitian_creole_pool_under_one_key(one_step_survey, send):
    creole = translate_survey(one_step_survey, "ht")
    send(one_step_survey, GOOD_ANSWERS)

    send(creole, {**GOOD_ANSWERS, "priorities": ["counselors"]}, client=Client())

    assert creole.survey_key == one_step_survey.survey_key
    languages = SurveyResponse.objects.filter(survey_key=one_step_survey.survey_key).values_list("language", flat=True)
    assert sorted(languages) == ["en", "ht"]
    counselors = rows(one_step_survey, "priorities").filter(choice="counselors")
    assert counselors.count() == 2
    assert {answer.response.language for answer in counselors} == {"en", "ht"}
    assert question_id(creole, "priorities") == question_id(one_step_survey, "priorities")


# Audience, profile, contact, invitations


def test_a_fixed_audience_is_stored_without_asking(survey_index, send, client):
    page = make_survey(
        survey_index, questions=[], audience_mode="fixed", fixed_audience="student", title="Student voice"
    )

    assert 'name="audience"' not in client.get(page.url).content.decode()
    send(page, {}, audience="")

    assert SurveyResponse.objects.get().audience == "student"


def test_profile_answers_are_stored_and_all_optional(survey_index, send):
    school = School.objects.create(name="Riverside Elementary", neighbourhood="Riverside")
    page = make_survey(survey_index, questions=[], ask_profile=True, title="Profile survey")

    send(page, {}, school=school.pk, grade_band="elementary", neighbourhood="  Riverside  ")
    send(page, {}, client=Client())

    profiled, blank = SurveyResponse.objects.order_by("pk")
    assert (profiled.school, profiled.grade_band, profiled.neighbourhood) == (school, "elementary", "Riverside")
    assert (blank.school, blank.grade_band, blank.neighbourhood) == (None, "", "")


def test_a_school_that_is_not_in_the_list_is_an_error(survey_index, send):
    page = make_survey(survey_index, questions=[], ask_profile=True, title="Profile survey")

    shown = send(page, {}, school="999999")

    assert shown.status_code == 200
    assert "Choose one of the answers shown." in shown.content.decode()
    assert not SurveyResponse.objects.exists()


def test_contact_details_without_consent_are_discarded(survey_index, send):
    page = make_survey(survey_index, questions=[], collect_contact=True, title="Contact survey")

    send(page, {}, contact_name="Rosa Díaz", contact_email="rosa@example.org")

    saved = SurveyResponse.objects.get()
    assert (saved.contact_name, saved.contact_email, saved.consent_to_contact) == ("", "", False)


def test_contact_details_with_consent_are_kept(survey_index, send):
    page = make_survey(survey_index, questions=[], collect_contact=True, title="Contact survey")

    send(page, {}, contact_name="Rosa Díaz", contact_email="rosa@example.org", consent_to_contact="on")

    saved = SurveyResponse.objects.get()
    assert (saved.contact_name, saved.contact_email, saved.consent_to_contact) == (
        "Rosa Díaz",
        "rosa@example.org",
        True,
    )


def test_consent_without_a_way_to_reach_them_is_an_error(survey_index, send):
    page = make_survey(survey_index, questions=[], collect_contact=True, title="Contact survey")

    shown = send(page, {}, contact_name="Rosa", consent_to_contact="on")

    assert "Give an e-mail address or a phone number" in shown.content.decode()
    assert 'value="Rosa"' in shown.content.decode()
    assert not SurveyResponse.objects.exists()


@pytest.fixture
def invited_survey(survey_index):
    page = make_survey(survey_index, questions=[], require_invitation=True, title="Members only")
    InvitationCode.objects.create(survey_key=page.survey_key, code="K7P2-XQ9M")
    return page


def test_an_invitation_code_is_required(invited_survey, send):
    shown = send(invited_survey, {})

    assert "Enter the code from your invitation." in shown.content.decode()
    assert not SurveyResponse.objects.exists()


def test_a_valid_code_is_used_once(invited_survey, send):
    send(invited_survey, {}, invitation_code=" k7p2-xq9m ")

    saved = SurveyResponse.objects.get()
    assert saved.invitation.code == "K7P2-XQ9M"
    assert saved.invitation.used_at is not None

    again = send(invited_survey, {}, invitation_code="K7P2-XQ9M", client=Client())
    assert "has been used already" in again.content.decode()
    assert SurveyResponse.objects.count() == 1


def test_a_code_of_another_survey_is_refused(invited_survey, survey_index, send):
    other = make_survey(survey_index, questions=[], require_invitation=True, title="Another")
    InvitationCode.objects.create(survey_key=other.survey_key, code="OTHER-CODE")

    shown = send(invited_survey, {}, invitation_code="OTHER-CODE")

    assert "not valid for this survey" in shown.content.decode()
    assert not SurveyResponse.objects.exists()


# reCAPTCHA, when its keys are configured


@pytest.fixture
def recaptcha_on():
    with override_settings(RECAPTCHA_ENABLED=True, RECAPTCHA_PUBLIC_KEY="public-key", RECAPTCHA_PRIVATE_KEY="secret"):
        yield


def test_recaptcha_is_off_without_keys(one_step_survey, client):
    assert "g-recaptcha" not in client.get(one_step_survey.url).content.decode()


def test_recaptcha_that_fails_verification_saves_nothing(recaptcha_on, one_step_survey, send):
    failed = RecaptchaResponse(is_valid=False, error_codes=["invalid-input-response"])
    with mock.patch("django_recaptcha.fields.client.submit", return_value=failed) as verify:
        shown = send(one_step_survey, GOOD_ANSWERS, **{"g-recaptcha-response": "forged"})

    assert verify.called
    assert shown.status_code == 200
    assert "We could not check that you are not a robot" in shown.content.decode()
    assert 'value="More time outside, please."' not in shown.content.decode()  # a textarea keeps it as text
    assert "More time outside, please." in shown.content.decode()
    assert not SurveyResponse.objects.exists()


def test_recaptcha_that_passes_lets_the_answer_in(recaptcha_on, one_step_survey, send, client):
    assert "g-recaptcha" in client.get(one_step_survey.url).content.decode()
    with mock.patch("django_recaptcha.fields.client.submit", return_value=RecaptchaResponse(is_valid=True)):
        response = send(one_step_survey, GOOD_ANSWERS, **{"g-recaptcha-response": "solved"})

    assert response.status_code == 302
    assert SurveyResponse.objects.count() == 1


# Errors


def test_an_error_keeps_what_was_typed_and_links_to_the_field(one_step_survey, send):
    shown = send(one_step_survey, {**GOOD_ANSWERS, "children": 40})

    text = shown.content.decode()
    field_id = f"id_q-{question_id(one_step_survey, 'children')}"
    assert shown.status_code == 200
    assert f'href="#{field_id}"' in text
    assert "Enter a number from 1 to 12." in text
    assert 'value="40"' in text
    assert "More time outside, please." in text
    assert f'aria-describedby="q-{question_id(one_step_survey, "children")}-help q-' in text
    assert 'aria-invalid="true"' in text
    assert not SurveyResponse.objects.exists()


def test_an_error_is_in_the_language_of_the_survey(one_step_survey, send):
    spanish = translate_survey(one_step_survey, "es")

    shown = send(spanish, {**GOOD_ANSWERS, "children": 40}, client=Client())

    text = shown.content.decode()
    assert '<html lang="es"' in text
    assert "¿Cuántos de sus hijos van a nuestras escuelas?" in text
    from django.utils import translation

    with translation.override("es"):
        assert translation.gettext("Please check your answers") in text


def test_form_data_helper_names_the_fields_the_page_renders(one_step_survey, client):
    """The factories' form_data must match the form, or every test above would test nothing."""
    text = client.get(one_step_survey.url).content.decode()
    for name in form_data(one_step_survey, GOOD_ANSWERS):
        assert f'name="{name}"' in text


# The pages around the form


def test_the_thank_you_page_shows_the_surveys_message(one_step_survey, client):
    text = client.get(f"{one_step_survey.url}thanks/").content.decode()

    assert "Thank you: your answers are counted with everyone else's." in text.replace("&#x27;", "'")
    assert "results/" not in text


def test_the_index_lists_open_surveys_and_the_results_of_closed_ones(survey_index, client):
    open_now = make_survey(survey_index, title="Open now survey")
    coming = make_survey(survey_index, title="Next month", opens_at=timezone.now() + datetime.timedelta(days=30))
    past = make_survey(
        survey_index,
        title="Last year's survey",
        closes_at=timezone.now() - datetime.timedelta(days=30),
        results_published=True,
    )
    make_survey(survey_index, title="Closed, not yet read", closes_at=timezone.now() - datetime.timedelta(days=1))

    text = client.get(survey_index.url).content.decode().replace("&#x27;", "'")

    assert f'href="{open_now.url}"' in text
    assert f'href="{coming.url}"' in text and "Opens on" in text
    assert f'href="{past.url}results/"' in text
    assert "Closed, not yet read" not in text
