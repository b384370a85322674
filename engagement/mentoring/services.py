"""The rules of the mentor network: every change of state goes through one of these functions.

Each runs in one transaction: it saves everything or nothing, and raises a ``ValidationError``
with a translated message (and a ``code`` tests and views can rely on) when the records are not
in a state that allows it. Rows whose count matters (a mentor's places, a request's one live
mentorship) are locked with ``select_for_update`` first, so two coordinators clicking at once
cannot give a mentor more mentees than they offered. E-mails are queued with
``transaction.on_commit``: a failing mail server never undoes what was saved.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from engagement.mentoring import tasks
from engagement.mentoring.permissions import is_mentor_coordinator
from engagement.models.mentoring import (
    LIVE_STATUSES,
    MAX_PLANNED_MONTHS,
    MIN_PLANNED_MONTHS,
    CheckIn,
    MentorProfile,
    MentorRequest,
    Mentorship,
    MentorshipStatus,
    MentorStatus,
    RequestStatus,
    add_months,
)
from home.after_commit import enqueue_after_commit
from home.audit import neutral_label


def _log(instance, action, user):
    """An entry in the instance's history (Wagtail's log), labelled without a name (home.audit)."""
    log(instance, action, user=user, title=neutral_label(instance))


def _require_coordinator(user):
    if not is_mentor_coordinator(user):
        raise PermissionDenied(_("Only Mentor coordinators can do this."))


# Mentor profiles


def sign_up_mentor(profile, schools=()):
    """Save a new mentor profile (built by the sign-up form, unsaved) for review by a coordinator."""
    user = profile.user
    if not user.is_retiree:
        raise ValidationError(
            _("Only retired educators can sign up as mentors. If you have retired, update your role in your profile."),
            code="not_retiree",
        )
    duplicate = ValidationError(
        _("You have already signed up as a mentor: you can change your profile instead."), code="duplicate"
    )
    if MentorProfile.objects.filter(user=user).exists():
        raise duplicate
    profile.status = MentorStatus.PENDING
    profile.full_clean(exclude=["user", "schools"], validate_unique=False)
    try:
        with transaction.atomic():
            profile.save()
            profile.schools.set(schools)
            _log(profile, "mentoring.sign_up", user)
    except IntegrityError:  # the same form sent twice at once: the first one won
        raise duplicate from None
    enqueue_after_commit(tasks.tell_coordinators_of_new_mentor, profile.pk)
    return profile


@transaction.atomic
def update_mentor_profile(profile, schools=()):
    """Save the mentor's changes; a profile that was not approved goes back to the coordinators."""
    profile.full_clean(exclude=["user", "schools"], validate_unique=False)
    resubmitted = profile.status == MentorStatus.DECLINED
    if resubmitted:
        profile.status = MentorStatus.PENDING
    profile.save()
    profile.schools.set(schools)
    _log(profile, "mentoring.update_profile", profile.user)
    if resubmitted:
        enqueue_after_commit(tasks.tell_coordinators_of_new_mentor, profile.pk)
    return profile


def _locked_profile(profile):
    return MentorProfile.objects.select_for_update(of=("self",)).select_related("user").get(pk=profile.pk)


@transaction.atomic
def approve_mentor(profile, by, note=""):
    _require_coordinator(by)
    profile = _locked_profile(profile)
    if profile.status not in (MentorStatus.PENDING, MentorStatus.DECLINED):
        raise ValidationError(_("Only a profile waiting for review can be approved."), code="not_pending")
    profile.status = MentorStatus.APPROVED
    profile.reviewed_at, profile.reviewed_by, profile.review_note = timezone.now(), by, note
    profile.save(update_fields=["status", "reviewed_at", "reviewed_by", "review_note", "updated_at"])
    _log(profile, "mentoring.approve", by)
    enqueue_after_commit(tasks.tell_mentor_profile_reviewed, profile.pk)
    return profile


@transaction.atomic
def decline_mentor(profile, by, note=""):
    _require_coordinator(by)
    profile = _locked_profile(profile)
    if profile.status != MentorStatus.PENDING:
        raise ValidationError(_("Only a profile waiting for review can be declined."), code="not_pending")
    profile.status = MentorStatus.DECLINED
    profile.reviewed_at, profile.reviewed_by, profile.review_note = timezone.now(), by, note
    profile.save(update_fields=["status", "reviewed_at", "reviewed_by", "review_note", "updated_at"])
    _log(profile, "mentoring.decline_profile", by)
    enqueue_after_commit(tasks.tell_mentor_profile_reviewed, profile.pk)
    return profile


