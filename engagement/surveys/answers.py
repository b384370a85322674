"""Answers between the form and the database.

The form turns what a person posted into *normalised answers*, one per question, keyed by the
question's block id, in a shape that fits in the session (JSON) while they move between steps:

==================  =============================================================
single_choice       ``{"choice": code}`` or ``{"choice": "", "other": text}``
multiple_choice     ``{"choices": [code, ...], "other": text or ""}``
rating              the point, an int from 1 to the scale size
ranking             ``[code, ...]``, most important first
matrix              ``{row code: column code}`` for the rows answered
short/long_text     the text
number              the number as a string (``"2"``, ``"2.5"``)
date                the date in ISO format (``"2026-03-15"``)
==================  =============================================================

``answer_rows`` files them as SurveyAnswer rows following the answer storage contract written in
engagement/models/surveys.py; results and exports read nothing else.
"""

import datetime
import decimal

from engagement.models import SurveyAnswer


class InvalidAnswer(ValueError):
    """An answer that the form would never have produced (a bug, or a tampered request)."""


def answer_rows(question, answer, *, response, survey_key):
    """The SurveyAnswer rows (unsaved) for one normalised answer; an empty answer gives none."""
    base = {"response": response, "survey_key": survey_key, "question_id": question.block_id}
    kind = question.kind
    codes = set(question.choice_codes())
    rows = []
    if kind == "single_choice":
        choice, other = answer.get("choice") or "", (answer.get("other") or "").strip()
        if choice:
            _check(choice in codes, "choice", question)
            rows.append(SurveyAnswer(**base, choice=choice))
        elif other:
            _check(question.allows_other, "other", question)
            rows.append(SurveyAnswer(**base, text=other))
    elif kind == "multiple_choice":
        choices = list(dict.fromkeys(answer.get("choices") or []))
        _check(set(choices) <= codes, "choice", question)
        rows.extend(SurveyAnswer(**base, choice=choice) for choice in choices)
        other = (answer.get("other") or "").strip()
        if other:
            _check(question.allows_other, "other", question)
            rows.append(SurveyAnswer(**base, text=other))
    elif kind == "rating":
        point = int(answer)
        _check(1 <= point <= question.value["scale_size"], "point", question)
        rows.append(SurveyAnswer(**base, choice=str(point), number=point))
    elif kind == "ranking":
        _check(sorted(answer) == sorted(codes) and len(answer) == len(codes), "ranking", question)
        rows.extend(SurveyAnswer(**base, choice=code, rank=rank) for rank, code in enumerate(answer, start=1))
    elif kind == "matrix":
        rows_codes = {code for code, _label in question.options("rows")}
        columns = {code for code, _label in question.options("columns")}
        for row, column in answer.items():
            _check(row in rows_codes and column in columns, "matrix", question)
            rows.append(SurveyAnswer(**base, row=row, choice=column))
    elif kind in ("short_text", "long_text"):
        if answer:
            rows.append(SurveyAnswer(**base, text=str(answer)))
    elif kind == "number":
        rows.append(SurveyAnswer(**base, number=decimal.Decimal(answer)))
    elif kind == "date":
        rows.append(SurveyAnswer(**base, date=datetime.date.fromisoformat(answer)))
    else:
        raise InvalidAnswer(f"unknown question kind {kind!r}")
    return rows


def _check(condition, what, question):
    if not condition:
        raise InvalidAnswer(f"invalid {what} for question {question.block_id}")


def is_empty(answer):
    """Whether a normalised answer says nothing (stored as no row at all)."""
    if answer is None or answer == "" or answer == [] or answer == {}:
        return True
    if isinstance(answer, dict) and "choice" in answer:
        return not answer.get("choice") and not answer.get("other")
    if isinstance(answer, dict) and "choices" in answer:
        return not answer.get("choices") and not answer.get("other")
    return False
