"""Need to know: captains see their own people and only what they need; assessments are for Organizers."""

from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest

from engagement.models.network import AssessmentLevel, Conversation
from engagement.network import services
from tests.engagement.network.factories import MemberFactory, make_campaign, make_captain, make_scale


@pytest.fixture
def other_captain(school):
    other = make_captain(school, name="Other Captain")
    services.move_member(MemberFactory(school=school, name="Not Yours"), other)
    return other


def test_a_captain_asking_for_another_captains_person_gets_a_404(client, captain, team, other_captain):
    stranger = other_captain.members.get()
    client.force_login(captain.member.user)
    assert client.get(reverse("network:person", args=[stranger.pk])).status_code == 404
    assert client.get(reverse("network:person", args=[team[0].pk])).status_code == 200


def test_a_captain_cannot_mark_another_captains_person(client, school, captain, team, other_captain):
    stranger = other_captain.members.get()
    campaign = make_campaign([school])
    client.force_login(captain.member.user)
    assert (
        client.post(reverse("network:mark", args=[campaign.pk, stranger.pk]), {"outcome": "reached"}).status_code == 404
    )


def test_a_campaign_of_another_school_is_a_404(client, captain, team, other_school):
    campaign = make_campaign([other_school])
    client.force_login(captain.member.user)
    assert client.get(reverse("network:campaign", args=[campaign.pk])).status_code == 404


def test_assessments_are_hidden_from_captains_and_shown_to_organizers(client, organizer, captain, team):
    scale = make_scale()
    member = team[0]
    client.force_login(captain.member.user)
    response = client.post(
        reverse("network:person", args=[member.pk]),
        {"date": "2026-01-10", "method": "phone", "assessment": scale[4].pk, "note": "Talked about class size"},
    )
    assert response.status_code == 302
    assert Conversation.objects.get().assessment == scale[4]
    page = client.get(reverse("network:person", args=[member.pk])).content.decode()
    assert "Talked about class size" in page
    # The scale is offered in the form; what the captain said about this person is never shown back.
    notes = page.split('id="notes-title"')[1]
    assert "Talked about class size" in notes and "Opposed" not in notes
    assert f'value="{scale[4].pk}" selected' not in page
    client.force_login(organizer)
    page = client.get(reverse("action_team:member", args=[member.pk])).content.decode()
    assert "5. Opposed" in page and "Talked about class size" in page


def test_a_captain_sees_only_their_own_notes(client, school, captain, team):
    other = make_captain(school, name="Second Captain")
    member = team[0]
    from django.utils import timezone

    Conversation.objects.create(member=member, captain=other, date=timezone.localdate(), method="phone",
                                note="Someone else's note")  # fmt: skip
    client.force_login(captain.member.user)
    assert "Someone else's note" not in client.get(reverse("network:person", args=[member.pk])).content.decode()


def test_the_captain_page_shows_only_the_fields_a_captain_needs(client, captain, team):
    member = team[0]
    client.force_login(captain.member.user)
    page = client.get(reverse("network:home")).content.decode()
    assert member.name in page
    assert member.email not in page and member.member_id not in page


def test_someone_who_is_not_a_captain_is_told_so(client, organizer):
    client.force_login(organizer)
    assert client.get(reverse("network:home")).status_code == 403


def test_an_organizer_sees_only_their_schools(client, organizer, other_school):
    stranger = MemberFactory(school=other_school)
    client.force_login(organizer)
    response = client.get(reverse("action_team:member", args=[stranger.pk]), follow=True)
    assert response.status_code == 404
    assert client.get(reverse("action_team:school", args=[other_school.pk]), follow=True).status_code == 404


def test_an_organizer_opening_a_person_is_in_the_audit_log(client, organizer, team):
    from wagtail.models import ModelLogEntry

    client.force_login(organizer)
    client.get(reverse("action_team:member", args=[team[0].pk]))
    assert ModelLogEntry.objects.filter(action="commongood.view_personal_data", user=organizer).exists()


def test_assessment_levels_are_never_deleted(db):
    level = make_scale()[0]
    with pytest.raises(ValidationError):
        level.delete()
    with pytest.raises(ValidationError):
        AssessmentLevel.objects.all().delete()
    assert AssessmentLevel.objects.count() == 5


def test_the_admin_has_no_delete_view_for_assessment_levels(client, organizer):
    from django.urls import NoReverseMatch

    level = make_scale()[0]
    with pytest.raises(NoReverseMatch):
        reverse("action_team_scale:delete", args=[level.pk])
    client.force_login(organizer)
    response = client.get(f"/admin/action-team/scale/delete/{level.pk}/", follow=True)
    assert response.status_code == 404
    assert AssessmentLevel.objects.filter(pk=level.pk).exists()
