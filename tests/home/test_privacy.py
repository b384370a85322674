"""A person's data: what we keep, its download as a ZIP, and deleting the account (home.account_data)."""

import io
import json
import zipfile

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import ModelLogEntry

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from home import account_data, audit, privacy
from home.choices import MemberRole
from home.models import School, User
from home.privacy import PersonalDataSource
from tests.factories import StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db

HYPOTHESIS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
PRIVACY_URL = "/en/account/privacy/"
EXPORT_URL = "/en/account/privacy/download/"
DELETE_URL = "/en/account/delete/"


@pytest.fixture
def person(db):
    school = School.objects.create(name="Escuela Hernández", neighbourhood="Jamaica Plain")
    return UserFactory(
        email="thu@example.org",
        first_name="Thu",
        last_name="Nguyễn",
        phone="617 555 0100",
        school=school,
        member_role=MemberRole.EDUCATOR,
        years_of_service=9,
    )


class RecordingSource:
    """A source the way an app would register one, remembering what it was asked to do."""

    def __init__(self, name="test_notes", files=(), fail_on_erase=False):
        self.name = name
        self.erased = []
        self.file_list = list(files)
        self.fail_on_erase = fail_on_erase

    def export(self, user):
        return [{"note": f"Notes about {user.first_name}", "language": "tiếng Việt, 中文, العربية"}]

    def files(self, user):
        return list(self.file_list)

    def erase(self, user):
        if self.fail_on_erase:
            raise RuntimeError("storage unavailable")
        self.erased.append(user.pk)
        User.objects.filter(pk=user.pk).update(first_name="erased-by-source")

    def as_source(self):
        return PersonalDataSource(name=self.name, export=self.export, files=self.files, erase=self.erase)


@pytest.fixture
def register_source(monkeypatch):
    """Register a source for one test only."""

    def register(recording):
        monkeypatch.setitem(privacy._SOURCES, recording.name, recording.as_source())
        return recording

    return register


def read_zip(response):
    assert response["Content-Type"] == "application/zip"
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


# The privacy page ------------------------------------------------------------------------------


