"""An Organizer corrects a campaign: before it starts, while it runs, never once it is closed."""

import datetime

from django.urls import reverse
from django.utils import timezone

from engagement.models.network import CampaignMessage
from engagement.network import campaigns
from tests.engagement.network.factories import make_campaign, make_organizer


def form_data(campaign, **changes):
    deadline = (timezone.localtime() + datetime.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    data = {
        "title": campaign.title,
        "kind": campaign.kind,
        "schools": [school.pk for school in campaign.schools.all()],
        "deadline": deadline,
        "script": campaign.script,
        "questions": campaign.questions,
        **{f"message_{m.language.replace('-', '_')}": m.text for m in campaign.messages.all()},
    }
    data.update(changes)
    return data


def test_a_typo_in_a_running_campaign_is_corrected(client, organizer, school, captain, team):
    campaign = make_campaign([school])
    client.force_login(organizer)
    address = reverse("action_team:edit_campaign", args=[campaign.pk])

    page = client.get(address)
    assert page.status_code == 200
    assert "Reunión el jueves a las 4." in page.content.decode()
    assert "schools" not in page.context["form"].fields  # the audience is fixed once started

    response = client.post(address, form_data(campaign, message_es="Reunión el jueves a las 5.", kind="drill"))
    assert response.status_code == 302
    campaign.refresh_from_db()
    assert CampaignMessage.objects.get(campaign=campaign, language="es").text == "Reunión el jueves a las 5."
    assert campaign.kind == "real"  # a disabled field keeps its value whatever is posted
    assert list(campaign.schools.all()) == [school]
    # Captains see the new wording on their list.
    entry = next(entry for entry in campaigns.captain_list(campaign, captain) if entry.member.language == "es")
    assert "a las 5" in entry.message


def test_a_campaign_not_started_can_change_its_schools_and_start(client, organizer, school, other_school, team):
    organizer.organized_schools.create(school=other_school)
    campaign = make_campaign([school], started=False)
    client.force_login(organizer)
    address = reverse("action_team:edit_campaign", args=[campaign.pk])
    response = client.post(address, {**form_data(campaign, schools=[school.pk, other_school.pk]), "start": "1"})
    assert response.status_code == 302
    campaign.refresh_from_db()
    assert set(campaign.schools.all()) == {school, other_school}
    assert campaign.is_running


def test_schools_the_organizer_does_not_look_after_are_kept(client, school, other_school, team):
    campaign = make_campaign([school, other_school], started=False)
    organizer = make_organizer([school], email="one-school@example.org")
    client.force_login(organizer)
    page = client.get(reverse("action_team:edit_campaign", args=[campaign.pk]))
    assert other_school.name not in page.content.decode()
    response = client.post(
        reverse("action_team:edit_campaign", args=[campaign.pk]), form_data(campaign, schools=[school.pk])
    )
    assert response.status_code == 302
    assert set(campaign.schools.all()) == {school, other_school}


def test_a_closed_campaign_cannot_be_changed(client, organizer, school, team):
    campaign = make_campaign([school])
    campaigns.close(campaign)
    client.force_login(organizer)
    address = reverse("action_team:edit_campaign", args=[campaign.pk])
    response = client.post(address, form_data(campaign, message_en="Changed after the fact."), follow=True)
    assert "A closed campaign cannot be changed." in response.content.decode()
    assert not CampaignMessage.objects.filter(text="Changed after the fact.").exists()


def test_bad_input_is_shown_on_the_form(client, organizer, school, team):
    campaign = make_campaign([school], started=False)
    client.force_login(organizer)
    response = client.post(
        reverse("action_team:edit_campaign", args=[campaign.pk]),
        form_data(campaign, deadline="not a date", message_es=""),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "deadline" in errors and "message_es" in errors


def test_another_schools_campaign_is_not_found(client, other_school, school, team):
    campaign = make_campaign([school])
    stranger = make_organizer([other_school], email="elsewhere@example.org")
    client.force_login(stranger)
    response = client.get(reverse("action_team:edit_campaign", args=[campaign.pk]))
    assert response.status_code in (302, 404)
    if response.status_code == 302:
        assert client.get(response["Location"]).status_code == 404
