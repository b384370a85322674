"""Counting a survey's answers in SQL, and keeping the counts of settled responses for next time.

A ``Tally`` holds what the results are made of: answers per (question, row, choice), per
(question, choice, place) for rankings, distinct respondents of multiple choices, the numbers,
dates and open texts per question, and responses per (language, audience, school). Every part
adds up across disjoint sets of responses, so a survey's tally is the cached tally of its settled
responses plus a live count of the newer ones (DESIGN.md, invariant 5: a results page costs the
same whatever the number of responses).

Settled means: no response with an id up to that point can still appear. Ids come from one
sequence, so every id handed out before a moment is at most the largest id visible shortly
after, and every transaction that held one has ended once ``SURVEY_RESULTS_SETTLE_SECONDS``
(far longer than any request) have passed. The largest id is noted at each count (a
checkpoint); a checkpoint older than the settling time bounds the cached tally. Deleting or
changing a response, an answer or a school starts the tallies again (``forget_tallies``).
"""

import hashlib
import json
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count, Exists, Max, OuterRef, Q

from engagement.models import SurveyAnswer, SurveyResponse

# A cached tally is rebuilt at least this often, whatever happens.
TALLY_TIMEOUT = 24 * 60 * 60
CHECKPOINTS_KEY = "survey-tally:checkpoints"
MAX_CHECKPOINTS = 50
CHOICE_KINDS = ("single_choice", "multiple_choice", "rating", "matrix")
VALUE_KINDS = ("number", "date", "short_text", "long_text")


def settle_seconds():
    return getattr(settings, "SURVEY_RESULTS_SETTLE_SECONDS", 600)


@dataclass
class Tally:
    choices: Counter = field(default_factory=Counter)  # (question, row, choice) -> answers
    ranks: Counter = field(default_factory=Counter)  # (question, choice, place) -> answers
    respondents: Counter = field(default_factory=Counter)  # multiple choice or matrix -> responses
    values: Counter = field(default_factory=Counter)  # (question, number, date) -> answers
    texts: Counter = field(default_factory=Counter)  # number, date or text question -> non-empty texts
    groups: Counter = field(default_factory=Counter)  # (language, audience, school id) -> responses

    def __add__(self, other):
        return Tally(
            self.choices + other.choices,
            self.ranks + other.ranks,
            self.respondents + other.respondents,
            self.values + other.values,
            self.texts + other.texts,
            self.groups + other.groups,
        )


@dataclass(frozen=True)
class Layout:
    """Which questions are counted by which query: block ids by kind of answer."""

    choice: tuple = ()
    # Questions with several answer rows per response: their respondents are counted distinctly.
    multiple: tuple = ()
    ranking: tuple = ()
    value: tuple = ()

    @classmethod
    def of(cls, page):
        blocks = page.question_blocks()
        return cls(
            choice=tuple(b.id for b in blocks if b.block_type in CHOICE_KINDS),
            multiple=tuple(b.id for b in blocks if b.block_type in ("multiple_choice", "matrix")),
            ranking=tuple(b.id for b in blocks if b.block_type == "ranking"),
            value=tuple(b.id for b in blocks if b.block_type in VALUE_KINDS),
        )

    @property
    def signature(self):
        return hashlib.sha1(json.dumps([self.choice, self.multiple, self.ranking, self.value]).encode()).hexdigest()


def count(survey_key, layout, filters, after=0, upto=None):
    """The tally of the responses with ``after < id <= upto`` (``upto`` None: no upper bound). Four queries at most."""
    if connection.vendor != "postgresql":
        return _count(survey_key, layout, filters, after, upto)
    with transaction.atomic(), connection.cursor() as cursor:
        # These scans look costly enough to PostgreSQL to compile them (JIT), which takes longer
        # than running them: a fifth of a second for 100,000 responses. SET LOCAL ends with the
        # transaction, leaving the connection as it was.
        cursor.execute("SET LOCAL jit = off")
        return _count(survey_key, layout, filters, after, upto)