def test_the_privacy_page_is_for_signed_in_people(client, home_page):
    response = client.get(PRIVACY_URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_the_privacy_page_explains_and_offers_download_and_deletion(client, home_page, person, register_source):
    register_source(RecordingSource())
    client.force_login(person)
    html = client.get(PRIVACY_URL).content.decode()
    assert "What we keep about you" in html
    assert f'action="{EXPORT_URL}"' in html
    assert f'href="{DELETE_URL}"' in html
    assert "account.json" in html and "test_notes.json" in html


# Download ------------------------------------------------------------------------------------


def test_the_download_needs_a_signed_in_person(client, home_page):
    assert client.get(EXPORT_URL).status_code == 302
    assert client.post(EXPORT_URL).status_code == 302


@pytest.mark.parametrize("method", ["get", "post"])
def test_the_download_is_a_zip_of_every_source(client, home_page, person, register_source, method):
    register_source(RecordingSource())
    client.force_login(person)
    response = getattr(client, method)(EXPORT_URL)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="common-good-my-data-')
    archive = read_zip(response)
    assert {"account.json", "test_notes.json", "README.txt"} <= set(archive.namelist())
    account = json.loads(archive.read("account.json").decode("utf-8"))
    assert account["email"] == "thu@example.org"
    assert account["last_name"] == "Nguyễn"
    assert account["school"] == "Escuela Hernández"
    assert account["role"] == "educator"
    assert account["years_of_service"] == 9
    assert account["phone"] == "617 555 0100"
    notes = json.loads(archive.read("test_notes.json").decode("utf-8"))
    assert notes == [{"note": "Notes about Thu", "language": "tiếng Việt, 中文, العربية"}]


def test_the_json_is_readable_utf8_and_indented(client, home_page, person):
    client.force_login(person)
    raw = read_zip(client.get(EXPORT_URL)).read("account.json").decode("utf-8")
    assert '"last_name": "Nguyễn"' in raw  # not \u escapes
    assert '\n  "email": "thu@example.org"' in raw


def test_uploaded_files_are_in_the_files_folder(client, home_page, person, register_source):
    register_source(
        RecordingSource(
            files=[
                ("lesson-plan.txt", ContentFile(b"Fractions with pizza", name="lesson-plan.txt")),
                ("../../../etc/passwd", ContentFile(b"not a way out", name="passwd")),
            ]
        )
    )
    client.force_login(person)
    archive = read_zip(client.get(EXPORT_URL))
    assert archive.read("files/test_notes/lesson-plan.txt") == b"Fractions with pizza"
    assert archive.read("files/test_notes/etc/passwd") == b"not a way out"
    assert all(".." not in name and not name.startswith("/") for name in archive.namelist())
    readme = archive.read("README.txt").decode("utf-8")
    assert "files/test_notes/lesson-plan.txt" in readme


def test_a_missing_file_is_listed_and_the_rest_is_still_downloaded(client, home_page, person, register_source):
    class MissingFile:
        def open(self, mode="rb"):
            raise FileNotFoundError("gone from storage")

    register_source(RecordingSource(files=[("portrait.jpg", MissingFile())]))
    client.force_login(person)
    archive = read_zip(client.get(EXPORT_URL))
    assert "files/test_notes/portrait.jpg" not in archive.namelist()
    assert "test_notes.json" in archive.namelist()
    assert "files/test_notes/portrait.jpg" in archive.read("README.txt").decode("utf-8")


def test_the_readme_is_in_the_persons_language(client, home_page, person):
    person.preferred_language = "es"
    person.save()
    client.force_login(person)
    readme = read_zip(client.get(EXPORT_URL)).read("README.txt").decode("utf-8")
    assert "account.json" in readme
    # The date is written the Spanish way ("24 de noviembre de 2026 a las 10:15").
    assert " de " in readme


def test_a_download_is_written_to_the_audit_log(client, home_page, person):
    client.force_login(person)
    client.get(EXPORT_URL)
    entry = ModelLogEntry.objects.get(action=audit.EXPORT_PERSONAL_DATA)
    assert entry.object_id == str(person.pk)
    assert entry.user_id == person.pk
    assert "Nguyễn" not in entry.label and "thu@example.org" not in entry.label


def test_the_download_costs_a_fixed_number_of_queries(client, home_page, person):
    client.force_login(person)
    with CaptureQueriesContext(connection) as first:
        client.get(EXPORT_URL)
    person.groups.add(*Group.objects.all()[:3])
    with CaptureQueriesContext(connection) as second:
        client.get(EXPORT_URL)
    assert len(second) == len(first)


# Deletion ------------------------------------------------------------------------------------


def test_deletion_asks_for_confirmation_first(client, home_page, person):
    client.force_login(person)
    response = client.get(DELETE_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="confirmation"' in html
    assert User.objects.filter(pk=person.pk).exists()


@pytest.mark.parametrize("typed", ["THU@example.org ", "a-long-test-password"])
def test_deletion_with_the_email_or_password_removes_the_person(client, home_page, person, register_source, typed):
    source = register_source(RecordingSource())
    person_id = person.pk
    client.force_login(person)
    response = client.post(DELETE_URL, {"confirmation": typed})
    assert response.status_code == 302
    assert response["Location"] == "/en/account/deleted/"
    assert not User.objects.filter(pk=person_id).exists()
    assert source.erased == [person_id]
    goodbye = client.get(response["Location"])
    assert goodbye.status_code == 200
    assert "Your account is deleted" in goodbye.content.decode()
    # Signed out: the profile asks to sign in again, and the goodbye page is shown only once.
    assert client.get("/en/account/profile/").status_code == 302
    assert client.get("/en/account/deleted/")["Location"] == "/en/"


def test_the_goodbye_page_is_in_the_language_of_the_address(client, home_page, person):
    client.force_login(person)
    response = client.post("/ar/account/delete/", {"confirmation": person.email}, follow=True)
    assert response.redirect_chain[-1][0] == "/ar/account/deleted/"
    assert '<html lang="ar" dir="rtl">' in response.content.decode()


@pytest.mark.parametrize("typed", ["someone.else@example.org", "wrong-password", " ", "thu@example.org\x00"])
def test_a_wrong_confirmation_deletes_nothing(client, home_page, person, register_source, typed):
    source = register_source(RecordingSource())
    client.force_login(person)
    response = client.post(DELETE_URL, {"confirmation": typed})
    assert response.status_code == 200
    assert "confirmation" in response.context["form"].errors
    assert User.objects.filter(pk=person.pk).exists()
    assert source.erased == []
    assert not ModelLogEntry.objects.filter(action=audit.DELETE_ACCOUNT).exists()


def test_deletion_is_a_post(client, home_page, person):
    client.force_login(person)
    client.get(DELETE_URL, {"confirmation": person.email})
    assert User.objects.filter(pk=person.pk).exists()


def test_deletion_is_recorded_without_personal_data(client, home_page, person):
    person_id = person.pk
    client.force_login(person)
    client.post(DELETE_URL, {"confirmation": person.email})
    entry = ModelLogEntry.objects.get(action=audit.DELETE_ACCOUNT)
    assert entry.object_id == str(person_id)
    assert entry.data == {"user_id": person_id}
    for personal in ("Thu", "Nguyễn", "thu@example.org", "617"):
        assert personal not in entry.label
        assert personal not in json.dumps(entry.data, ensure_ascii=False)


def test_earlier_log_entries_about_the_person_lose_the_name(client, home_page, person):
    from wagtail.log_actions import log

    log(instance=person, action="wagtail.edit")  # Wagtail labels it with the person's name
    assert ModelLogEntry.objects.get(action="wagtail.edit").label == "Thu Nguyễn"
    client.force_login(person)
    client.post(DELETE_URL, {"confirmation": person.email})
    entry = ModelLogEntry.objects.get(action="wagtail.edit")  # the entry stays
    assert entry.label == f"user #{entry.object_id}"


def test_deletion_keeps_what_others_rely_on(client, home_page, person):
    """Only the sources' erase() remove personal data: a page the person wrote stays, without an owner."""
    page = StandardPageFactory(parent=home_page, owner=person)
    client.force_login(person)
    client.post(DELETE_URL, {"confirmation": person.email})
    page.refresh_from_db()
    assert page.owner is None


def test_a_failing_source_deletes_nothing(home_page, person, register_source):
    first = register_source(RecordingSource(name="first"))
    register_source(RecordingSource(name="second", fail_on_erase=True))
    with pytest.raises(RuntimeError):
        account_data.delete_account(person)
    person.refresh_from_db()
    assert person.first_name == "Thu"  # the first source's erase was rolled back with the rest
    assert first.erased == [person.pk]
    assert not ModelLogEntry.objects.filter(action=audit.DELETE_ACCOUNT).exists()


def test_the_last_superuser_cannot_delete_themselves(client, home_page):
    admin = UserFactory(email="only.admin@example.org", is_superuser=True, is_staff=True)
    client.force_login(admin)
    assert "the only administrator" in client.get(DELETE_URL).content.decode()
    response = client.post(DELETE_URL, {"confirmation": admin.email})
    assert response.status_code == 200
    assert "the only administrator of the site" in response.content.decode()
    assert User.objects.filter(pk=admin.pk).exists()
    with pytest.raises(account_data.LastSuperuserError):
        account_data.delete_account(admin)


def test_a_superuser_may_leave_when_another_remains(client, home_page):
    UserFactory(email="other.admin@example.org", is_superuser=True, is_staff=True)
    admin = UserFactory(email="leaving.admin@example.org", is_superuser=True, is_staff=True)
    client.force_login(admin)
    assert client.post(DELETE_URL, {"confirmation": admin.email}).status_code == 302
    assert not User.objects.filter(pk=admin.pk).exists()


def test_an_inactive_superuser_does_not_count_as_another_administrator(client, home_page):
    UserFactory(email="gone.admin@example.org", is_superuser=True, is_active=False)
    admin = UserFactory(email="only.admin@example.org", is_superuser=True, is_staff=True)
    client.force_login(admin)
    client.post(DELETE_URL, {"confirmation": admin.email})
    assert User.objects.filter(pk=admin.pk).exists()


def test_repeated_wrong_confirmations_are_slowed_down(client, home_page, person):
    client.force_login(person)
    statuses = [client.post(DELETE_URL, {"confirmation": f"guess-{n}"}).status_code for n in range(12)]
    assert statuses[:10] == [200] * 10
    assert statuses[-1] == 429
    assert client.post(DELETE_URL, {"confirmation": person.email}).status_code == 429
    assert User.objects.filter(pk=person.pk).exists()


@HYPOTHESIS
@given(typed=st.one_of(st.text(max_size=600), st.binary(max_size=200).map(lambda b: b.decode("latin-1"))))
def test_any_confirmation_is_checked_never_a_500(client, home_page, person, typed):
    client.force_login(person)
    response = client.post(DELETE_URL, {"confirmation": typed})
    assert response.status_code in (200, 302, 429)
    if typed.strip().lower() != person.email and typed != "a-long-test-password":
        assert User.objects.filter(pk=person.pk).exists()


def test_a_record_that_protects_the_person_is_a_clear_error_not_a_500(client, home_page, person, monkeypatch):
    from django.db.models import ProtectedError

    def protected(user):
        raise ProtectedError("a record still points at this person", set())

    monkeypatch.setattr(account_data, "delete_account", protected)
    client.force_login(person)
    response = client.post(DELETE_URL, {"confirmation": person.email})
    assert response.status_code == 200
    assert "could not be deleted" in response.content.decode()
    assert User.objects.filter(pk=person.pk).exists()
