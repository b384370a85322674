"""Large XLSX exports: built in the background, e-mailed about, downloaded by their requester only."""

import datetime
import io

from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from wagtail.models import PageLogEntry

import pytest
from openpyxl import load_workbook

from engagement.models import SurveyExportFile, SurveyExportStatus
from engagement.surveys import exports
from engagement.surveys.tasks import build_survey_export
from home import account_data, audit
from home.roles import COMMUNICATIONS, ORGANIZERS
from tests.engagement.surveys.factories import make_response, make_survey, translate_survey
from tests.engagement.surveys.results_helpers import make_school, make_staff, on
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# Exports of more than two responses go to the background in these tests.
SMALL_THRESHOLD = override_settings(SURVEY_EXPORT_BACKGROUND_ROWS=2)
ANSWER_COLUMN = "9. Anything else you want us to know?"


def export_url(survey, query=""):
    return reverse("survey_results:export_xlsx", args=(survey.pk,)) + (f"?{query}" if query else "")


def exports_url():
    return reverse("survey_results:exports")


def download_url(export):
    return reverse("survey_results:export_download", args=(export.pk,))


def workbook_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"] == exports.XLSX_CONTENT_TYPE
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def as_dicts(rows):
    header, *body = rows
    return [dict(zip(header, row, strict=True)) for row in body]


@pytest.fixture
def organizer():
    return make_staff(ORGANIZERS, email="olga@example.org", first_name="Olga")


@pytest.fixture
def organizer_client(client, organizer):
    client.force_login(organizer)
    return client


@pytest.fixture
def three_responses(survey):
    """Two English responses and one Haitian Creole one: one more than the threshold."""
    creole = translate_survey(survey, "ht")
    return [
        make_response(survey, {"anything-else": "First"}, submitted_at=on("2026-03-02")),
        make_response(creole, {"anything-else": "Dezyèm"}, submitted_at=on("2026-03-03")),
        make_response(survey, {"anything-else": "Third"}, submitted_at=on("2026-03-04")),
    ]


@pytest.fixture
def contact_survey(survey_index):
    """A survey that asks for contact details, with three people who left theirs."""
    page = make_survey(survey_index, collect_contact=True, title="Who wants to help", slug="who-helps")
    for name in ("Rosa Díaz", "Ana Lima", "Minh Tran"):
        make_response(page, {}, consent_to_contact=True, contact_name=name, contact_email="someone@example.org")
    return page


def ready_export(user, survey, django_capture_on_commit_callbacks, **fields):
    """An export of ``survey`` for ``user``, built by the task."""
    export = SurveyExportFile.objects.create(
        requested_by=user, survey=survey, survey_key=survey.translation_key, **fields
    )
    with django_capture_on_commit_callbacks(execute=True):
        build_survey_export.call(export.pk)
    export.refresh_from_db()
    assert export.status == SurveyExportStatus.READY
    return export


# Asking


@SMALL_THRESHOLD
def test_a_large_export_is_filed_and_sends_to_the_exports_page(organizer_client, organizer, survey, three_responses):
    response = organizer_client.get(export_url(survey))

    assert response.status_code == 302 and response["Location"] == exports_url()
    export = SurveyExportFile.objects.get()
    assert (export.requested_by, export.survey, export.status) == (organizer, survey, SurveyExportStatus.PENDING)
    assert export.survey_key == survey.translation_key and export.row_count == 3
    assert [str(message).strip() for message in get_messages(response.wsgi_request)] == [
        "Your export is being prepared. We will e-mail you when it is ready."
    ]
    page = organizer_client.get(exports_url()).content.decode()
    assert survey.title in page and "Being prepared" in page


@SMALL_THRESHOLD
def test_asking_twice_while_it_is_prepared_files_one_export(organizer_client, survey, three_responses):
    organizer_client.get(export_url(survey))
    response = organizer_client.get(export_url(survey))
    assert response.status_code == 302
    assert SurveyExportFile.objects.count() == 1
    # Other filters are another export.
    organizer_client.get(export_url(survey, "date_from=2026-03-01"))
    assert SurveyExportFile.objects.count() == 2


