"""The proposal index with 100 proposals and a proposal page cost a fixed number of queries."""

import datetime

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from proposals.models import ProposalCommunityInput, ProposalPage
from tests.proposals.factories import (
    BargainingIndexPageFactory,
    BargainingSessionPageFactory,
    ProposalTopicFactory,
    make_proposal,
)

pytestmark = pytest.mark.django_db

STEPS = [("drafted", datetime.date(2026, 8, 1)), ("tabled", datetime.date(2026, 9, 1))]


def queries_for(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_proposal_index_costs_the_same_for_ten_or_a_hundred_proposals(client, proposal_index, plank):
    topic = ProposalTopicFactory()
    for _ in range(10):
        make_proposal(proposal_index, topic=topic, plank=plank, steps=STEPS)
    ten = queries_for(client, "/en/proposals/?status=tabled")
    for _ in range(90):
        make_proposal(proposal_index, topic=topic, plank=plank, steps=STEPS)
    hundred = queries_for(client, "/en/proposals/?status=tabled")
    assert ten == hundred
    assert queries_for(client, "/en/proposals/?page=5") == hundred


def test_proposal_page_costs_the_same_whatever_it_links_to(client, home_page, proposal_index, plank):
    bargaining = BargainingIndexPageFactory(parent=home_page)

    def build(inputs, sessions):
        proposal = make_proposal(proposal_index, plank=plank, topic=ProposalTopicFactory(), steps=STEPS)
        for number in range(inputs):
            proposal.community_inputs.add(
                ProposalCommunityInput(kind="story", summary=f"Story {number}", source_page=home_page)
            )
        proposal.save_revision().publish()
        for _ in range(sessions):
            session = BargainingSessionPageFactory(parent=bargaining)
            session.proposals_discussed.add(proposal)
            session.save_revision().publish()
        return ProposalPage.objects.get(pk=proposal.pk)

    small = build(inputs=1, sessions=1)
    large = build(inputs=12, sessions=8)
    assert queries_for(client, small.url) == queries_for(client, large.url)
