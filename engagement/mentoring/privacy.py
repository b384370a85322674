"""What the mentor network keeps about a person: its part of the privacy export and of account deletion.

Three sources (``home.privacy``): the mentor profile, the requests for a mentor, and the
mentorships with their check-ins.

The export holds what the person can see on the site: their own check-ins with their private
notes, the other side's check-ins without theirs.

Erasure deletes the profile and the requests. A mentorship is shared by two people, so it is not
deleted with one of them: the person's side is emptied (``mentor`` or ``mentee`` becomes empty),
their own check-ins are deleted, and a mentorship still running is cancelled (the other side is
told by e-mail, and a mentee whose mentor has gone is back in the coordinators' queue). What
remains is the other person's own record, which they keep, and the counts the coordinators report
on (how many mentorships, how long); once both sides are gone, it is only a count.
"""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext

from engagement.mentoring import tasks
from engagement.models.mentoring import (
    LIVE_STATUSES,
    CheckIn,
    Expertise,
    MeetingFormat,
    MentorProfile,
    MentorRequest,
    Mentorship,
    MentorshipStatus,
    RequestStatus,
    RoleHeld,
    labels,
)
from home.after_commit import enqueue_after_commit
from home.choices import GradeBand, SpokenLanguage, Subject
from home.privacy import PersonalDataSource, register_personal_data


def _codes_and_labels(choices, codes):
    return {"codes": list(codes), "labels": [str(label) for label in labels(choices, codes)]}


def export_mentor_profile(user):
    profile = MentorProfile.objects.filter(user=user).prefetch_related("schools").first()
    if profile is None:
        return {}
    with translation.override(user.preferred_language):
        return {
            "status": profile.status,
            "status_label": str(profile.get_status_display()),
            "years_taught": profile.years_taught,
            "roles_held": _codes_and_labels(RoleHeld.choices, profile.roles_held),
            "subjects": _codes_and_labels(Subject.choices, profile.subjects),
            "grade_bands": _codes_and_labels(GradeBand.choices, profile.grade_bands),
            "schools": sorted(school.name for school in profile.schools.all()),
            "languages": _codes_and_labels(SpokenLanguage.choices, profile.languages),
            "expertise": _codes_and_labels(Expertise.choices, profile.expertise),
            "formats": _codes_and_labels(MeetingFormat.choices, profile.formats),
            "hours_per_month": profile.hours_per_month,
            "max_mentees": profile.max_mentees,
            "bio": profile.bio,
            "in_directory": profile.in_directory,
            "signed_up": profile.created_at,
            "updated": profile.updated_at,
            "reviewed": profile.reviewed_at,
            "note_from_the_coordinator": profile.review_note,
        }


def export_mentor_requests(user):
    with translation.override(user.preferred_language):
        return [
            {
                "id": mentor_request.pk,
                "status": mentor_request.status,
                "asked": mentor_request.created_at,
                "closed": mentor_request.closed_at,
                "help_with": _codes_and_labels(Expertise.choices, mentor_request.help_with),
                "details": mentor_request.details,
                "subject": mentor_request.subject,
                "grade_band": mentor_request.grade_band,
                "school": mentor_request.school.name if mentor_request.school else None,
                "language": mentor_request.language,
                "format": mentor_request.meeting_format,
                "frequency": mentor_request.frequency,
            }
            for mentor_request in MentorRequest.objects.filter(mentee=user).select_related("school").order_by("pk")
        ]


def export_mentorships(user):
    mentorships = (
        Mentorship.objects.for_person(user)
        .select_related("mentor__user", "mentee")
        .prefetch_related("checkins")
        .order_by("pk")
    )
    exported = []
    for mentorship in mentorships:
        role = mentorship.role_of(user)
        other = mentorship.other_side(user)
        exported.append(
            {
                "id": mentorship.pk,
                "my_role": role,
                "with": str(other) if other else None,
                "status": mentorship.status,
                "proposed": mentorship.proposed_at,
                "started": mentorship.started_on,
                "planned_end": mentorship.planned_end,
                "ended": mentorship.ended_at,
                "reason": mentorship.note if (role == "mentor" or mentorship.started_on) else "",
                "check_ins": [_export_checkin(checkin, user) for checkin in mentorship.checkins.all()],
            }
        )
    return exported


def _export_checkin(checkin, user):
    mine = checkin.author_id == user.pk
    data = {
        "date": checkin.date,
        "minutes": checkin.minutes,
        "topics": checkin.topics,
        "written_by_me": mine,
        "shared_to_portfolio": checkin.shared_to_portfolio,
    }
    if mine:
        data["private_note"] = checkin.private_note
    return data


def _tell_after_commit(mentorship_id):
    enqueue_after_commit(tasks.tell_mentorship_ended, mentorship_id, None)


@transaction.atomic
def erase_mentorships(user):
    """Empty the person's side of their mentorships and delete their check-ins (see the module's docstring)."""
    now = timezone.now()
    note = gettext("Ended because an account was closed.")
    live = list(
        Mentorship.objects.select_for_update(of=("self",))
        .filter(Q(mentee=user) | Q(mentor__user=user), status__in=LIVE_STATUSES)
        .select_related("mentor")
    )
    for mentorship in live:
        was_active = mentorship.status == MentorshipStatus.ACTIVE
        mentor_leaves = mentorship.mentor is not None and mentorship.mentor.user_id == user.pk
        mentorship.status, mentorship.ended_at, mentorship.note = MentorshipStatus.CANCELLED, now, note
        mentorship.save(update_fields=["status", "ended_at", "note"])
        # The mentee still needs a mentor, unless they have asked again since.
        mentee_waits = was_active and mentor_leaves and mentorship.request_id
        if mentee_waits and not MentorRequest.objects.open().filter(mentee_id=mentorship.mentee_id).exists():
            MentorRequest.objects.filter(pk=mentorship.request_id).update(status=RequestStatus.OPEN, closed_at=None)
        if was_active or mentor_leaves:
            _tell_after_commit(mentorship.pk)
    CheckIn.objects.filter(author=user).delete()
    Mentorship.objects.filter(mentee=user).update(mentee=None, request=None)
    Mentorship.objects.filter(mentor__user=user).update(mentor=None)


def erase_mentor_requests(user):
    MentorRequest.objects.filter(mentee=user).delete()


def erase_mentor_profile(user):
    MentorProfile.objects.filter(user=user).delete()


# In this order: the mentorships are emptied while the profile and the requests still say whose they are.
SOURCES = [
    PersonalDataSource(name="mentorships_and_checkins", export=export_mentorships, erase=erase_mentorships),
    PersonalDataSource(name="mentor_requests", export=export_mentor_requests, erase=erase_mentor_requests),
    PersonalDataSource(name="mentor_profile", export=export_mentor_profile, erase=erase_mentor_profile),
]


def register_sources():
    """Called from ``EngagementConfig.ready``."""
    for source in SOURCES:
        register_personal_data(source)
