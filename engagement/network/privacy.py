"""What the Action Team network keeps about a person with an account: the privacy export and erasure.

The roster itself is the union's membership record, imported from its membership system; a
person's account is linked to it only when they are a captain. The export holds that record and,
for a captain, the conversations they logged (without assessments, which are the Organizers'
working notes). Erasing the account unlinks it from the roster and ends the captaincy; the roster
record stays, as the membership system will send it again.
"""

from django.db import transaction

from engagement.models.network import Captain, Conversation, Member
from home.privacy import PersonalDataSource, register_personal_data


def export_roster_record(user):
    member = Member.objects.filter(user=user).select_related("school").first()
    if member is None:
        return {}
    return {
        "member_id": member.member_id,
        "name": member.name,
        "school": member.school.name if member.school else None,
        "role": member.job_role,
        "phone": member.phone,
        "email": member.email,
        "preferred_language": member.language,
        "union_status": member.union_status,
        "department": member.department,
        "shift": member.shift,
        "does_not_want_to_be_contacted": member.do_not_contact,
        "captain": Captain.objects.filter(member=member, is_active=True).exists(),
    }


def export_conversations_logged(user):
    return [
        {
            "date": conversation.date,
            "how": conversation.method,
            "note": conversation.note,
            "follow_up": conversation.follow_up,
        }  # fmt: skip
        for conversation in Conversation.objects.filter(captain__member__user=user).order_by("date", "pk")
    ]


@transaction.atomic
def erase_roster_link(user):
    Captain.objects.filter(member__user=user).update(is_active=False)
    Member.objects.filter(user=user).update(user=None)


SOURCES = [
    PersonalDataSource(name="action_team_conversations", export=export_conversations_logged),
    PersonalDataSource(name="action_team_roster", export=export_roster_record, erase=erase_roster_link),
]


def register_sources():
    """Called from ``EngagementConfig.ready``."""
    for source in SOURCES:
        register_personal_data(source)
