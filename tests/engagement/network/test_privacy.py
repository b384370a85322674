"""A captain's data: the privacy export and account deletion."""

from django.utils import timezone

from engagement.models.network import Captain, Conversation, Member
from engagement.network import privacy
from home.privacy import personal_data_sources


def test_the_sources_are_registered():
    names = {source.name for source in personal_data_sources()}
    assert {"action_team_roster", "action_team_conversations"} <= names


def test_the_export_holds_the_roster_record_and_the_conversations_without_assessments(captain, team):
    Conversation.objects.create(member=team[0], captain=captain, date=timezone.localdate(), method="phone", note="Hi")
    user = captain.member.user
    record = privacy.export_roster_record(user)
    assert record["member_id"] == captain.member.member_id and record["captain"] is True
    [conversation] = privacy.export_conversations_logged(user)
    assert conversation["note"] == "Hi" and "assessment" not in conversation


def test_erasing_the_account_unlinks_it_and_ends_the_captaincy(captain):
    user = captain.member.user
    privacy.erase_roster_link(user)
    assert not Member.objects.filter(user=user).exists()
    assert not Captain.objects.get(pk=captain.pk).is_active
