"""Ranking the available mentors for a request, with the reasons for each score.

One query does it all, whatever the number of mentors: the database keeps the approved mentors
with a free place (pending and active mentorships counted against ``max_mentees``), scores each
of them on the points below, and returns them best first. Each factor's points come back as
their own column, so the reasons shown to the coordinator are the very numbers that were added
up. The work grows linearly with the number of mentors, and only the rows asked for leave the
database.

Multi-valued answers are JSON lists of codes; "the list holds this code" is asked of the list's
text (``"math"`` with its quotes, so that one code is never found inside another), which works
the same on SQLite and PostgreSQL.
"""

import json
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Case, Exists, F, IntegerField, OuterRef, Q, TextField, Value, When
from django.db.models.functions import Cast, Least
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from engagement.models.mentoring import (
    LIVE_STATUSES,
    Expertise,
    MeetingFormat,
    MentorProfile,
    Mentorship,
    MentorshipStatus,
    RequestedFormat,
    labels,
)
from home.choices import GradeBand, SpokenLanguage, Subject

SUBJECT_POINTS = 30
LANGUAGE_POINTS = 25
GRADE_BAND_POINTS = 20
POINTS_PER_SHARED_EXPERTISE = 10
MAX_EXPERTISE_POINTS = 30
SAME_SCHOOL_POINTS = 15
NEARBY_SCHOOL_POINTS = 8
FORMAT_POINTS = 10
POINTS_PER_FREE_PLACE = 2
MAX_CAPACITY_POINTS = 6
MAX_SCORE = (
    SUBJECT_POINTS
    + LANGUAGE_POINTS
    + GRADE_BAND_POINTS
    + MAX_EXPERTISE_POINTS
    + SAME_SCHOOL_POINTS
    + FORMAT_POINTS
    + MAX_CAPACITY_POINTS
)

# Text forms of the JSON lists, annotated so that "holds this code" is a plain ``contains``.
_LIST_FIELDS = ("subjects", "grade_bands", "languages", "expertise", "formats")


@dataclass(frozen=True)
class Reason:
    """One part of a score: what the mentor and the request share, and the points it gave."""

    points: int
    text: str


@dataclass
class Suggestion:
    """A mentor for a request, their score and why; unpacks as ``(mentor, score, reasons)``."""

    mentor: MentorProfile
    score: int
    reasons: tuple = ()

    def __iter__(self):
        return iter((self.mentor, self.score, self.reasons))


def _holds(field_name, code):
    return {f"{field_name}_text__contains": json.dumps(code)}


def _points_if(condition, points):
    return Case(When(condition, then=Value(points)), default=Value(0), output_field=IntegerField())


def candidates(mentor_request):
    """The mentors who may be proposed for ``mentor_request``, annotated with their points.

    Approved, with an active account and a free place; not the mentee; not a mentor who declined
    this request or is already proposed for it.
    """
    already_asked = Mentorship.objects.filter(
        request_id=mentor_request.pk,
        mentor=OuterRef("pk"),
        status__in=(*LIVE_STATUSES, MentorshipStatus.DECLINED),
    )
    queryset = (
        MentorProfile.objects.available()
        .exclude(user_id=mentor_request.mentee_id)
        .exclude(Exists(already_asked))
        .alias(**{f"{name}_text": Cast(name, TextField()) for name in _LIST_FIELDS})
    )

    shared_expertise = [
        _points_if(Q(**_holds("expertise", code)), POINTS_PER_SHARED_EXPERTISE) for code in _help_with(mentor_request)
    ]
    expertise_points = Value(0)
    if shared_expertise:
        total = shared_expertise[0]
        for points in shared_expertise[1:]:
            total = total + points
        expertise_points = Least(total, Value(MAX_EXPERTISE_POINTS))

    school_points = Value(0)
    school = mentor_request.school
    if school is not None:
        through = MentorProfile.schools.through.objects.filter(mentorprofile_id=OuterRef("pk"))
        cases = [When(Exists(through.filter(school_id=school.pk)), then=Value(SAME_SCHOOL_POINTS))]
        if school.neighbourhood:
            nearby = through.filter(school__neighbourhood=school.neighbourhood)
            cases.append(When(Exists(nearby), then=Value(NEARBY_SCHOOL_POINTS)))
        school_points = Case(*cases, default=Value(0), output_field=IntegerField())

    if mentor_request.meeting_format == RequestedFormat.EITHER:
        format_points = Value(FORMAT_POINTS)
    else:
        format_points = _points_if(Q(**_holds("formats", mentor_request.meeting_format)), FORMAT_POINTS)

    queryset = queryset.annotate(
        subject_points=_points_if(Q(**_holds("subjects", mentor_request.subject)), SUBJECT_POINTS),
        grade_band_points=_points_if(Q(**_holds("grade_bands", mentor_request.grade_band)), GRADE_BAND_POINTS),
        language_points=_points_if(Q(**_holds("languages", mentor_request.language)), LANGUAGE_POINTS),
        expertise_points=expertise_points,
        school_points=school_points,
        format_points=format_points,
        capacity_points=Least(
            (F("max_mentees") - F("open_mentorships")) * Value(POINTS_PER_FREE_PLACE), Value(MAX_CAPACITY_POINTS)
        ),
    )
    return queryset.annotate(
        score=F("subject_points")
        + F("grade_band_points")
        + F("language_points")
        + F("expertise_points")
        + F("school_points")
        + F("format_points")
        + F("capacity_points"),
        free_places=F("max_mentees") - F("open_mentorships"),
    )


def _help_with(mentor_request):
    valid = {code for code, _label in Expertise.choices}
    return [code for code in mentor_request.help_with if code in valid]


