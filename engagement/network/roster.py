"""The member roster, imported from the union's membership system as CSV.

``plan_import`` reads the file and says, row by row, what importing it would do: add a person,
change some fields, or leave them alone; rows it cannot use are reported with their line numbers.
``apply_import`` does it in one transaction, and only when no row is wrong: nothing is ever
half-imported. A person is matched by member id, then by e-mail, so a person is never added twice
and importing the same file again changes nothing.

Cells are stored as they were written; a cell a spreadsheet would run as a formula (``=``, ``+``,
``-``, ``@`` first) is harmless in the database and escaped in every export (``roster_csv_rows``).
"""

import csv
import io
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

import filetype

from engagement.models.network import Member, UnionStatus
from home.csv_export import escape_formula
from home.models import School

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_ROWS = 50_000
# Column -> the headers a membership system may give it (compared in lower case, spaces for _ and -).
COLUMNS = {
    "member_id": ("member id", "member number", "id"),
    "name": ("name", "full name"),
    "school": ("school", "worksite", "school or worksite"),
    "job_role": ("role", "job", "position"),
    "phone": ("phone", "phone number", "mobile"),
    "email": ("email", "e mail", "e mail address", "email address"),
    "language": ("preferred language", "language"),
    "union_status": ("union status", "status"),
    "department": ("department",),
    "shift": ("shift",),
}
REQUIRED = ("member_id", "name", "school", "job_role", "phone", "email", "language", "union_status")
FIELDS = ("name", "school_id", "job_role", "phone", "email", "language", "union_status", "department", "shift")
MAX_LENGTHS = {"member_id": 40, "name": 150, "job_role": 80, "phone": 30, "department": 80, "shift": 40}
PHONE_CHARACTERS = set("0123456789+-(). ")
# Language names and codes a roster may use -> the site's language codes.
LANGUAGE_ALIASES = {
    "english": "en",
    "spanish": "es",
    "español": "es",
    "haitian creole": "ht",
    "kreyòl": "ht",
    "creole": "ht",
    "portuguese": "pt",
    "português": "pt",
    "vietnamese": "vi",
    "tiếng việt": "vi",
    "chinese": "zh-hans",
    "zh": "zh-hans",
    "zh-cn": "zh-hans",
    "中文": "zh-hans",
    "arabic": "ar",
    "العربية": "ar",
}
STATUS_ALIASES = {
    "member": UnionStatus.MEMBER,
    "active": UnionStatus.MEMBER,
    "non-member": UnionStatus.NON_MEMBER,
    "nonmember": UnionStatus.NON_MEMBER,
    "not a member": UnionStatus.NON_MEMBER,
    "agency fee": UnionStatus.NON_MEMBER,
    "on leave": UnionStatus.ON_LEAVE,
    "on-leave": UnionStatus.ON_LEAVE,
    "leave": UnionStatus.ON_LEAVE,
    "retired": UnionStatus.RETIRED,
}

ADD, CHANGE, SAME = "add", "change", "same"


class RosterFileError(ValidationError):
    """The file as a whole cannot be read (encoding, not CSV, missing columns)."""


@dataclass
class RowPlan:
    line: int
    action: str
    member_id: str
    name: str
    values: dict
    member: Member | None = None
    changed: list = field(default_factory=list)


@dataclass
class ImportPlan:
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # (line, message)

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action)

    @property
    def added(self):
        return self.count(ADD)

    @property
    def changed(self):
        return self.count(CHANGE)

    @property
    def unchanged(self):
        return self.count(SAME)

    @property
    def is_valid(self):
        return not self.errors

    def summary(self):
        return {"added": self.added, "changed": self.changed, "unchanged": self.unchanged, "errors": len(self.errors)}