@SMALL_THRESHOLD
def test_an_export_at_the_threshold_still_comes_at_once(organizer_client, survey, three_responses):
    rows = as_dicts(workbook_rows(organizer_client.get(export_url(survey, "date_from=2026-03-03"))))
    assert [row[ANSWER_COLUMN] for row in rows] == ["Dezyèm", "Third"]
    assert not SurveyExportFile.objects.exists()


def test_below_the_default_threshold_the_file_comes_at_once(organizer_client, survey, three_responses):
    assert len(workbook_rows(organizer_client.get(export_url(survey)))) == 4
    assert not SurveyExportFile.objects.exists()


@SMALL_THRESHOLD
def test_a_bad_filter_files_nothing(organizer_client, survey, three_responses):
    response = organizer_client.get(export_url(survey, "date_from=soon"))
    assert response.status_code == 302 and response["Location"].startswith(
        reverse("survey_results:results", args=(survey.pk,))
    )
    assert not SurveyExportFile.objects.exists()


# Building, the e-mail, the file


@SMALL_THRESHOLD
def test_the_export_is_built_with_the_filters_and_mailed(
    organizer_client, organizer, survey, three_responses, django_capture_on_commit_callbacks
):
    school = make_school("Lakeside Elementary")
    for answer in ("Lakeside one", "Lakeside two", "Lakeside three"):
        make_response(survey, {"anything-else": answer}, school=school, submitted_at=on("2026-03-05"))
    make_response(survey, {"anything-else": "Elsewhere"}, submitted_at=on("2026-03-05"))

    with django_capture_on_commit_callbacks(execute=True):
        response = organizer_client.get(export_url(survey, f"school={school.pk}&date_from=2026-03-05"))
    assert response.status_code == 302

    export = SurveyExportFile.objects.get()
    assert export.filters == {"school": str(school.pk), "date_from": "2026-03-05"}
    assert export.status == SurveyExportStatus.READY and export.row_count == 3
    assert export.file.name.startswith("private/survey-exports/") and export.finished_at is not None

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [organizer.email]
    assert message.subject == "Your survey export is ready"
    assert f"{exports_url()}" in message.body and survey.title in message.body

    page = organizer_client.get(exports_url()).content.decode()
    assert download_url(export) in page and "Lakeside Elementary" in page and "7 days" in page

    rows = workbook_rows(organizer_client.get(download_url(export)))
    assert rows[0][:3] == ["Response", "Submitted", "Language answered in"] and ANSWER_COLUMN in rows[0]
    assert [row[ANSWER_COLUMN] for row in as_dicts(rows)] == ["Lakeside one", "Lakeside two", "Lakeside three"]
    assert {row["School"] for row in as_dicts(rows)} == {"Lakeside Elementary"}


def test_the_file_and_the_mail_are_in_the_requesters_language(
    survey, three_responses, django_capture_on_commit_callbacks
):
    requester = make_staff(ORGANIZERS, preferred_language="es", first_name="Ana", last_name="Souza")
    export = ready_export(requester, survey, django_capture_on_commit_callbacks)

    with translation.override("es"):
        greeting = gettext("Hello %(name)s,") % {"name": "Ana Souza"}
        response_header = gettext("Response")
    assert response_header != "Response" and greeting != "Hello Ana Souza,"  # the catalog has them
    assert greeting in mail.outbox[0].body
    with export.file.open("rb") as stored:
        header = next(load_workbook(stored).active.iter_rows(values_only=True))
    assert header[0] == response_header
    # Answers stay in English, whoever asked.
    assert ANSWER_COLUMN.split(". ", 1)[1] in " ".join(str(cell) for cell in header)


