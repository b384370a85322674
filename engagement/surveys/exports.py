"""Survey responses as CSV and XLSX: one row per response, one column per question.

- Choices are written as their English label (the survey's source page), whatever language the
  person answered in; the language is a column of its own. Codes never reach a spreadsheet.
- CSV is UTF-8 with a byte-order mark, which is what makes Excel read it as UTF-8.
- Safe against formula injection (DESIGN.md, invariant 4): a text cell starting with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return gets a leading apostrophe. Numbers and dates stay
  numbers and dates.
- Built for 100,000 responses: responses are read in chunks by id, with the answers of each chunk
  in one more query (two queries per chunk, never one per response), as plain tuples rather than
  model instances; the CSV is streamed, the XLSX written row by row by openpyxl's write-only mode
  into a temporary file.
"""

import tempfile
from collections import defaultdict, namedtuple
from dataclasses import dataclass

from django.conf import settings
from django.http import FileResponse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from engagement.models import Audience, SurveyAnswer, SurveyResponse
from engagement.surveys.results import ResultFilters, survey_versions, tidy_number
from home.choices import GradeBand
from home.csv_export import escape_formula

CHUNK_SIZE = 2000
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass
class Column:
    header: str
    value: object  # a function (response, answers by question id) -> cell value


def _label(choices, code):
    return choices.get(code, code)


def _source_labels(options):
    return {option["code"]: option["label"] for option in options or [] if option.get("code")}


def _question_columns(source):
    """One column per question (one per row for a matrix), headed by the English question text."""
    columns = []
    for position, child in enumerate(source.question_blocks(), start=1):
        value, kind, block_id = child.value, child.block_type, child.id
        header = f"{position}. {value.get('question') or ''}"
        if kind == "matrix":
            column_labels = _source_labels(value.get("columns"))
            for row in value.get("rows") or []:
                columns.append(
                    Column(f"{header} \u2014 {row['label']}", _matrix_cell(block_id, row["code"], column_labels))
                )
            continue
        columns.append(Column(header, _cell(kind, block_id, _source_labels(value.get("choices")))))
    return columns


def _cell(kind, block_id, choices):
    order = {code: position for position, code in enumerate(choices)}

    def value(response, answers):
        rows = answers.get(block_id)
        if not rows:
            return None
        if kind in ("single_choice", "multiple_choice"):
            # In the order the survey offers them, whatever order they were ticked in.
            ticked = sorted(
                (row.choice for row in rows if row.choice), key=lambda code: (order.get(code, len(order)), code)
            )
            picked = [_label(choices, code) for code in ticked]
            picked += [_("Other: %(text)s") % {"text": row.text} for row in rows if not row.choice and row.text]
            return "; ".join(picked)
        if kind == "ranking":
            ranked = sorted((row for row in rows if row.choice), key=lambda row: (row.rank or 0, row.pk))
            return "; ".join(_label(choices, row.choice) for row in ranked)
        if kind in ("rating", "number"):
            return tidy_number(rows[0].number) if rows[0].number is not None else rows[0].choice
        if kind == "date":
            return rows[0].date
        return rows[0].text

    return value


def _matrix_cell(block_id, row_code, column_labels):
    def value(response, answers):
        for row in answers.get(block_id) or ():
            if row.row == row_code:
                return _label(column_labels, row.choice)
        return None

    return value


def _labels(choices_class):
    return {value: str(label) for value, label in choices_class.choices}


def _response_columns(include_contact):
    """The columns about the response itself; their values are made by rows(), in English."""
    columns = [
        Column(_("Response"), lambda response, labels: response.pk),
        Column(_("Submitted"), lambda response, labels: _local(response.submitted_at)),
        Column(_("Language answered in"), lambda response, labels: _language_name(response.language)),
        Column(_("Audience"), lambda response, labels: labels["audience"].get(response.audience, response.audience)),
        Column(_("School"), lambda response, labels: response.school or ""),
        Column(
            _("Grade band"), lambda response, labels: labels["grade_band"].get(response.grade_band, response.grade_band)
        ),
        Column(_("Neighbourhood"), lambda response, labels: response.neighbourhood),
        Column(
            _("How it was entered"),
            lambda response, labels: labels["entry_method"].get(response.entry_method, response.entry_method),
        ),
    ]
    if include_contact:
        columns += [
            Column(_("Name"), lambda response, labels: response.contact_name),
            Column(_("E-mail"), lambda response, labels: response.contact_email),
            Column(_("Phone"), lambda response, labels: response.contact_phone),
            Column(
                _("Agreed to be contacted again"),
                lambda response, labels: labels["yes"] if response.consent_to_contact else labels["no"],
            ),
        ]
    return columns


