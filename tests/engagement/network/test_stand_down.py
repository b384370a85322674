"""A captain stands down: their co-workers go to the school's other captains, the history stays."""

from django.urls import reverse

import pytest

from engagement.models.network import Assignment, Captain, Conversation, Member
from engagement.network import services
from home.roles import CAPTAINS
from tests.engagement.network.factories import MemberFactory, make_captain, make_organizer


def people_of(captain):
    return set(Member.objects.filter(captain=captain).values_list("pk", flat=True))


def test_their_people_go_to_the_other_captains_and_the_history_stays(school, captain, team):
    others = [make_captain(school), make_captain(school)]
    services.balance(schools=[school])
    leaving_people = people_of(captain)
    assert leaving_people

    report = services.stand_down_captain(captain)

    captain.refresh_from_db()
    assert not captain.is_active
    assert report.handed_over == len(leaving_people) and report.waiting == 0
    assert not Member.objects.filter(captain=captain).exists()
    assert leaving_people <= people_of(others[0]) | people_of(others[1])
    # Whose list each person was on stays: their assignment to the old captain is ended, not deleted.
    ended = Assignment.objects.filter(captain=captain, member_id__in=leaving_people)
    assert ended.count() == len(leaving_people)
    assert not ended.filter(ended_at__isnull=True).exists()
    # The former captain is now a co-worker on someone's list, and out of the Captains group.
    assert captain.member.captain_id in {other.pk for other in others}
    assert not captain.member.user.groups.filter(name=CAPTAINS).exists()


def test_without_another_captain_their_people_wait_for_one(school, captain, team):
    report = services.stand_down_captain(captain)
    assert report.handed_over == 0
    assert report.waiting == len(team)
    assert not Member.objects.filter(school=school, captain__isnull=False).exists()


def test_a_captain_already_stood_down_is_refused(school, captain, team):
    services.stand_down_captain(captain)
    with pytest.raises(Exception) as refused:
        services.stand_down_captain(captain)
    assert "not a captain any more" in str(refused.value)


def test_their_conversations_stay(school, captain, team):
    make_captain(school)
    services.log_conversation(captain, team[0], Conversation(date="2026-11-20", method="phone", note="Wants a meeting"))
    services.stand_down_captain(captain)
    assert Conversation.objects.filter(captain=captain, member=team[0], note="Wants a meeting").exists()


def test_they_can_be_made_captain_again(school, captain, team):
    services.stand_down_captain(captain)
    again = services.appoint_captain(captain.member)
    assert again.pk == captain.pk and again.is_active
    assert again.member.user.groups.filter(name=CAPTAINS).exists()


def test_the_organizer_confirms_then_stands_a_captain_down(client, organizer, school, captain, team):
    make_captain(school, name="Ana Other")
    client.force_login(organizer)
    address = reverse("action_team:stand_down", args=[captain.pk])

    confirm = client.get(address)
    assert confirm.status_code == 200
    assert "Rosa Captain" in confirm.content.decode()
    assert Captain.objects.get(pk=captain.pk).is_active  # a GET changes nothing

    response = client.post(address, follow=True)
    assert response.redirect_chain[-1][0] == reverse("action_team:school", args=[school.pk])
    assert not Captain.objects.get(pk=captain.pk).is_active
    assert "is no longer a captain" in response.content.decode()
    # The school page offers standing down for each active captain, no longer for this one.
    assert reverse("action_team:stand_down", args=[captain.pk]) not in response.content.decode()


def test_an_organizer_of_another_school_gets_a_404(client, other_school, captain, team):
    stranger = make_organizer([other_school], email="elsewhere@example.org")
    client.force_login(stranger)
    response = client.post(reverse("action_team:stand_down", args=[captain.pk]))
    assert response.status_code in (302, 404)  # 404, which LocaleMiddleware sends on to a prefixed address
    if response.status_code == 302:
        assert client.get(response["Location"]).status_code == 404
    assert Captain.objects.get(pk=captain.pk).is_active


def test_a_captain_cannot_stand_another_captain_down(client, school, captain, team):
    other = make_captain(school)
    client.force_login(other.member.user)
    response = client.post(reverse("action_team:stand_down", args=[captain.pk]))
    assert response.status_code in (302, 403)
    assert Captain.objects.get(pk=captain.pk).is_active


def test_standing_down_keeps_the_list_limits(school, captain, settings):
    settings.ACTION_TEAM_LIST_SIZE = 3
    other = make_captain(school)
    for member in MemberFactory.create_batch(3, school=school):
        services.move_member(member, captain)
    report = services.stand_down_captain(captain)
    # Three co-workers and the former captain for one captain with room for three: over, with a warning.
    assert Member.objects.filter(captain=other).count() == 4
    assert report.warnings


def test_a_former_captain_no_longer_opens_the_list_or_their_old_co_workers(client, school, captain, team):
    services.stand_down_captain(captain)
    client.force_login(captain.member.user)
    assert client.get(reverse("network:home")).status_code == 403
    assert client.get(reverse("network:person", args=[team[0].pk])).status_code in (403, 404)
