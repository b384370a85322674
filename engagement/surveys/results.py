"""Survey results: every language's answers counted together, in a fixed number of SQL queries.

Answers are grouped by question (StreamField block id) and choice code in the database, never
fetched one by one (engagement.surveys.tally, which also keeps the counts of settled responses),
so a results page costs the same number of queries whatever the number of responses (DESIGN.md,
invariants 1 and 5). Labels come from the survey in the reader's language, falling back to the
source language where a translation lacks one.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import get_language, get_language_info, gettext
from django.utils.translation import gettext_lazy as _

from engagement.models import Audience, SurveyPage
from engagement.surveys.tally import CHOICE_KINDS, Layout, current_tally
from home.models import School

TEXT_KINDS = ("short_text", "long_text")
# Question kinds with a chart; the others are summarised in a table only.
CHARTED_KINDS = (*CHOICE_KINDS, "ranking")


# Filters


@dataclass(frozen=True)
class ResultFilters:
    """Which responses to count; empty means all of them."""

    language: str = ""
    audience: str = ""
    school: School | None = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None

    @property
    def is_empty(self):
        return not (self.language or self.audience or self.school or self.date_from or self.date_to)

    def apply_to_responses(self, responses):
        return responses.filter(self._conditions(""))

    def apply_to_answers(self, answers):
        # A join with the responses only when a filter needs one: unfiltered results are counted
        # from the answers table and its indexes alone.
        return answers if self.is_empty else answers.filter(self._conditions("response__"))

    def _conditions(self, prefix):
        conditions = Q()
        if self.language:
            conditions &= Q(**{f"{prefix}language": self.language})
        if self.audience:
            conditions &= Q(**{f"{prefix}audience": self.audience})
        if self.school:
            conditions &= Q(**{f"{prefix}school": self.school})
        if self.date_from:
            conditions &= Q(**{f"{prefix}submitted_at__gte": _start_of(self.date_from)})
        if self.date_to:
            conditions &= Q(**{f"{prefix}submitted_at__lt": _start_of(self.date_to + datetime.timedelta(days=1))})
        return conditions

    def described(self):
        """(filter, value) pairs in the active language, for a report's "filters applied"."""
        described = []
        if self.language:
            described.append((_("Language answered in"), language_name(self.language)))
        if self.audience:
            described.append((_("Audience"), Audience(self.audience).label))
        if self.school:
            described.append((_("School"), self.school.name))
        if self.date_from:
            described.append((_("Submitted from"), self.date_from))
        if self.date_to:
            described.append((_("Submitted until"), self.date_to))
        return described


