"""Campaigns: the captain's list, marks, the opt-out, the reach timings, the live view."""

import datetime
from unittest import mock

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from engagement.models.network import Contact, Member, Outcome
from engagement.network import campaigns, services
from tests.engagement.network.factories import MemberFactory, make_campaign, make_captain


def test_each_person_gets_the_message_in_their_language_with_tel_and_sms_links(school, captain, team):
    campaign = make_campaign([school])
    entries = campaigns.captain_list(campaign, captain)
    assert len(entries) == 8
    spanish = next(entry for entry in entries if entry.member.language == "es")
    assert spanish.message == "Reunión el jueves a las 4."
    assert spanish.tel.startswith("tel:+1617555")
    assert spanish.sms.startswith("sms:+1617555") and "Reuni%C3%B3n" in spanish.sms


def test_a_drill_sends_the_drill_text_in_each_language(school, captain, team):
    drill = make_campaign([school], kind="drill", messages={})
    entries = campaigns.captain_list(drill, captain)
    spanish = next(entry for entry in entries if entry.member.language == "es")
    with translation.override("es"):
        assert spanish.message == campaigns.drill_message("es")


def test_a_double_mark_keeps_one_contact_and_the_first_reach(school, captain, team):
    campaign = make_campaign([school])
    member = team[0]
    first = services.mark(campaign, captain, member, Outcome.REACHED)
    services.mark(campaign, captain, member, Outcome.REACHED)
    services.mark(campaign, captain, member, Outcome.LEFT_MESSAGE)
    contact = Contact.objects.get(campaign=campaign, member=member)
    assert contact.outcome == Outcome.LEFT_MESSAGE
    assert contact.reached_at == first.reached_at


def test_does_not_want_to_be_contacted_is_respected_in_every_later_campaign(school, captain, team):
    first = make_campaign([school])
    services.mark(first, captain, team[0], Outcome.DO_NOT_CONTACT)
    assert Member.objects.get(pk=team[0].pk).do_not_contact
    # Still on this campaign's list (with their mark), gone from the next one.
    assert team[0].pk in [entry.member.pk for entry in campaigns.captain_list(first, captain)]
    later = make_campaign([school], title="Later")
    assert team[0].pk not in [entry.member.pk for entry in campaigns.captain_list(later, captain)]
    assert campaigns.live_view(later).total.total == 7


def test_a_captain_cannot_mark_someone_off_their_list(school, captain, team):
    other = make_captain(school)
    stranger = MemberFactory(school=school)
    services.move_member(stranger, other)
    campaign = make_campaign([school])
    with pytest.raises(ValidationError):
        services.mark(campaign, captain, stranger, Outcome.REACHED)


def test_marks_stop_when_the_campaign_is_closed(school, captain, team):
    campaign = make_campaign([school])
    campaigns.close(campaign)
    with pytest.raises(ValidationError):
        services.mark(campaign, captain, team[0], Outcome.REACHED)


def test_reach_milestones():
    start = timezone.now()
    times = [start + datetime.timedelta(minutes=m) for m in (5, 10, 20, 40, 80, 90, 100, 110, 120, 200)]
    milestones = dict(campaigns.reach_milestones(start, times, 10))
    assert milestones[50] == datetime.timedelta(minutes=80)
    assert milestones[90] == datetime.timedelta(minutes=120)
    assert milestones[100] == datetime.timedelta(minutes=200)
    partial = dict(campaigns.reach_milestones(start, times[:6], 10))
    assert partial[50] == datetime.timedelta(minutes=80) and partial[90] is None and partial[100] is None


def test_the_live_view_times_the_tree_and_flags_captains_who_have_not_started(school, captain, team):
    idle = make_captain(school, name="Idle Captain")
    for member in MemberFactory.create_batch(2, school=school):
        services.move_member(member, idle)
    campaign = make_campaign([school])
    start = campaign.started_at
    for minutes, member in zip((3, 7, 12, 30, 45), team, strict=False):
        with mock.patch("django.utils.timezone.now", return_value=start + datetime.timedelta(minutes=minutes)):
            services.mark(campaign, captain, member, Outcome.REACHED)
    services.mark(campaign, captain, team[5], Outcome.NO_ANSWER)
    live = campaigns.live_view(campaign)
    assert (live.total.reached, live.total.total) == (5, 10)
    assert dict(live.milestones)[50] == datetime.timedelta(minutes=45)
    assert dict(live.milestones)[90] is None
    assert [c.name for c in live.not_started] == ["Idle Captain"]
    by_captain = {c.name: c for c in live.captains}
    assert (by_captain["Rosa Captain"].reached, by_captain["Rosa Captain"].marked) == (5, 6)


def test_issues_raised_flow_up_to_the_live_view(client, organizer, school, captain, team):
    campaign = make_campaign([school])
    services.mark(campaign, captain, team[0], Outcome.REACHED, note="Worried about the ventilation in room 12")
    client.force_login(organizer)
    response = client.get(reverse("action_team:campaign", args=[campaign.pk]))
    assert "ventilation in room 12" in response.content.decode()


def test_the_captain_marks_through_the_page(client, school, captain, team):
    campaign = make_campaign([school])
    client.force_login(captain.member.user)
    page = client.get(reverse("network:campaign", args=[campaign.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'href="tel:' in html and 'href="sms:' in html
    response = client.post(reverse("network:mark", args=[campaign.pk, team[1].pk]), {"outcome": "reached"})
    assert response.status_code == 302
    assert Contact.objects.get(member=team[1]).outcome == "reached"


def test_a_bad_mark_is_a_message_not_an_error(client, school, captain, team):
    campaign = make_campaign([school])
    client.force_login(captain.member.user)
    response = client.post(
        reverse("network:mark", args=[campaign.pk, team[1].pk]), {"outcome": "\x00<script>", "note": "x" * 5000}
    )
    assert response.status_code == 302
    assert not Contact.objects.exists()


def test_a_real_campaign_needs_the_message_in_every_language_its_members_read(client, organizer, school, team):
    client.force_login(organizer)
    deadline = (timezone.localtime() + datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    data = {"title": "Vote Thursday", "kind": "real", "schools": [school.pk], "deadline": deadline,
            "message_en": "Vote Thursday."}  # fmt: skip
    response = client.post(reverse("action_team:new_campaign"), data)
    assert response.status_code == 200
    assert "message_es" in response.context["form"].errors
    data["message_es"] = "Voten el jueves."
    response = client.post(reverse("action_team:new_campaign"), {**data, "start": "1"})
    assert response.status_code == 302
    campaign = campaigns.Campaign.objects.get(title="Vote Thursday")
    assert campaign.is_running


def test_issues_ticked_on_a_mark_are_counted_for_organizers(client, school, captain, team):
    from engagement.models.network import Issue

    safety = Issue.objects.create(name="Building safety")
    campaign = make_campaign([school])
    client.force_login(captain.member.user)
    url = reverse("network:mark", args=[campaign.pk, team[2].pk])
    client.post(url, {"outcome": "reached", "issues": [safety.pk]})
    client.post(url, {"outcome": "reached", "issues": [safety.pk]})  # a second click counts once
    assert campaigns.live_view(campaign).issues == [("Building safety", 1)]