def test_contact_columns_only_when_the_requester_may_see_them(
    client, organizer, contact_survey, django_capture_on_commit_callbacks
):
    readers = Group.objects.create(name="Results readers")
    readers.permissions.add(
        *Group.objects.get(name=ORGANIZERS).permissions.filter(codename__in=["access_admin", "view_surveyresponse"])
    )
    reader = make_staff(role=None)
    reader.groups.add(readers)

    with override_settings(SURVEY_EXPORT_BACKGROUND_ROWS=2), django_capture_on_commit_callbacks(execute=True):
        for person in (organizer, reader):
            client.force_login(person)
            assert client.get(export_url(contact_survey)).status_code == 302

    with_contact = SurveyExportFile.objects.get(requested_by=organizer)
    without_contact = SurveyExportFile.objects.get(requested_by=reader)
    assert with_contact.include_contact and not without_contact.include_contact

    client.force_login(organizer)
    rows = as_dicts(workbook_rows(client.get(download_url(with_contact))))
    assert sorted(row["Name"] for row in rows) == ["Ana Lima", "Minh Tran", "Rosa Díaz"]

    client.force_login(reader)
    rows = workbook_rows(client.get(download_url(without_contact)))
    assert "Name" not in rows[0] and "Rosa Díaz" not in str(rows) and len(rows) == 4