def _local(moment):
    """Local time without a zone: spreadsheets have no time zones."""
    return timezone.localtime(moment).replace(tzinfo=None)


def _language_name(code):
    try:
        return get_language_info(code)["name"]
    except KeyError:
        return code


# Plain rows, not model instances: a large export spends its time here.
ResponseRow = namedtuple(
    "ResponseRow",
    "pk submitted_at language audience school grade_band neighbourhood entry_method "
    "contact_name contact_email contact_phone consent_to_contact",
)
AnswerRow = namedtuple("AnswerRow", "pk response_id question_id choice row rank number date text")


class SurveyExport:
    """The rows of a survey's export: a header row, then one row per response (filtered)."""

    def __init__(self, page, filters=None, *, include_contact=False):
        self.filters = filters or ResultFilters()
        self.source, _translated = survey_versions(page, settings.LANGUAGE_CODE)
        self.include_contact = include_contact
        # Headers in the staff member's language; values (written by rows(), in English) are the
        # same whoever downloads the file.
        self.response_columns = _response_columns(include_contact)
        self.question_columns = _question_columns(self.source)

    @property
    def columns(self):
        return self.response_columns + self.question_columns

    @property
    def filename_stem(self):
        return f"{slugify(self.source.slug or self.source.title) or 'survey'}-responses-{timezone.localdate():%Y-%m-%d}"

    def header(self):
        return [escape_formula(column.header) for column in self.columns]

    def chunks(self):
        """Lists of (response, its answers by question id), CHUNK_SIZE responses at a time, by id.

        Two queries per chunk, each on an index: the next responses after the last id seen, then
        their answers.
        """
        key = self.source.translation_key
        responses = (
            self.filters.apply_to_responses(SurveyResponse.objects.filter(survey_key=key))
            .order_by("pk")
            .values_list(*(name if name != "school" else "school__name" for name in ResponseRow._fields))
        )
        last = 0
        while True:
            chunk = [ResponseRow(*row) for row in responses.filter(pk__gt=last)[:CHUNK_SIZE]]
            if not chunk:
                return
            last = chunk[-1].pk
            answers = defaultdict(dict)
            rows = (
                SurveyAnswer.objects.filter(response_id__in=[response.pk for response in chunk])
                .order_by("response_id", "pk")
                .values_list(*AnswerRow._fields)
            )
            for row in rows:
                answer = AnswerRow(*row)
                answers[answer.response_id].setdefault(answer.question_id, []).append(answer)
            yield [(response, answers.get(response.pk, {})) for response in chunk]
            if len(chunk) < CHUNK_SIZE:
                return

    def rows(self):
        with translation.override(settings.LANGUAGE_CODE):
            labels = {
                "audience": _labels(Audience),
                "grade_band": _labels(GradeBand),
                "entry_method": _labels(SurveyResponse.EntryMethod),
                "yes": _("yes"),
                "no": _("no"),
            }
            response_columns, question_columns = self.response_columns, self.question_columns
            for chunk in self.chunks():
                for response, answers in chunk:
                    yield [escape_formula(column.value(response, labels)) for column in response_columns] + [
                        escape_formula(column.value(response, answers)) for column in question_columns
                    ]


# CSV


# XLSX


def _xlsx_value(value):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        # Control characters have no place in a worksheet's XML: openpyxl refuses them.
        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return value


def write_xlsx(export, file):
    """Write the export as an XLSX workbook into ``file`` (opened for binary writing)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_("Responses")[:31])
    bold = Font(bold=True)
    header = []
    for title in export.header():
        cell = WriteOnlyCell(sheet, value=_xlsx_value(title))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in export.rows():
        sheet.append([_xlsx_value(value) for value in row])
    workbook.save(file)


def xlsx_response(export):
    # A temporary file, not memory: a workbook of 100,000 responses runs to tens of megabytes.
    file = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it once sent)
    write_xlsx(export, file)
    file.seek(0)
    return FileResponse(
        file, as_attachment=True, filename=f"{export.filename_stem}.xlsx", content_type=XLSX_CONTENT_TYPE
    )
