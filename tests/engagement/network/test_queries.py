"""The captain's campaign list and the Organizer's live view cost a fixed number of queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from engagement.models.network import Outcome
from engagement.network import services
from tests.engagement.network.factories import MemberFactory, SchoolFactory, make_campaign, make_captain


def build(size, school):
    """``size`` captains with ``size`` people each, half of them marked."""
    captains = [make_captain(school) for _ in range(size)]
    MemberFactory.create_batch(size * size, school=school)
    services.balance(schools=[school])
    campaign = make_campaign([school])
    for captain in captains:
        for member in list(captain.members.all())[: size // 2 + 1]:
            services.mark(campaign, captain, member, Outcome.REACHED, note="Class sizes")
    return campaign, captains


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("view", ["captain", "live"])
def test_the_query_count_does_not_grow_with_the_tree(client, organizer, view, settings):
    settings.ACTION_TEAM_LIST_SIZE = 10
    counts = []
    for size, name in ((2, "Small School"), (6, "Large School")):
        school = SchoolFactory(name=name)
        organizer.organized_schools.create(school=school)
        campaign, captains = build(size, school)
        if view == "captain":
            client.force_login(captains[0].member.user)
            url = reverse("network:campaign", args=[campaign.pk])
        else:
            client.force_login(organizer)
            url = reverse("action_team:campaign", args=[campaign.pk])
        queries(client, url)  # the first request fills the session and permission caches
        counts.append(queries(client, url))
    assert counts[0] == counts[1], counts


def test_the_captain_list_is_a_handful_of_queries(client, django_assert_max_num_queries, school):
    campaign, captains = build(4, school)
    client.force_login(captains[0].member.user)
    url = reverse("network:campaign", args=[campaign.pk])
    client.get(url)
    with django_assert_max_num_queries(12):
        client.get(url)


def test_the_live_view_is_a_handful_of_queries(client, organizer, django_assert_max_num_queries, school):
    campaign, _captains = build(4, school)
    client.force_login(organizer)
    url = reverse("action_team:campaign", args=[campaign.pk])
    client.get(url)
    with django_assert_max_num_queries(25):
        client.get(url)