def _count(survey_key, layout, filters, after, upto):
    answers = filters.apply_to_answers(SurveyAnswer.objects.filter(survey_key=survey_key))
    responses = filters.apply_to_responses(SurveyResponse.objects.filter(survey_key=survey_key))
    if after:
        answers, responses = answers.filter(response_id__gt=after), responses.filter(pk__gt=after)
    if upto is not None:
        answers, responses = answers.filter(response_id__lte=upto), responses.filter(pk__lte=upto)
    tally = Tally()
    if layout.choice:
        rows = _grouped(answers, layout.choice, "question_id", "row", "choice")
        tally.choices.update({(question, row, choice): n for question, row, choice, n in rows})
    if layout.ranking:
        rows = _grouped(answers, layout.ranking, "question_id", "choice", "rank")
        tally.ranks.update({(question, choice, rank): n for question, choice, rank, n in rows})
    if layout.value:
        # Grouping by the value itself gives the distribution, hence an exact median, in one pass.
        rows = (
            answers.filter(question_id__in=layout.value)
            .values_list("question_id", "number", "date")
            .annotate(n=Count("*"), texts=Count("pk", filter=~Q(text="")))
            .order_by()
        )
        for question, number, date, n, texts in rows:
            tally.values[(question, number, date)] += n
            if texts:
                tally.texts[question] += texts
    # Responses by language, audience and school, and (as several answer rows of one response
    # would count twice) the respondents of multiple choices and matrices: each response probes
    # the (response, question) index once per such question.
    answered = {
        f"answered_{number}": Count(
            "pk", filter=Exists(SurveyAnswer.objects.filter(response_id=OuterRef("pk"), question_id=question_id))
        )
        for number, question_id in enumerate(layout.multiple)
    }
    rows = responses.values("language", "audience", "school_id").annotate(n=Count("*"), **answered).order_by()
    for row in rows:
        tally.groups[(row["language"], row["audience"], row["school_id"])] += row["n"]
        for number, question_id in enumerate(layout.multiple):
            tally.respondents[question_id] += row[f"answered_{number}"]
    return tally


def _grouped(answers, question_ids, *columns):
    return answers.filter(question_id__in=question_ids).values_list(*columns).annotate(n=Count("*")).order_by()


# Keeping the tallies of settled responses


def current_tally(survey_key, layout, filters):
    """The survey's tally under ``filters``: the cached settled part and a live count of the rest."""
    newest = SurveyResponse.objects.aggregate(newest=Max("pk"))["newest"] or 0
    settled = _settled_id(newest)
    key = _tally_key(survey_key, layout, filters)
    cached = cache.get(key)
    if cached is not None:
        base, upto = cached["tally"], cached["upto"]
    else:
        base, upto = Tally(), 0
    if settled > upto:
        base += count(survey_key, layout, filters, after=upto, upto=settled)
        upto = settled
        cache.set(key, {"tally": base, "upto": upto}, TALLY_TIMEOUT)
    if newest <= upto:
        return base
    return base + count(survey_key, layout, filters, after=upto)


def _settled_id(newest):
    """The largest response id that is settled, from the checkpoints; notes ``newest`` as a new one."""
    now = time.time()
    settle = settle_seconds()
    checkpoints = cache.get(CHECKPOINTS_KEY) or []
    settled_at, settled = max(((at, checked) for at, checked in checkpoints if at <= now - settle), default=(0, 0))
    # A checkpoint at most every tenth of the settling time, and only when something new came in.
    due = not checkpoints or (checkpoints[-1][1] != newest and checkpoints[-1][0] <= now - settle / 10)
    if due:
        settling = [(at, checked) for at, checked in checkpoints if at > now - settle][-(MAX_CHECKPOINTS - 2) :]
        kept = ([(settled_at, settled)] if settled else []) + settling
        cache.set(CHECKPOINTS_KEY, [*kept, (now, newest)], None)
    return settled


def _tally_key(survey_key, layout, filters):
    described = json.dumps(
        [
            filters.language,
            filters.audience,
            filters.school.pk if filters.school else None,
            str(filters.date_from or ""),
            str(filters.date_to or ""),
        ]
    )
    digest = hashlib.sha1(described.encode()).hexdigest()
    return f"survey-tally:{survey_key}:{_generation(survey_key)}:{_generation('all')}:{layout.signature}:{digest}"


def _generation_key(name):
    return f"survey-tally:generation:{name}"


def _generation(name):
    generation = cache.get(_generation_key(name))
    if generation is None:
        # A lost generation must not bring back tallies made before it: start a new one.
        cache.add(_generation_key(name), uuid.uuid4().hex, None)
        generation = cache.get(_generation_key(name))
    return generation


def forget_tallies(survey_key=None):
    """Count a survey again from scratch (every survey when ``survey_key`` is None)."""
    cache.set(_generation_key(str(survey_key) if survey_key else "all"), uuid.uuid4().hex, None)
