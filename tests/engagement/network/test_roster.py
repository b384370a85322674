"""The roster import: preview, idempotent re-import, bad rows, formula cells, wrong encoding."""

import csv
import io

from django.core.exceptions import ValidationError

import pytest

from engagement.models.network import Member
from engagement.network import roster
from tests.engagement.network.factories import MemberFactory

HEADER = "member id,name,school,role,phone,email,preferred language,union status,department,shift\n"


def csv_text(*rows):
    return HEADER + "".join(row + "\n" for row in rows)


GOOD = csv_text(
    "A1,Ana Souza,Maple Street Elementary School,Teacher,617-555-0101,ana@example.org,pt,member,Math,",
    "A2,Bao Tran,Maple Street Elementary School,Paraprofessional,617-555-0102,bao@example.org,Vietnamese,member,,AM",
    "A3,Carmen Díaz,Maple Street Elementary School,Nurse,(617) 555-0103,carmen@example.org,es,on leave,,",
)


@pytest.fixture
def schools(school):
    return [school]


def test_the_preview_says_what_would_be_added_changed_and_left_alone_and_writes_nothing(schools):
    MemberFactory(member_id="A1", name="Ana Souza", school=schools[0], job_role="Teacher", phone="617-555-0101",
                  email="ana@example.org", language="pt", department="Math")  # fmt: skip
    MemberFactory(member_id="A2", name="Bao Tran", school=schools[0], job_role="Teacher", phone="617-555-0102",
                  email="bao@example.org", language="vi", shift="AM")  # fmt: skip
    plan = roster.plan_import(GOOD)
    assert plan.is_valid
    assert (plan.added, plan.changed, plan.unchanged) == (1, 1, 1)
    [changed] = [row for row in plan.rows if row.action == roster.CHANGE]
    assert changed.changed == ["job_role"]
    assert Member.objects.count() == 2


def test_importing_the_same_file_twice_changes_nothing_the_second_time(schools):
    first = roster.apply_import(GOOD)
    assert first.added == 3
    snapshot = list(Member.objects.order_by("member_id").values())
    second = roster.apply_import(GOOD)
    assert (second.added, second.changed, second.unchanged) == (0, 0, 3)
    assert list(Member.objects.order_by("member_id").values()) == snapshot


def test_a_person_is_matched_by_email_when_the_member_id_is_new(schools):
    existing = MemberFactory(member_id="OLD-1", email="ana@example.org", school=schools[0])
    roster.apply_import(GOOD)
    existing.refresh_from_db()
    assert existing.member_id == "A1"
    assert Member.objects.filter(email="ana@example.org").count() == 1


def test_bad_rows_are_reported_with_their_line_numbers_and_nothing_is_imported(schools):
    text = csv_text(
        "B1,Good Person,Maple Street Elementary School,Teacher,617-555-0111,good@example.org,en,member,,",
        "B2,,Maple Street Elementary School,Teacher,617-555-0112,nobody@example.org,en,member,,",
        "B3,Lost Person,Atlantis Academy,Teacher,617-555-0113,lost@example.org,en,member,,",
        "B4,Odd Person,Maple Street Elementary School,Teacher,call me,odd@example,Klingon,member,,",
        "B1,Twice Person,Maple Street Elementary School,Teacher,617-555-0114,twice@example.org,en,member,,",
    )
    plan = roster.plan_import(text)
    assert [line for line, _problem in plan.errors] == [3, 4, 5, 6]
    assert "name is missing" in plan.errors[0][1]
    assert "Atlantis Academy" in plan.errors[1][1]
    assert "phone" in plan.errors[2][1] and "e-mail" in plan.errors[2][1] and "Klingon" in plan.errors[2][1]
    assert "line 2" in plan.errors[3][1]
    with pytest.raises(ValidationError) as raised:
        roster.apply_import(text)
    assert "Line 3" in raised.value.messages[0]
    assert not Member.objects.exists()


def test_formula_cells_are_stored_as_text_and_escaped_in_the_export(schools):
    text = csv_text(
        '"=HYPERLINK(""http://evil.example"",""x"")",@SUM(1),Maple Street Elementary School,+cmd,617-555-0121,'
        "f@example.org,en,member,-2+3,",
    )
    roster.apply_import(text)
    member = Member.objects.get()
    assert member.member_id.startswith("=HYPERLINK")
    rows = list(roster.roster_csv_rows(Member.objects.all()))
    exported = rows[1]
    assert exported[0].startswith("'=")
    assert exported[1] == "'@SUM(1)"
    assert exported[3] == "'+cmd"
    assert exported[8] == "'-2+3"


def test_a_file_in_another_encoding_gets_a_clear_error(schools):
    latin1 = csv_text(
        "C1,José Núñez,Maple Street Elementary School,Teacher,617-555-0131,jose@example.org,es,member,,"
    ).encode("latin-1")
    with pytest.raises(roster.RosterFileError) as raised:
        roster.decode(latin1)
    assert "UTF-8" in raised.value.messages[0]


def test_utf8_with_a_byte_order_mark_is_read(schools):
    text = roster.decode(("\ufeff" + GOOD).encode("utf-8"))
    assert roster.plan_import(text).added == 3


def test_a_spreadsheet_file_is_refused(schools):
    with pytest.raises(roster.RosterFileError):
        roster.decode(b"PK\x03\x04" + b"\x00" * 100)


def test_missing_columns_are_named(schools):
    with pytest.raises(roster.RosterFileError) as raised:
        roster.plan_import("member id,name\nA1,Ana\n")
    assert "school" in raised.value.messages[0]


def test_semicolon_separated_files_are_read(schools):
    rows = list(csv.reader(io.StringIO(GOOD)))
    text = "\n".join(";".join(row) for row in rows) + "\n"
    assert roster.plan_import(text).added == 3


def test_the_admin_previews_then_imports(client, organizer, schools):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    client.force_login(organizer)
    upload = SimpleUploadedFile("roster.csv", GOOD.encode("utf-8-sig"), content_type="text/csv")
    response = client.post(reverse("action_team:roster"), {"file": upload})
    assert response.status_code == 200
    assert not Member.objects.exists()
    pending = response.context["pending"]
    response = client.post(reverse("action_team:apply_roster"), {"roster_import": pending.pk})
    assert response.status_code == 302
    assert Member.objects.count() == 3
    # Applying the same upload again is refused (double click): nothing duplicates.
    client.post(reverse("action_team:apply_roster"), {"roster_import": pending.pk})
    assert Member.objects.count() == 3


def test_the_admin_shows_an_encoding_error_on_the_form(client, organizer, schools):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    client.force_login(organizer)
    upload = SimpleUploadedFile("roster.csv", GOOD.replace("Díaz", "Dí\u00e1z").encode("cp1252"))
    response = client.post(reverse("action_team:roster"), {"file": upload})
    assert response.status_code == 200
    assert "UTF-8" in response.content.decode()