@transaction.atomic
def pause_mentor(profile, by):
    """Take no new mentees for now: proposals waiting for the mentor go back to the coordinators.

    Mentorships already running go on; the mentor can resume at any time.
    """
    if not (by.pk == profile.user_id or is_mentor_coordinator(by)):
        raise PermissionDenied
    profile = _locked_profile(profile)
    if profile.status != MentorStatus.APPROVED:
        raise ValidationError(_("Only an approved mentor can pause."), code="not_approved")
    profile.status = MentorStatus.PAUSED
    profile.save(update_fields=["status", "updated_at"])
    returned = list(profile.mentorships.select_for_update(of=("self",)).filter(status=MentorshipStatus.PENDING))
    now = timezone.now()
    for mentorship in returned:
        mentorship.status = MentorshipStatus.CANCELLED
        mentorship.ended_at, mentorship.ended_by = now, by
        mentorship.note = _("Returned to the coordinators: the mentor paused.")
        mentorship.save(update_fields=["status", "ended_at", "ended_by", "note"])
        _log(mentorship, "mentoring.return_proposal", by)
    _log(profile, "mentoring.pause", by)
    enqueue_after_commit(tasks.tell_coordinators_mentor_paused, profile.pk, [m.pk for m in returned])
    return returned


@transaction.atomic
def resume_mentor(profile, by):
    if not (by.pk == profile.user_id or is_mentor_coordinator(by)):
        raise PermissionDenied
    profile = _locked_profile(profile)
    if profile.status != MentorStatus.PAUSED:
        raise ValidationError(_("Only a paused mentor can resume."), code="not_paused")
    profile.status = MentorStatus.APPROVED
    profile.save(update_fields=["status", "updated_at"])
    _log(profile, "mentoring.resume", by)
    return profile


# Requests


def submit_request(mentor_request):
    """Save an educator's request for a mentor (built by the form, unsaved)."""
    mentee = mentor_request.mentee
    if not mentee.is_educator:
        raise ValidationError(
            _("Mentors are for educators. If you teach or work in a school, update your role in your profile."),
            code="not_educator",
        )
    mentor_request.status = RequestStatus.OPEN
    mentor_request.full_clean(exclude=["mentee"], validate_constraints=False)
    try:
        with transaction.atomic():
            mentor_request.save()
            _log(mentor_request, "mentoring.request", mentee)
    except IntegrityError:
        raise ValidationError(
            _("You already have an open request: a coordinator is looking for your mentor."), code="duplicate"
        ) from None
    enqueue_after_commit(tasks.tell_coordinators_of_new_request, mentor_request.pk)
    return mentor_request


@transaction.atomic
def withdraw_request(mentor_request, by):
    """The mentee no longer needs a mentor: the request closes and a waiting proposal is withdrawn."""
    if not (by.pk == mentor_request.mentee_id or is_mentor_coordinator(by)):
        raise PermissionDenied
    mentor_request = MentorRequest.objects.select_for_update(of=("self",)).get(pk=mentor_request.pk)
    if mentor_request.status != RequestStatus.OPEN:
        raise ValidationError(_("Only an open request can be withdrawn."), code="not_open")
    mentor_request.status, mentor_request.closed_at = RequestStatus.CLOSED, timezone.now()
    mentor_request.save(update_fields=["status", "closed_at"])
    for mentorship in mentor_request.mentorships.select_for_update(of=("self",)).filter(
        status=MentorshipStatus.PENDING
    ):
        _end(mentorship, MentorshipStatus.CANCELLED, by, _("The educator withdrew the request."))
    _log(mentor_request, "mentoring.withdraw", by)
    return mentor_request


# Proposals and mentorships


