"""A proposal shows what changed in its contract language between published versions."""

import re

import pytest

from proposals.diff import diff_text, rich_text_to_plain
from proposals.models import ProposalPage
from tests.factories import translate_page
from tests.proposals.factories import make_proposal

pytestmark = pytest.mark.django_db


def republish(proposal, contract_language):
    proposal = ProposalPage.objects.get(pk=proposal.pk)
    proposal.contract_language = contract_language
    proposal.save_revision().publish()
    return ProposalPage.objects.get(pk=proposal.pk)


def test_no_changes_section_with_a_single_published_version(client, proposal_index):
    proposal = make_proposal(proposal_index)
    assert "What changed in the contract language" not in client.get(proposal.url).content.decode()


def test_changes_between_the_last_two_published_versions_are_marked(client, proposal_index):
    proposal = make_proposal(proposal_index, contract_language="<p>Classes shall not exceed 28 students.</p>")
    proposal = republish(proposal, "<p>Classes shall not exceed 24 students.</p>")
    html = client.get(proposal.url).content.decode()
    assert "What changed in the contract language" in html
    assert '<del><span class="visually-hidden">removed: </span>28</del>' in html
    assert '<ins><span class="visually-hidden">added: </span>24</ins>' in html


def test_republishing_without_touching_the_wording_keeps_showing_the_change(client, proposal_index):
    proposal = make_proposal(proposal_index, contract_language="<p>Classes shall not exceed 28 students.</p>")
    proposal = republish(proposal, "<p>Classes shall not exceed 24 students.</p>")
    proposal.summary = "Smaller classes, now with the district's answer."
    proposal.save_revision().publish()
    html = client.get(proposal.url).content.decode()
    assert '<del><span class="visually-hidden">removed: </span>28</del>' in html
    assert '<ins><span class="visually-hidden">added: </span>24</ins>' in html


def test_a_draft_is_not_compared(client, proposal_index):
    proposal = make_proposal(proposal_index, contract_language="<p>Ten minutes.</p>")
    proposal.contract_language = "<p>Twenty minutes.</p>"
    proposal.save_revision()
    assert "What changed" not in client.get(proposal.url).content.decode()


def test_the_diff_works_in_a_translation(client, home_page, proposal_index):
    proposal = make_proposal(proposal_index, contract_language="<p>Thirty minutes of recess.</p>")
    translate_page(home_page, "zh-hans", title="首页")
    translate_page(proposal_index, "zh-hans", title="提案")
    chinese = translate_page(proposal, "zh-hans", contract_language="<p>每天课间休息三十分钟。</p>")
    chinese = republish(chinese, "<p>每天课间休息四十分钟。</p>")
    html = client.get(chinese.url).content.decode()
    assert re.search(r'<del><span class="visually-hidden">[^<]+</span>三</del>', html)
    assert re.search(r'<ins><span class="visually-hidden">[^<]+</span>四</ins>', html)


def test_rich_text_becomes_one_line_per_paragraph():
    assert rich_text_to_plain("<p>One <b>bold</b></p><ul><li>a</li><li>b</li></ul>") == "One bold\na\nb"


def test_diff_text_marks_words():
    parts = diff_text("no more than 25", "no more than 22 students")
    assert [(p.kind, p.text) for p in parts if p.kind != "same"] == [("removed", "25"), ("added", "22 students")]
