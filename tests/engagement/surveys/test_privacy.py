"""A person's survey responses in their privacy export, and what deleting their account leaves."""

import pytest

from engagement.models import SurveyAnswer, SurveyResponse
from home.privacy import personal_data_sources
from tests.engagement.surveys.factories import make_response
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def source():
    return next(source for source in personal_data_sources() if source.name == "survey_responses")


@pytest.fixture
def rosa():
    return UserFactory(email="rosa@example.org", first_name="Rosa")


@pytest.fixture
def contact_response(survey, rosa):
    return make_response(
        survey,
        {"travel": "bus", "priorities": ["arts"], "investments": ["aides", "nurses", "libraries"], "children": 3},
        contact_name="Rosa Díaz",
        contact_email="ROSA@example.org",
        contact_phone="555-0102",
        consent_to_contact=True,
    )


def test_the_export_holds_the_responses_that_give_their_email(survey, rosa, contact_response):
    make_response(survey, {"travel": "car"})  # anonymous: nobody's
    make_response(survey, {"travel": "walk"}, contact_email="someone.else@example.org", consent_to_contact=True)

    exported = source().export(rosa)

    assert len(exported) == 1
    [response] = exported
    assert response["survey"] == survey.title
    assert response["contact_name"] == "Rosa Díaz"
    answers = {answer["question"]: answer["answer"] for answer in response["answers"] if answer["answer"]}
    assert answers["How does your child usually get to school?"] == "School bus"
    assert answers["What should the next contract pay for first?"] == "Arts and music"
    assert answers["How many of your children go to our schools?"] == "3"
    ranked = [a["answer"] for a in response["answers"] if a["question"] == "Put these in order of importance."]
    assert sorted(ranked) == ["1. Aides", "2. A nurse in every school", "3. Librarians"]


def test_erasing_blanks_the_contact_details_and_keeps_the_answers(survey, rosa, contact_response):
    answers_before = SurveyAnswer.objects.filter(response=contact_response).count()

    source().erase(rosa)

    contact_response.refresh_from_db()
    assert (contact_response.contact_name, contact_response.contact_email, contact_response.contact_phone) == (
        "",
        "",
        "",
    )
    assert contact_response.consent_to_contact is False
    assert SurveyAnswer.objects.filter(response=contact_response).count() == answers_before
    assert source().export(rosa) == []


def test_a_person_without_an_email_has_no_responses(survey):
    make_response(survey, {"travel": "car"})
    nobody = UserFactory()
    nobody.email = ""

    assert source().export(nobody) == []
    source().erase(nobody)
    assert SurveyResponse.objects.count() == 1