@transaction.atomic
def propose_match(mentor_request, mentor, by, planned_months=6):
    """A coordinator proposes ``mentor`` for ``mentor_request``; the mentor is asked by e-mail."""
    _require_coordinator(by)
    try:
        planned_months = int(planned_months)
    except (TypeError, ValueError):
        planned_months = 0
    if not MIN_PLANNED_MONTHS <= planned_months <= MAX_PLANNED_MONTHS:
        raise ValidationError(_("A mentorship is planned for one to twelve months."), code="planned_months")
    mentor_request = MentorRequest.objects.select_for_update(of=("self",)).get(pk=mentor_request.pk)
    mentor = _locked_profile(mentor)
    if mentor_request.status != RequestStatus.OPEN:
        raise ValidationError(_("This request is no longer open."), code="request_not_open")
    if mentor_request.mentorships.filter(status__in=LIVE_STATUSES).exists():
        raise ValidationError(
            _("A mentor has already been proposed for this request: wait for their answer."), code="already_proposed"
        )
    if mentor.status != MentorStatus.APPROVED or not mentor.user.is_active:
        raise ValidationError(_("This mentor is not taking mentees now."), code="mentor_unavailable")
    if mentor.user_id == mentor_request.mentee_id:
        raise ValidationError(_("Nobody can mentor themselves."), code="same_person")
    if mentor_request.mentorships.filter(mentor=mentor, status=MentorshipStatus.DECLINED).exists():
        raise ValidationError(_("This mentor has already declined this request."), code="declined_before")
    if mentor.mentorships.filter(status__in=LIVE_STATUSES).count() >= mentor.max_mentees:
        raise ValidationError(
            _("This mentor has no free place: they take at most %(count)d mentees at once.")
            % {"count": mentor.max_mentees},
            code="mentor_at_capacity",
        )
    mentorship = Mentorship.objects.create(
        request=mentor_request,
        mentor=mentor,
        mentee_id=mentor_request.mentee_id,
        planned_months=planned_months,
        proposed_by=by,
    )
    _log(mentorship, "mentoring.propose", by)
    enqueue_after_commit(tasks.tell_mentor_of_proposal, mentorship.pk)
    return mentorship


def _locked_mentorship(mentorship):
    return (
        Mentorship.objects.select_for_update(of=("self",))
        .select_related("mentor__user", "mentee", "request")
        .get(pk=mentorship.pk)
    )


@transaction.atomic
def accept_proposal(mentorship, by):
    """The mentor says yes: the mentorship starts today and the mentee is told."""
    mentorship = _locked_mentorship(mentorship)
    if mentorship.mentor is None or mentorship.mentor.user_id != by.pk:
        raise PermissionDenied
    if mentorship.status != MentorshipStatus.PENDING:
        raise ValidationError(_("This proposal has already been answered or withdrawn."), code="not_pending")
    if mentorship.mentor.status != MentorStatus.APPROVED:
        raise ValidationError(_("Resume your mentoring before accepting a mentee."), code="mentor_unavailable")
    today = timezone.localdate()
    mentorship.status = MentorshipStatus.ACTIVE
    mentorship.responded_at = timezone.now()
    mentorship.started_on = today
    mentorship.planned_end = add_months(today, mentorship.planned_months)
    mentorship.full_clean(validate_unique=False, validate_constraints=False)
    mentorship.save(update_fields=["status", "responded_at", "started_on", "planned_end"])
    if mentorship.request_id:
        MentorRequest.objects.filter(pk=mentorship.request_id).update(status=RequestStatus.MATCHED)
    _log(mentorship, "mentoring.accept", by)
    enqueue_after_commit(tasks.tell_proposal_answered, mentorship.pk)
    return mentorship


@transaction.atomic
def decline_proposal(mentorship, by, note=""):
    """The mentor says no: the request stays open for the coordinators to propose someone else."""
    mentorship = _locked_mentorship(mentorship)
    if mentorship.mentor is None or mentorship.mentor.user_id != by.pk:
        raise PermissionDenied
    if mentorship.status != MentorshipStatus.PENDING:
        raise ValidationError(_("This proposal has already been answered or withdrawn."), code="not_pending")
    mentorship.status = MentorshipStatus.DECLINED
    mentorship.responded_at = timezone.now()
    mentorship.note = note
    mentorship.save(update_fields=["status", "responded_at", "note"])
    _log(mentorship, "mentoring.decline", by)
    enqueue_after_commit(tasks.tell_proposal_answered, mentorship.pk)
    return mentorship


