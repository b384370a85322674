"""The Action Team demo: schools, members, captains, conversations and three campaigns, loaded once."""

import time

from django.conf import settings
from django.test import TestCase

from engagement.models.network import (
    Campaign,
    CampaignKind,
    Captain,
    Contact,
    Conversation,
    Member,
)
from engagement.network import campaigns
from engagement.network.demo import NetworkDemoLoader
from home.models import School


class NetworkDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        started = time.monotonic()
        cls.created = NetworkDemoLoader(home_loader=None).load()
        cls.seconds = time.monotonic() - started

    def test_it_loads_the_tree(self):
        assert self.created
        assert Member.objects.filter(member_id__startswith="DEMO-").count() == 1200
        assert Captain.objects.count() == 110
        schools = School.objects.filter(roster__isnull=False).distinct()
        assert schools.count() == 20
        assert schools.exclude(kind=School.Kind.SCHOOL).exists()
        assert Conversation.objects.count() >= 500

    def test_everyone_has_a_captain(self):
        assert not Member.objects.filter(captain__isnull=True, captaincy__isnull=True).exists()

    def test_it_is_fast(self):
        assert self.seconds < 30, self.seconds

    def test_two_past_campaigns_one_a_drill_and_one_running_with_timings(self):
        past = Campaign.objects.filter(closed_at__isnull=False)
        assert past.count() == 2 and past.filter(kind=CampaignKind.DRILL).count() == 1
        running = Campaign.objects.get(closed_at__isnull=True)
        assert running.is_running
        for campaign in past:
            live = campaigns.live_view(campaign)
            assert dict(live.milestones)[50] is not None
        live = campaigns.live_view(running)
        assert 0 < live.total.reached < live.total.total
        assert live.not_started

    def test_the_messages_are_in_the_seven_languages(self):
        running = Campaign.objects.get(closed_at__isnull=True)
        assert {m.language for m in running.messages.all()} == {code for code, _name in settings.LANGUAGES}

    def test_running_it_again_adds_nothing(self):
        before = (Member.objects.count(), Captain.objects.count(), Contact.objects.count(), Campaign.objects.count())
        assert NetworkDemoLoader(home_loader=None).load() is False
        after = (Member.objects.count(), Captain.objects.count(), Contact.objects.count(), Campaign.objects.count())
        assert before == after
