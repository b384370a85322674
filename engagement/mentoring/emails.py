"""The mentor network's e-mails, each written in its recipient's language.

Every message is a pair of templates under ``engagement/mentoring/emails/``: ``<name>_subject.txt``
(one line) and ``<name>_body.txt``. They are rendered with the recipient's language active, so
``{% translate %}`` and ``{% url %}`` (whose links carry the language, /pt/mentoring/...) follow it.
Called from ``engagement.mentoring.tasks``, after the change they report has been committed.
"""

from engagement.mentoring.permissions import coordinators
from engagement.models.mentoring import MentorshipStatus, MentorStatus
from home.emails import send_to_user

TEMPLATE_DIR = "engagement/mentoring/emails"


def send_to(user, name, context):
    """Send the ``name`` message to ``user`` in their language; nobody to send to is not an error."""
    return send_to_user(user, TEMPLATE_DIR, name, context)


def send_to_coordinators(name, context, except_user_id=None):
    return sum(send_to(person, name, context) for person in coordinators() if person.pk != except_user_id)


def new_mentor_profile(profile):
    send_to_coordinators("new_mentor_profile", {"profile": profile, "mentor": profile.user})


def profile_reviewed(profile):
    approved = profile.status == MentorStatus.APPROVED
    send_to(profile.user, "profile_reviewed", {"profile": profile, "approved": approved})


def new_request(mentor_request):
    send_to_coordinators("new_request", {"mentor_request": mentor_request, "mentee": mentor_request.mentee})


def proposal(mentorship):
    """Ask the mentor whether they will take the mentee on."""
    if mentorship.mentor is None:
        return
    send_to(
        mentorship.mentor.user,
        "proposal",
        {"mentorship": mentorship, "mentor_request": mentorship.request, "mentee": mentorship.mentee},
    )


def proposal_answered(mentorship):
    """Tell the mentee and the coordinators what the mentor answered."""
    accepted = mentorship.status == MentorshipStatus.ACTIVE
    mentor = mentorship.mentor.user if mentorship.mentor else None
    context = {"mentorship": mentorship, "accepted": accepted, "mentor": mentor, "mentee": mentorship.mentee}
    send_to(mentorship.mentee, "proposal_answered", context)
    send_to_coordinators("proposal_answered_coordinator", context)


def mentor_paused(profile, returned_mentorships):
    send_to_coordinators(
        "mentor_paused", {"profile": profile, "mentor": profile.user, "returned": returned_mentorships}
    )


def mentorship_ended(mentorship, ended_by):
    """Tell the people of a mentorship that has ended (all but whoever ended it).

    A cancelled mentorship also goes to the coordinators, who may need to find another mentor.
    """
    mentor = mentorship.mentor.user if mentorship.mentor else None
    context = {
        "mentorship": mentorship,
        "completed": mentorship.status == MentorshipStatus.COMPLETED,
        "was_proposal": mentorship.started_on is None,
        "mentor": mentor,
        "mentee": mentorship.mentee,
        "ended_by": ended_by,
    }
    recipients = [mentor] if mentorship.started_on is None else [mentor, mentorship.mentee]
    for person in recipients:
        if person is not None and (ended_by is None or person.pk != ended_by.pk):
            send_to(person, "mentorship_ended", {**context, "role": "mentor" if person == mentor else "mentee"})
    if mentorship.status == MentorshipStatus.CANCELLED and mentorship.started_on is not None:
        send_to_coordinators("mentorship_ended_coordinator", context, except_user_id=getattr(ended_by, "pk", None))