def _end(mentorship, status, by, note=""):
    mentorship.status = status
    mentorship.ended_at, mentorship.ended_by = timezone.now(), by
    if note:
        mentorship.note = note
    mentorship.save(update_fields=["status", "ended_at", "ended_by", "note"])
    _log(mentorship, f"mentoring.{status}", by)
    enqueue_after_commit(tasks.tell_mentorship_ended, mentorship.pk, by.pk)


@transaction.atomic
def complete_mentorship(mentorship, by):
    """Either side, or a coordinator, marks a running mentorship as done; its request closes."""
    mentorship = _locked_mentorship(mentorship)
    if not (mentorship.is_side(by) or is_mentor_coordinator(by)):
        raise PermissionDenied
    if mentorship.status != MentorshipStatus.ACTIVE:
        raise ValidationError(_("Only an active mentorship can be completed."), code="not_active")
    _end(mentorship, MentorshipStatus.COMPLETED, by)
    if mentorship.request_id:
        MentorRequest.objects.filter(pk=mentorship.request_id).update(
            status=RequestStatus.CLOSED, closed_at=timezone.now()
        )
    return mentorship


@transaction.atomic
def cancel_mentorship(mentorship, by, note=""):
    """Stop a mentorship before its time, or withdraw a proposal (coordinators only).

    When the mentor or a coordinator cancels, the mentee still needs a mentor: the request opens
    again for the coordinators (unless the mentee has asked again since). When the mentee
    cancels, the request closes.
    """
    mentorship = _locked_mentorship(mentorship)
    coordinator = is_mentor_coordinator(by)
    side = mentorship.role_of(by)
    if mentorship.status == MentorshipStatus.PENDING:
        if not coordinator:
            raise PermissionDenied
    elif mentorship.status == MentorshipStatus.ACTIVE:
        if side is None and not coordinator:
            raise PermissionDenied
    else:
        raise ValidationError(_("This mentorship has already ended."), code="not_live")
    was_active = mentorship.status == MentorshipStatus.ACTIVE
    _end(mentorship, MentorshipStatus.CANCELLED, by, note)
    if was_active and mentorship.request_id:
        mentor_request = MentorRequest.objects.select_for_update(of=("self",)).get(pk=mentorship.request_id)
        reopen = side != "mentee" and not MentorRequest.objects.open().filter(mentee_id=mentorship.mentee_id).exists()
        if reopen:
            mentor_request.status, mentor_request.closed_at = RequestStatus.OPEN, None
        else:
            mentor_request.status, mentor_request.closed_at = RequestStatus.CLOSED, timezone.now()
        mentor_request.save(update_fields=["status", "closed_at"])
    return mentorship


# Check-ins


@transaction.atomic
def log_checkin(mentorship, checkin):
    """Save a check-in (built by the form, unsaved) by one side of an active mentorship.

    A check-in with the same form token is the same submission clicked twice: the first one is
    returned and nothing new is saved.
    """
    mentorship = Mentorship.objects.select_for_update(of=("self",)).select_related("mentor").get(pk=mentorship.pk)
    author = checkin.author
    side = mentorship.role_of(author)
    if side is None:
        raise PermissionDenied
    if checkin.form_token is not None:
        existing = CheckIn.objects.filter(form_token=checkin.form_token, author=author).first()
        if existing is not None:
            return existing
    if mentorship.status != MentorshipStatus.ACTIVE:
        raise ValidationError(_("Check-ins are logged while a mentorship is active."), code="not_active")
    if checkin.date > timezone.localdate():
        raise ValidationError({"date": _("A check-in cannot be in the future.")}, code="future")
    if mentorship.started_on and checkin.date < mentorship.started_on:
        raise ValidationError({"date": _("A check-in cannot be before the mentorship started.")}, code="too_early")
    if side != "mentee":
        checkin.shared_to_portfolio = False  # only the mentee has a portfolio to share it to
    checkin.mentorship = mentorship
    checkin.full_clean(exclude=["mentorship", "author"], validate_unique=False)
    try:
        with transaction.atomic():
            checkin.save()
    except IntegrityError:  # the same form sent twice at once: the first one won
        return CheckIn.objects.get(form_token=checkin.form_token, author=author)
    _log(mentorship, "mentoring.check_in", author)
    return checkin
