"""Background work of the mentor network: the e-mails sent at each step.

Tasks take ids (they may run in another process, later) and read the records again; one that
has gone in between (an account erased meanwhile) is skipped. Queued by
``engagement.mentoring.services`` with ``transaction.on_commit``.
"""

from django.contrib.auth import get_user_model

from django_tasks import task

from engagement.mentoring import emails
from engagement.models.mentoring import MentorProfile, MentorRequest, Mentorship


def _profile(profile_id):
    return MentorProfile.objects.select_related("user").filter(pk=profile_id).first()


def _mentorship(mentorship_id):
    return (
        Mentorship.objects.select_related("mentor__user", "mentee", "request__school").filter(pk=mentorship_id).first()
    )


@task()
def tell_coordinators_of_new_mentor(profile_id):
    if profile := _profile(profile_id):
        emails.new_mentor_profile(profile)


@task()
def tell_mentor_profile_reviewed(profile_id):
    if profile := _profile(profile_id):
        emails.profile_reviewed(profile)


@task()
def tell_coordinators_of_new_request(request_id):
    mentor_request = MentorRequest.objects.select_related("mentee", "school").filter(pk=request_id).first()
    if mentor_request:
        emails.new_request(mentor_request)


@task()
def tell_mentor_of_proposal(mentorship_id):
    if mentorship := _mentorship(mentorship_id):
        emails.proposal(mentorship)


@task()
def tell_proposal_answered(mentorship_id):
    if mentorship := _mentorship(mentorship_id):
        emails.proposal_answered(mentorship)


@task()
def tell_coordinators_mentor_paused(profile_id, returned_ids):
    if profile := _profile(profile_id):
        returned = list(
            Mentorship.objects.filter(pk__in=returned_ids).select_related("mentee", "request").order_by("pk")
        )
        emails.mentor_paused(profile, returned)


@task()
def tell_mentorship_ended(mentorship_id, ended_by_id):
    if mentorship := _mentorship(mentorship_id):
        ended_by = get_user_model().objects.filter(pk=ended_by_id).first()
        emails.mentorship_ended(mentorship, ended_by)