def test_a_failed_build_is_marked_failed_and_mails_nothing(
    organizer, survey, three_responses, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(export, file):
        raise OSError("disk full")

    monkeypatch.setattr(exports, "write_xlsx", broken)
    export = SurveyExportFile.objects.create(requested_by=organizer, survey=survey, survey_key=survey.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        build_survey_export.call(export.pk)
    export.refresh_from_db()
    assert export.status == SurveyExportStatus.FAILED and export.finished_at is not None and not export.file
    assert not mail.outbox


def test_a_requester_who_lost_the_permission_gets_no_file(organizer, contact_survey):
    export = SurveyExportFile.objects.create(
        requested_by=organizer, survey=contact_survey, survey_key=contact_survey.translation_key, include_contact=True
    )
    organizer.groups.clear()
    build_survey_export.call(export.pk)
    export.refresh_from_db()
    assert export.status == SurveyExportStatus.FAILED and not export.file


def test_a_filter_that_no_longer_holds_fails_rather_than_export_everyone(organizer, survey, three_responses):
    school = make_school("Closed school")
    export = SurveyExportFile.objects.create(
        requested_by=organizer, survey=survey, survey_key=survey.translation_key, filters={"school": str(school.pk)}
    )
    school.delete()
    build_survey_export.call(export.pk)
    export.refresh_from_db()
    assert export.status == SurveyExportStatus.FAILED and not export.file


# Downloading


def test_only_the_requester_may_download(
    client, organizer, survey, three_responses, django_capture_on_commit_callbacks
):
    export = ready_export(organizer, survey, django_capture_on_commit_callbacks)
    superuser = UserFactory(is_superuser=True, is_staff=True)
    for person, status in ((make_staff(ORGANIZERS), 404), (superuser, 404), (make_staff(COMMUNICATIONS), 403)):
        client.force_login(person)
        # (A 404 outside the language prefixes is sent on to /en/... first, where it is a 404 again.)
        assert client.get(download_url(export), follow=True).status_code == status, person
        assert download_url(export) not in client.get(exports_url()).content.decode()
    client.logout()
    response = client.get(download_url(export))
    assert response.status_code == 302 and response["Location"].startswith(reverse("wagtailadmin_login"))

    client.force_login(organizer)
    response = client.get(download_url(export))
    assert response.status_code == 200
    assert {"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")}
    assert response["Content-Disposition"].startswith('attachment; filename="')


def test_a_pending_export_cannot_be_downloaded(organizer_client, organizer, survey):
    export = SurveyExportFile.objects.create(requested_by=organizer, survey=survey, survey_key=survey.translation_key)
    assert organizer_client.get(download_url(export), follow=True).status_code == 404


def test_downloading_contact_details_is_logged(
    organizer_client, organizer, contact_survey, django_capture_on_commit_callbacks
):
    with override_settings(SURVEY_EXPORT_BACKGROUND_ROWS=2), django_capture_on_commit_callbacks(execute=True):
        organizer_client.get(export_url(contact_survey))
    export = SurveyExportFile.objects.get()
    logged = PageLogEntry.objects.filter(action=audit.VIEW_PERSONAL_DATA, user=organizer, page=contact_survey)
    assert not logged.exists()  # asking shows nobody's details yet

    organizer_client.get(download_url(export))
    assert logged.count() == 1
    assert logged.get().data["what"] == "contact details in a survey export"


def test_downloading_an_export_without_contact_details_is_not_logged(
    organizer_client, organizer, survey, three_responses, django_capture_on_commit_callbacks
):
    export = ready_export(organizer, survey, django_capture_on_commit_callbacks)
    assert organizer_client.get(download_url(export)).status_code == 200
    assert not PageLogEntry.objects.filter(action=audit.VIEW_PERSONAL_DATA).exists()


def test_the_results_page_links_to_the_exports(organizer_client, survey):
    page = organizer_client.get(reverse("survey_results:results", args=(survey.pk,))).content.decode()
    assert f'href="{exports_url()}"' in page


def test_the_exports_page_lists_my_exports_newest_first(organizer_client, organizer, survey, survey_index):
    other_survey = make_survey(survey_index, title="Second survey", slug="second")
    for page, days_ago in ((survey, 2), (other_survey, 1)):
        SurveyExportFile.objects.create(
            requested_by=organizer,
            survey=page,
            survey_key=page.translation_key,
            requested_at=timezone.now() - datetime.timedelta(days=days_ago),
        )
    hidden_school = make_school("Hidden Academy")
    SurveyExportFile.objects.create(
        requested_by=make_staff(ORGANIZERS),
        survey=survey,
        survey_key=survey.translation_key,
        filters={"school": str(hidden_school.pk)},
    )
    page = organizer_client.get(exports_url()).content.decode()
    assert page.index("Second survey") < page.index(survey.title)
    assert "All responses" in page and "Hidden Academy" not in page


# Expiry and account deletion


def stored_export(user, survey, **fields):
    export = SurveyExportFile(
        requested_by=user, survey=survey, survey_key=survey.translation_key, status=SurveyExportStatus.READY, **fields
    )
    export.file.save("export.xlsx", ContentFile(b"PK workbook"), save=True)
    assert default_storage.exists(export.file.name)
    return export


@override_settings(SURVEY_EXPORT_KEEP_DAYS=7)
def test_expired_exports_are_deleted_with_their_files(organizer, survey, django_capture_on_commit_callbacks):
    now = timezone.now()
    old = stored_export(organizer, survey, requested_at=now - datetime.timedelta(days=7, minutes=1))
    fresh = stored_export(organizer, survey, requested_at=now - datetime.timedelta(days=6))
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("delete_expired_survey_exports", stdout=out)

    assert "Deleted 1 survey export" in out.getvalue()
    assert list(SurveyExportFile.objects.all()) == [fresh]
    assert not default_storage.exists(old.file.name)
    assert default_storage.exists(fresh.file.name)


def test_deleting_the_account_deletes_its_exports_and_files(organizer, survey, django_capture_on_commit_callbacks):
    export = stored_export(organizer, survey)
    colleague_export = stored_export(make_staff(ORGANIZERS), survey)
    with django_capture_on_commit_callbacks(execute=True):
        account_data.delete_account(organizer)
    assert list(SurveyExportFile.objects.all()) == [colleague_export]
    assert not default_storage.exists(export.file.name)
    assert default_storage.exists(colleague_export.file.name)
