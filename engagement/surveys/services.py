"""Saving a response: the answers, its invitation code and the browser's receipt, in one transaction.

Nothing here stores an IP address, an account or anything that links a browser to its answers: the
receipt that stops a browser answering twice is a digest of a random cookie, kept apart (DESIGN.md,
invariant 2). A form sent twice (a double click, a resent request) carries the same submission token,
which is unique, so the second one finds the first response instead of making another (invariant 3).
"""

import hashlib
import secrets
import uuid
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from engagement.models import InvitationCode, SurveyAnswer, SurveyReceipt, SurveyResponse

from .answers import answer_rows, is_empty
from .structure import shown_answers, survey_steps

RECEIPT_COOKIE_PREFIX = "survey-receipt-"
RECEIPT_COOKIE_MAX_AGE = 2 * 365 * 24 * 60 * 60


class AlreadyAnswered(Exception):
    """This browser has answered this survey before."""


class InvitationUnavailable(Exception):
    """The invitation code is not one of this survey's, or it was used in the meantime."""


@dataclass
class ResponseMeta:
    """Everything about a response but its answers."""

    language: str
    submission_token: object
    audience: str = ""
    school: object = None
    grade_band: str = ""
    neighbourhood: str = ""
    entry_method: str = SurveyResponse.EntryMethod.ONLINE
    entered_by: object = None
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    consent_to_contact: bool = False
    invitation_code: str = ""
    # sha256 of the browser's receipt token and the survey key; None for staff entry.
    receipt_digest: str | None = None


@dataclass
class SaveResult:
    response: SurveyResponse
    created: bool


def receipt_cookie_name(page):
    return f"{RECEIPT_COOKIE_PREFIX}{page.survey_key.hex}"


def new_receipt_token():
    return secrets.token_urlsafe(32)


def receipt_digest(token, survey_key):
    return hashlib.sha256(f"{token}{survey_key}".encode()).hexdigest()


def has_answered(page, token):
    """Whether the browser holding ``token`` has answered this survey (in any of its languages)."""
    if not token:
        return False
    return SurveyReceipt.objects.filter(
        survey_key=page.survey_key, token_digest=receipt_digest(token, page.survey_key)
    ).exists()


def is_saved(submission_token):
    """Whether a response was saved from the form that carried ``submission_token`` (any text)."""
    try:
        token = uuid.UUID(str(submission_token))
    except ValueError:
        return False
    return SurveyResponse.objects.filter(submission_token=token).exists()


def remember_browser(page, digest):
    """Keep the receipt of a browser that has answered (it may exist already)."""
    SurveyReceipt.objects.get_or_create(survey_key=page.survey_key, token_digest=digest)


def save_response(page, answers, meta):
    """Save ``answers`` (normalised, by block id) with ``meta``; return the response and whether it is new.

    Answers to questions hidden by their conditions are dropped here too, so that whatever calls
    this cannot store them. Raises AlreadyAnswered if the browser's receipt exists, and
    InvitationUnavailable if the survey needs a code and this one cannot be used; nothing is saved then.
    """
    steps = survey_steps(page)
    questions = {question.block_id: question for step in steps for question in step.questions}
    unknown = set(answers) - set(questions)
    if unknown:
        raise ValueError(f"answers to questions the survey does not have: {sorted(unknown)}")
    answers = {block_id: answer for block_id, answer in shown_answers(steps, answers).items() if not is_empty(answer)}
    existing = SurveyResponse.objects.filter(submission_token=meta.submission_token).first()
    if existing is not None:
        _keep_receipt(page, meta)
        return SaveResult(existing, created=False)
    try:
        with transaction.atomic():
            invitation = _claim_invitation(page, meta)
            if meta.receipt_digest:
                try:
                    with transaction.atomic():
                        SurveyReceipt.objects.create(survey_key=page.survey_key, token_digest=meta.receipt_digest)
                except IntegrityError:
                    raise AlreadyAnswered from None
            response = SurveyResponse.objects.create(
                survey_key=page.survey_key,
                survey_page=page,
                language=meta.language,
                audience=meta.audience,
                school=meta.school,
                grade_band=meta.grade_band,
                neighbourhood=meta.neighbourhood,
                entry_method=meta.entry_method,
                entered_by=meta.entered_by,
                submission_token=meta.submission_token,
                invitation=invitation,
                **_contact_fields(meta),
            )
            rows = []
            for block_id, answer in answers.items():
                rows.extend(answer_rows(questions[block_id], answer, response=response, survey_key=page.survey_key))
            SurveyAnswer.objects.bulk_create(rows)
    except IntegrityError:
        # Two copies of the same form arrived at once: the other one saved it.
        existing = SurveyResponse.objects.filter(submission_token=meta.submission_token).first()
        if existing is None:
            raise
        _keep_receipt(page, meta)
        return SaveResult(existing, created=False)
    return SaveResult(response, created=True)


def _contact_fields(meta):
    if not meta.consent_to_contact:
        return {}
    return {
        "contact_name": meta.contact_name,
        "contact_email": meta.contact_email,
        "contact_phone": meta.contact_phone,
        "consent_to_contact": True,
    }


def _claim_invitation(page, meta):
    """Lock the invitation code and mark it used; None when the survey needs none and none was given."""
    if not meta.invitation_code:
        if page.require_invitation and meta.entry_method == SurveyResponse.EntryMethod.ONLINE:
            raise InvitationUnavailable
        return None
    invitation = (
        InvitationCode.objects.select_for_update()
        .filter(survey_key=page.survey_key, code__iexact=meta.invitation_code.strip(), used_at__isnull=True)
        .first()
    )
    if invitation is None:
        raise InvitationUnavailable
    invitation.used_at = timezone.now()
    invitation.save(update_fields=["used_at"])
    return invitation


def _keep_receipt(page, meta):
    """A repeated form still leaves this browser's receipt, so that its cookie is honoured next time."""
    if meta.receipt_digest:
        remember_browser(page, meta.receipt_digest)