# What the ranking shows of each mentor; the rest of the profile is not read (nor decoded).
RANKING_FIELDS = (
    *("years_taught", "max_mentees", "expertise", "formats"),
    *("user__first_name", "user__last_name", "user__email"),
)


def rank_mentors(mentor_request, limit=None):
    """The available mentors for ``mentor_request``, best first: a list of ``Suggestion``.

    Ties go to the mentor with more free places, then the longer career, then the earlier
    sign-up. ``limit`` keeps the first ones only (the ranking is the same). One query (on
    PostgreSQL, with a ``SET LOCAL`` before it); each mentor comes with its user and the fields in
    ``RANKING_FIELDS``.
    """
    queryset = (
        candidates(mentor_request)
        .select_related("user")
        .only(*RANKING_FIELDS)
        .order_by("-score", "-free_places", "-years_taught", "pk")
    )
    if limit is not None:
        queryset = queryset[:limit]
    writer = ReasonWriter(mentor_request)
    with _without_jit():
        return [Suggestion(mentor, mentor.score, writer.reasons(mentor)) for mentor in queryset]


@contextmanager
def _without_jit():
    """PostgreSQL's JIT compiler, which its planner calls in for this query's many small expressions once
    the tables have a few thousand rows, spends about 0.3 s compiling them: more than the query takes to run.
    It is switched off for this query only (``SET LOCAL`` lasts until the end of the transaction)."""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL jit = off")
        yield


class ReasonWriter:
    """Writes the reasons behind annotated mentors' scores for one request, in the active language.

    What the request decides (its subject, its language, its school...) is written once; what
    varies from mentor to mentor is remembered by value, so that ranking thousands of mentors
    translates a few dozen strings, not tens of thousands.
    """

    def __init__(self, mentor_request):
        self.mentor_request = mentor_request
        self.help_with = _help_with(mentor_request)
        self.texts = {}
        self.reason_lists = {}

    def _text(self, key, write, *args):
        if key not in self.texts:
            self.texts[key] = write(*args)
        return self.texts[key]

    def reasons(self, mentor):
        """The reasons, biggest first; their points add up to the mentor's score.

        Mentors with the same reasons share one (immutable) list of them.
        """
        request = self.mentor_request
        shared = tuple(code for code in self.help_with if code in mentor.expertise) if mentor.expertise_points else ()
        formats = (
            tuple(mentor.formats) if mentor.format_points and request.meeting_format == RequestedFormat.EITHER else ()
        )
        key = (
            mentor.subject_points,
            mentor.language_points,
            mentor.grade_band_points,
            mentor.expertise_points,
            shared,
            mentor.school_points,
            mentor.format_points,
            formats,
            mentor.capacity_points,
            mentor.free_places,
            mentor.max_mentees,
        )
        if key not in self.reason_lists:
            self.reason_lists[key] = self._write_reasons(mentor, shared, formats)
        return self.reason_lists[key]

    def _write_reasons(self, mentor, shared, formats):
        parts = []
        if mentor.subject_points:
            parts.append((mentor.subject_points, self._text("subject", self._subject)))
        if mentor.language_points:
            parts.append((mentor.language_points, self._text("language", self._language)))
        if mentor.grade_band_points:
            parts.append((mentor.grade_band_points, self._text("grade_band", self._grade_band)))
        if mentor.expertise_points:
            parts.append((mentor.expertise_points, self._text(("expertise", shared), self._expertise, shared)))
        if mentor.school_points:
            same = mentor.school_points == SAME_SCHOOL_POINTS
            parts.append((mentor.school_points, self._text(("school", same), self._school, same)))
        if mentor.format_points:
            parts.append((mentor.format_points, self._text(("format", formats), self._format, formats)))
        free, total = mentor.free_places, mentor.max_mentees
        parts.append((mentor.capacity_points, self._text(("capacity", free, total), self._capacity, free, total)))
        parts.sort(key=lambda part: -part[0])
        return tuple(Reason(points, text) for points, text in parts)

    def _subject(self):
        subject = dict(Subject.choices).get(self.mentor_request.subject, self.mentor_request.subject)
        return _("Taught %(subject)s") % {"subject": subject}

    def _language(self):
        language = dict(SpokenLanguage.choices).get(self.mentor_request.language, self.mentor_request.language)
        return _("Speaks %(language)s") % {"language": language}

    def _grade_band(self):
        band = dict(GradeBand.choices).get(self.mentor_request.grade_band, self.mentor_request.grade_band)
        return _("Taught %(grade_band)s") % {"grade_band": band}

    def _expertise(self, shared):
        areas = ", ".join(str(label) for label in labels(Expertise.choices, shared))
        return _("Experienced in %(areas)s") % {"areas": areas}

    def _school(self, same):
        school = self.mentor_request.school
        if same:
            return _("Worked at %(school)s") % {"school": school.name}
        return _("Worked near %(school)s, in %(neighbourhood)s") % {
            "school": school.name,
            "neighbourhood": school.neighbourhood,
        }

    def _format(self, mentor_formats):
        if mentor_formats:  # the mentee said either is fine: say what the mentor offers
            formats = " / ".join(str(label) for label in labels(MeetingFormat.choices, mentor_formats))
        else:
            formats = self.mentor_request.get_meeting_format_display()
        return _("Meets as asked: %(formats)s") % {"formats": formats}

    def _capacity(self, free, total):
        return ngettext("%(count)d of %(total)d places free", "%(count)d of %(total)d places free", free) % {
            "count": free,
            "total": total,
        }


def reasons_for(mentor_request, mentor):
    """The reasons behind one annotated mentor's score (see ``ReasonWriter``)."""
    return ReasonWriter(mentor_request).reasons(mentor)