def decode(data):
    """The file's text: UTF-8 (with or without the byte-order mark Excel writes), else a clear error."""
    if len(data) > MAX_FILE_BYTES:
        raise RosterFileError(
            gettext_lazy("The file is too large: a roster file may be up to %(size)s MB.")
            % {"size": MAX_FILE_BYTES // (1024 * 1024)},
            code="too_large",
        )
    kind = filetype.guess(data[:8192])
    if kind is not None:
        raise RosterFileError(
            gettext_lazy("This is a %(kind)s file, not CSV: save the roster as “CSV UTF-8” and upload that.")
            % {"kind": kind.extension.upper()},
            code="not_csv",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RosterFileError(
            gettext_lazy(
                "The file is not in UTF-8 (the byte at position %(position)s cannot be read). In your spreadsheet, "
                "save it as “CSV UTF-8” and upload it again."
            )
            % {"position": error.start},
            code="encoding",
        ) from error
    if "\x00" in text:
        raise RosterFileError(gettext_lazy("The file holds binary data, not CSV text."), code="not_csv")
    return text


def _header_key(header):
    cleaned = " ".join((header or "").strip().lower().replace("_", " ").replace("-", " ").split())
    for key, aliases in COLUMNS.items():
        if cleaned == key.replace("_", " ") or cleaned in aliases:
            return key
    return None


def _reader(text):
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return csv.reader(io.StringIO(text, newline=""), dialect)


def _clean_cell(value):
    # Control characters other than tab have no place in a roster; spreadsheets add stray spaces.
    return "".join(ch for ch in value if ch == "\t" or ch >= " ").strip()


def _language(value):
    lowered = value.strip().lower()
    codes = {code for code, _name in settings.LANGUAGES}
    if not lowered:
        return settings.LANGUAGE_CODE
    if lowered in codes:
        return lowered
    return LANGUAGE_ALIASES.get(lowered)


def _row_values(cells, schools_by_name):
    """The cleaned values of one row, or raises ValidationError with every problem in it."""
    problems = []
    values = {key: _clean_cell(cells.get(key, "")) for key in COLUMNS}
    for key, limit in MAX_LENGTHS.items():
        if len(values[key]) > limit:
            problems.append(_("%(column)s is longer than %(limit)s characters.") % {"column": key, "limit": limit})
    if not values["member_id"]:
        problems.append(_("The member id is missing."))
    if not values["name"]:
        problems.append(_("The name is missing."))
    school = schools_by_name.get(values["school"].lower())
    if school is None:
        problems.append(_("No school or worksite is called “%(name)s”.") % {"name": values["school"][:80]})
    email = values["email"].lower()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            problems.append(_("“%(email)s” is not an e-mail address.") % {"email": email[:80]})
    phone = values["phone"]
    if phone and not (set(phone) <= PHONE_CHARACTERS and any(ch.isdigit() for ch in phone)):
        problems.append(_("“%(phone)s” is not a phone number.") % {"phone": phone[:40]})
    language = _language(values["language"])
    if language is None:
        problems.append(_("“%(language)s” is not a language we write in.") % {"language": values["language"][:40]})
    status = STATUS_ALIASES.get(values["union_status"].lower() or "member")
    if status is None:
        problems.append(_("“%(status)s” is not a union status.") % {"status": values["union_status"][:40]})
    if problems:
        raise ValidationError(problems)
    return {
        "name": values["name"],
        "school_id": school.pk,
        "job_role": values["job_role"],
        "phone": phone,
        "email": email,
        "language": language,
        "union_status": str(status),
        "department": values["department"],
        "shift": values["shift"],
    }, values["member_id"]


def plan_import(text):
    """What importing ``text`` would do (nothing is written)."""
    rows = _reader(text)
    header = next(rows, None)
    if not header:
        raise RosterFileError(gettext_lazy("The file is empty."), code="empty")
    keys = [_header_key(cell) for cell in header]
    missing = [key for key in REQUIRED if key not in keys]
    if missing:
        raise RosterFileError(
            gettext_lazy("The file has no column for: %(columns)s. The first line must name the columns.")
            % {"columns": ", ".join(key.replace("_", " ") for key in missing)},
            code="columns",
        )
    schools_by_name = {school.name.lower(): school for school in School.objects.all()}
    plan = ImportPlan()
    parsed = []
    seen_ids, seen_emails = {}, {}
    for number, cells in enumerate(rows, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(parsed) + len(plan.errors) >= MAX_ROWS:
            plan.errors.append((number, _("The file has more than %(count)s rows.") % {"count": MAX_ROWS}))
            break
        by_key = {key: cell for key, cell in zip(keys, cells, strict=False) if key}
        try:
            values, member_id = _row_values(by_key, schools_by_name)
        except ValidationError as error:
            plan.errors.append((number, " ".join(error.messages)))
            continue
        if member_id in seen_ids:
            plan.errors.append(
                (
                    number,
                    _("Member id %(id)s is also on line %(line)s.") % {"id": member_id, "line": seen_ids[member_id]},
                )
            )
            continue
        if values["email"] and values["email"] in seen_emails:
            plan.errors.append(
                (number, _("This e-mail address is also on line %(line)s.") % {"line": seen_emails[values["email"]]})
            )
            continue
        seen_ids[member_id] = number
        if values["email"]:
            seen_emails[values["email"]] = number
        parsed.append((number, member_id, values))

    by_id = Member.objects.in_bulk([member_id for _n, member_id, _v in parsed], field_name="member_id")
    emails = [values["email"] for _n, member_id, values in parsed if member_id not in by_id and values["email"]]
    by_email = {}
    for member in Member.objects.filter(email__in=emails).order_by("pk"):
        by_email.setdefault(member.email, member)
    claimed = set()
    for number, member_id, values in parsed:
        member = by_id.get(member_id) or (by_email.get(values["email"]) if values["email"] else None)
        if member is not None and member.pk in claimed:
            plan.errors.append((number, _("This person is already matched by another line of the file.")))
            continue
        if member is None:
            plan.rows.append(RowPlan(number, ADD, member_id, values["name"], values))
            continue
        claimed.add(member.pk)
        changed = [name for name in FIELDS if getattr(member, name) != values[name]]
        if member.member_id != member_id:
            changed.insert(0, "member_id")
        plan.rows.append(
            RowPlan(number, CHANGE if changed else SAME, member_id, values["name"], values, member, changed)
        )
    return plan


def apply_import(text):
    """Import ``text`` in one transaction; raises ValidationError (nothing written) if any row is wrong."""
    with transaction.atomic():
        plan = plan_import(text)
        if not plan.is_valid:
            raise ValidationError(
                [_("Line %(line)s: %(problem)s") % {"line": line, "problem": problem} for line, problem in plan.errors]
            )
        new = [Member(member_id=row.member_id, **row.values) for row in plan.rows if row.action == ADD]
        Member.objects.bulk_create(new, batch_size=2000)
        changed = []
        for row in plan.rows:
            if row.action == CHANGE:
                row.member.member_id = row.member_id
                for name, value in row.values.items():
                    setattr(row.member, name, value)
                changed.append(row.member)
        Member.objects.bulk_update(changed, ["member_id", *FIELDS], batch_size=1000)
    return plan


# Export

EXPORT_HEADER = ["member id", "name", "school", "role", "phone", "email", "preferred language", "union status",
                 "department", "shift", "captain", "does not want to be contacted"]  # fmt: skip


def roster_csv_rows(members):
    """The roster as CSV rows (header first), with formula cells escaped."""
    yield EXPORT_HEADER
    for member in members.select_related("school", "captain__member").order_by("school__name", "name", "pk"):
        yield [
            escape_formula(value)
            for value in (
                member.member_id,
                member.name,
                member.school.name if member.school else "",
                member.job_role,
                member.phone,
                member.email,
                member.language,
                member.union_status,
                member.department,
                member.shift,
                member.captain.member.name if member.captain else "",
                "yes" if member.do_not_contact else "",
            )
        ]
