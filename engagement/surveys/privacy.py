"""What surveys keep about a person: the responses where they left their e-mail to be contacted again.

Anonymous responses name nobody and are not part of anyone's data. A response with contact details
is found by the e-mail address the person gave (the same as their account's, compared without
case). Erasure blanks the contact details and the consent and keeps the answers: a survey answer
stays, without a name, in the counts everyone else's answers are in.

The XLSX exports a staff member asked for (``SurveyExportFile``) are theirs too: the list of them is
exported, and erasure deletes them with their files.
"""

from django.utils import translation

from engagement.models import SurveyExportFile, SurveyResponse
from home.privacy import PersonalDataSource, register_personal_data

from .structure import OTHER, all_questions, survey_steps


def _responses_of(user):
    if not user.email:
        return SurveyResponse.objects.none()
    return SurveyResponse.objects.filter(contact_email__iexact=user.email)


def export_survey_responses(user):
    responses = _responses_of(user).select_related("survey_page", "school").prefetch_related("answers")
    with translation.override(getattr(user, "preferred_language", None) or None):
        return [_export(response) for response in responses.order_by("submitted_at")]


def _export(response):
    page = response.survey_page
    questions = {question.block_id: question for question in all_questions(survey_steps(page))} if page else {}
    answers = []
    for answer in response.answers.all():
        question = questions.get(answer.question_id)
        answers.append(
            {
                "question_id": answer.question_id,
                "question": question.text if question else "",
                "answer": _answer_text(question, answer),
            }
        )
    return {
        "survey": page.title if page else str(response.survey_key),
        "submitted_at": response.submitted_at.isoformat(),
        "language": response.language,
        "audience": response.audience,
        "school": response.school.name if response.school else "",
        "grade_band": response.grade_band,
        "neighbourhood": response.neighbourhood,
        "contact_name": response.contact_name,
        "contact_email": response.contact_email,
        "contact_phone": response.contact_phone,
        "consent_to_contact": response.consent_to_contact,
        "answers": answers,
    }


def _answer_text(question, answer):
    """The answer as the person saw it: the label of the choice, or what they wrote."""
    if answer.text:
        return answer.text
    if answer.number is not None and not answer.choice:
        return str(answer.number.normalize())
    if answer.date:
        return answer.date.isoformat()
    labels = dict(question.options()) if question else {}
    if question and question.kind == "matrix":
        rows, columns = dict(question.options("rows")), dict(question.options("columns"))
        return f"{rows.get(answer.row, answer.row)}: {columns.get(answer.choice, answer.choice)}"
    label = labels.get(answer.choice, answer.choice if answer.choice != OTHER else "")
    return f"{answer.rank}. {label}" if answer.rank else label


def erase_survey_contact(user):
    _responses_of(user).update(contact_name="", contact_email="", contact_phone="", consent_to_contact=False)


def export_survey_exports_asked_for(user):
    # What the person asked for, not the files: those hold other people's answers.
    exports = SurveyExportFile.objects.filter(requested_by=user).select_related("survey").order_by("requested_at")
    return [
        {
            "survey": export.survey.title if export.survey else str(export.survey_key),
            "asked_for": export.requested_at.isoformat(),
            "filters": export.filters,
            "with_contact_details": export.include_contact,
            "status": export.status,
        }
        for export in exports
    ]


def erase_survey_exports(user):
    # One by one, so that each file leaves storage (engagement.surveys.signals), whatever the database.
    for export in SurveyExportFile.objects.filter(requested_by=user):
        export.delete()


def register_sources():
    register_personal_data(
        PersonalDataSource(name="survey_responses", export=export_survey_responses, erase=erase_survey_contact)
    )
    register_personal_data(
        PersonalDataSource(
            name="survey_exports_asked_for", export=export_survey_exports_asked_for, erase=erase_survey_exports
        )
    )