def _start_of(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def language_name(code):
    """A language's name in the active language ("Haitian Creole", "Criollo haitiano"...)."""
    try:
        return gettext(get_language_info(code)["name"])
    except KeyError:
        return code


class ResultsFilterForm(forms.Form):
    """The filters of the results view and its exports; a bad value is a form error, not a 500."""

    language = forms.ChoiceField(label=_("Language answered in"), required=False)
    audience = forms.ChoiceField(label=_("Audience"), required=False)
    school = forms.ModelChoiceField(
        label=_("School"), queryset=School.objects.only("pk", "name"), required=False, empty_label=_("All schools")
    )
    date_from = forms.DateField(
        label=_("Submitted from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("Submitted until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("All languages"))] + [
            (code, language_name(code)) for code, _name in settings.LANGUAGES
        ]
        self.fields["audience"].choices = [("", _("All audiences")), *Audience.choices]

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_to < date_from:
            self.add_error("date_to", _("The end of the period must not be before its start."))
        return cleaned

    def filters(self):
        """The filters that are valid; one with an error is left out (and shown with its error)."""
        if not self.is_bound:
            return ResultFilters()
        self.is_valid()
        data = self.cleaned_data
        return ResultFilters(
            language=data.get("language") or "",
            audience=data.get("audience") or "",
            school=data.get("school"),
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
        )

    def query_string(self):
        """The valid filters as a query string, for the export links."""
        from django.http import QueryDict

        query = QueryDict(mutable=True)
        if self.is_bound and self.is_valid():
            for name in self.fields:
                value = self.cleaned_data.get(name)
                if value:
                    query[name] = value.pk if isinstance(value, School) else str(value)
        return query.urlencode()


# The survey's questions, in the reader's language


def survey_versions(page, language):
    """(source page, page in ``language``): the first gives the questions, the second their words.

    One query. The source is the version in the site's default language; a survey that only
    exists in another language is its own source. Either may be ``page`` itself.
    """
    wanted = {settings.LANGUAGE_CODE, language}
    versions = {
        version.locale.language_code: version
        for version in SurveyPage.objects.filter(
            translation_key=page.translation_key, locale__language_code__in=wanted
        ).select_related("locale")
    }
    source = versions.get(settings.LANGUAGE_CODE, page)
    return source, versions.get(language, source)


@dataclass
class Option:
    """One choice (or a rating's point, or a matrix column) with its count."""

    code: str
    label: str
    count: int = 0
    percent: float | None = None
    is_other: bool = False
    # A code found in the answers that the survey no longer offers (a choice removed later).
    is_unknown: bool = False


@dataclass
class MatrixRow:
    code: str
    label: str
    respondents: int = 0
    options: list = field(default_factory=list)


@dataclass
class RankedOption:
    code: str
    label: str
    times_ranked: int = 0
    average_rank: float | None = None
    first_place: int = 0
    first_place_percent: float | None = None


@dataclass
class QuestionResult:
    """What one question's answers add up to."""

    block_id: str
    kind: str
    answer_kind: str
    position: int
    code: str
    label: str
    help_text: str = ""
    publish_results: bool = False
    respondents: int = 0
    options: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    ranking: list = field(default_factory=list)
    mean: float | None = None
    low_label: str = ""
    high_label: str = ""
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    median: Decimal | None = None
    first_date: datetime.date | None = None
    last_date: datetime.date | None = None
    # Open answers: the text answers of a text question, or the "Other (please specify)" texts.
    text_count: int = 0
    rtl: bool = False
    # Filled in while counting: the words of the choices, rows and columns, and the raw counts.
    option_labels: list = field(default_factory=list, repr=False)
    row_labels: list = field(default_factory=list, repr=False)
    column_labels: list = field(default_factory=list, repr=False)
    allow_other: bool = False
    scale_size: int = 5
    raw_counts: dict = field(default_factory=dict, repr=False)
    rank_counts: list = field(default_factory=list, repr=False)

    @property
    def has_chart(self):
        return self.kind in CHARTED_KINDS and self.respondents > 0

    @property
    def is_text(self):
        return self.kind in TEXT_KINDS

    @property
    def has_open_answers(self):
        return self.text_count > 0

    @cached_property
    def chart(self):
        """The SVG chart (safe markup), or "" for a question without one."""
        from engagement.surveys.charts import question_chart

        return question_chart(self) if self.has_chart else ""


@dataclass
class CountRow:
    key: str
    label: str
    count: int
    percent: float | None


@dataclass
class SurveyResults:
    source_page: SurveyPage
    page: SurveyPage
    language: str
    filters: ResultFilters
    questions: list
    total: int
    by_language: list
    by_audience: list
    by_school: list
    # Schools with no response (under the filters): who has not been heard from yet.
    schools_not_heard_from: list
    without_school: int

    @property
    def rtl(self):
        return get_language_info(self.language)["bidi"]


def tidy_number(value):
    """A stored number without its trailing zeros: 3, not 3.0000; 2.5, not 2.5000."""
    if value is None:
        return None
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else value.normalize()


def _percent(count, base):
    return round(100 * count / base, 1) if base else None


def _localized_options(source_options, translated_options):
    translated = {option["code"]: option["label"] for option in translated_options or [] if option.get("code")}
    return [(option["code"], translated.get(option["code"]) or option["label"]) for option in source_options or []]


def _question_shells(source, translated, published_only):
    """A QuestionResult per question of the source page, with words from the translation."""
    translated_values = {child.id: child.value for child in translated.question_blocks()} if translated else {}
    shells = []
    for position, child in enumerate(source.question_blocks(), start=1):
        value = child.value
        if published_only and not value.get("publish_results"):
            continue
        words = translated_values.get(child.id) or value
        question = QuestionResult(
            block_id=child.id,
            kind=child.block_type,
            answer_kind=getattr(child.block, "answer_kind", "choice"),
            position=position,
            code=value.get("code") or "",
            label=words.get("question") or value.get("question") or "",
            help_text=words.get("help_text") or value.get("help_text") or "",
            publish_results=bool(value.get("publish_results")),
        )
        question.option_labels = _localized_options(value.get("choices"), words.get("choices"))
        question.row_labels = _localized_options(value.get("rows"), words.get("rows"))
        question.column_labels = _localized_options(value.get("columns"), words.get("columns"))
        question.allow_other = bool(value.get("allow_other"))
        if child.block_type == "rating":
            question.scale_size = value.get("scale_size") or 5
            question.low_label = words.get("low_label") or value.get("low_label") or ""
            question.high_label = words.get("high_label") or value.get("high_label") or ""
        shells.append(question)
    return shells


# Counting


def survey_results(page, filters=None, language=None, *, published_only=False):
    """The results of ``page``'s survey (every language version of it), in ``language``.

    Costs the same number of queries however many responses there are (see engagement.surveys.tally).
    """
    filters = filters or ResultFilters()
    language = language or get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        return _survey_results(page, filters, language, published_only)


def _survey_results(page, filters, language, published_only):
    source, translated = survey_versions(page, language)
    questions = _question_shells(source, translated, published_only)
    tally = current_tally(source.translation_key, Layout.of(source), filters)
    rtl = get_language_info(language)["bidi"]
    for question in questions:
        question.rtl = rtl
        _count(question, tally)
        _finish(question)
    return SurveyResults(
        source_page=source,
        page=translated,
        language=language,
        filters=filters,
        questions=questions,
        **_response_counts(tally.groups),
    )


def _count(question, tally):
    """Take the question's own counts out of the survey's tally."""
    block_id, kind = question.block_id, question.kind
    if kind in CHOICE_KINDS:
        question.raw_counts = {
            (row, choice): n for (question_id, row, choice), n in tally.choices.items() if question_id == block_id
        }
        if kind in ("multiple_choice", "matrix"):
            question.respondents = tally.respondents.get(block_id, 0)
    elif kind == "ranking":
        question.rank_counts = [
            (choice, rank, n) for (question_id, choice, rank), n in tally.ranks.items() if question_id == block_id
        ]
    elif kind == "number":
        numbers = sorted(
            (Decimal(number), n)
            for (question_id, number, _date), n in tally.values.items()
            if question_id == block_id and number is not None
        )
        answered = sum(n for _number, n in numbers)
        question.respondents = answered
        if answered:
            question.minimum, question.maximum = tidy_number(numbers[0][0]), tidy_number(numbers[-1][0])
            question.mean = float(sum(number * n for number, n in numbers) / answered)
            question.median = tidy_number(_median(numbers, answered))
    elif kind == "date":
        dates = sorted(
            (date, n) for (question_id, _number, date), n in tally.values.items() if question_id == block_id and date
        )
        question.respondents = sum(n for _date, n in dates)
        if dates:
            question.first_date, question.last_date = dates[0][0], dates[-1][0]
    elif kind in TEXT_KINDS:
        question.respondents = question.text_count = tally.texts.get(block_id, 0)


def _median(distribution, total):
    """The middle value of a sorted (value, count) distribution; the mean of the two middle ones for an even total."""
    middle = [(total + 1) // 2, total // 2 + 1]
    found, seen = [], 0
    for value, n in distribution:
        seen += n
        while middle and middle[0] <= seen:
            found.append(value)
            middle.pop(0)
    return sum(found) / len(found)


def _finish(question):
    """Turn raw counts into labelled options and percentages."""
    kind = question.kind
    if kind in ("single_choice", "multiple_choice"):
        counts = {choice: count for (_row, choice), count in question.raw_counts.items()}
        if kind == "single_choice":
            question.respondents = sum(counts.values())
        question.options = _options(question.option_labels, counts, question.respondents, question.allow_other)
        question.text_count = counts.get("", 0)
    elif kind == "rating":
        counts = {choice: count for (_row, choice), count in question.raw_counts.items()}
        question.respondents = sum(counts.values())
        points = [(str(point), str(point)) for point in range(1, question.scale_size + 1)]
        question.options = _options(points, counts, question.respondents, allow_other=False)
        scored = [(int(option.code), option.count) for option in question.options if option.code.isdigit()]
        answered = sum(count for _point, count in scored)
        question.mean = round(sum(point * count for point, count in scored) / answered, 2) if answered else None
    elif kind == "matrix":
        by_row = defaultdict(dict)
        for (row, choice), count in question.raw_counts.items():
            by_row[row][choice] = count
        row_labels = list(question.row_labels)
        known_rows = {code for code, _label in row_labels}
        row_labels += [(code, code) for code in sorted(by_row) if code not in known_rows]
        for code, label in row_labels:
            counts = by_row.get(code, {})
            respondents = sum(counts.values())
            question.rows.append(
                MatrixRow(code, label, respondents, _options(question.column_labels, counts, respondents, False))
            )
    elif kind == "ranking":
        _finish_ranking(question)
    if question.mean is not None:
        question.mean = round(question.mean, 2)


def _options(labels, counts, base, allow_other):
    options = [Option(code, label, counts.get(code, 0)) for code, label in labels]
    known = {code for code, _label in labels}
    for code in sorted(code for code in counts if code and code not in known):
        options.append(Option(code, code, counts[code], is_unknown=True))
    if allow_other or counts.get(""):
        options.append(Option("", str(_("Other")), counts.get("", 0), is_other=True))
    for option in options:
        option.percent = _percent(option.count, base)
    return options


def _finish_ranking(question):
    places = defaultdict(lambda: {"ranked": 0, "rank_total": 0, "first": 0})
    for choice, rank, count in question.rank_counts:
        place = places[choice]
        if rank:
            place["ranked"] += count
            place["rank_total"] += rank * count
            if rank == 1:
                place["first"] += count
    # Every ranking that was answered has exactly one first place.
    question.respondents = sum(place["first"] for place in places.values())
    labels = list(question.option_labels)
    known = {code for code, _label in labels}
    labels += [(code, code) for code in sorted(places) if code not in known]
    for code, label in labels:
        place = places.get(code, {"ranked": 0, "rank_total": 0, "first": 0})
        question.ranking.append(
            RankedOption(
                code=code,
                label=label,
                times_ranked=place["ranked"],
                average_rank=round(place["rank_total"] / place["ranked"], 2) if place["ranked"] else None,
                first_place=place["first"],
                first_place_percent=_percent(place["first"], question.respondents),
            )
        )
    # Most important first: the lowest average place; never-ranked choices last.
    question.ranking.sort(key=lambda item: (item.average_rank is None, item.average_rank or 0))


def _response_counts(groups):
    """Responses by language, audience and school, with the schools not heard from."""
    by_language, by_audience, by_school = defaultdict(int), defaultdict(int), defaultdict(int)
    total = 0
    for (language, audience, school_id), count in groups.items():
        total += count
        by_language[language] += count
        by_audience[audience] += count
        by_school[school_id] += count

    languages = [CountRow(code, language_name(code), by_language.get(code, 0), None) for code, _n in settings.LANGUAGES]
    audiences = [CountRow(value, label, by_audience.get(value, 0), None) for value, label in Audience.choices]
    if by_audience.get(""):
        audiences.append(CountRow("", str(_("Not given")), by_audience[""], None))
    schools, not_heard_from = [], []
    for school_id, name in School.objects.order_by("name").values_list("pk", "name"):
        count = by_school.get(school_id, 0)
        if count:
            schools.append(CountRow(str(school_id), name, count, None))
        else:
            not_heard_from.append(CountRow(str(school_id), name, 0, None))
    schools.sort(key=lambda row: -row.count)
    for row in (*languages, *audiences, *schools):
        row.percent = _percent(row.count, total)
    return {
        "total": total,
        "by_language": languages,
        "by_audience": audiences,
        "by_school": schools,
        "schools_not_heard_from": not_heard_from,
        "without_school": by_school.get(None, 0),
    }
