"""Proposals and the agreement need a Bargaining lead's approval; scheduled publishing works."""

import datetime
import time

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

import pytest

from home import roles
from proposals.models import ProposalPage
from proposals.permissions import BARGAINING_WORKFLOW
from tests.factories import UserFactory
from tests.proposals.factories import AgreementPageFactory, make_proposal

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    user = UserFactory(email="editor@example.org")
    user.groups.add(Group.objects.get(name=roles.COMMUNICATIONS))
    return user


@pytest.fixture
def bargaining_lead():
    user = UserFactory(email="lead@example.org")
    user.groups.add(Group.objects.get(name=roles.BARGAINING_LEADS))
    return user


def test_new_proposal_index_and_agreement_come_under_the_workflow(proposal_index, home_page):
    agreement = AgreementPageFactory(parent=home_page)
    assert proposal_index.get_workflow().name == BARGAINING_WORKFLOW
    assert agreement.get_workflow().name == BARGAINING_WORKFLOW
    proposal = make_proposal(proposal_index)
    assert proposal.get_workflow().name == BARGAINING_WORKFLOW


def test_only_a_bargaining_lead_may_publish_a_proposal(proposal_index, editor, bargaining_lead):
    proposal = make_proposal(proposal_index)
    assert not proposal.permissions_for_user(editor).can_publish()
    assert not proposal.permissions_for_user(editor).can_unpublish()
    assert proposal.permissions_for_user(editor).can_edit()
    assert proposal.permissions_for_user(bargaining_lead).can_publish()


def test_editors_can_still_publish_news_and_other_pages(home_page, editor):
    assert home_page.permissions_for_user(editor).can_publish()


def test_an_editor_posting_publish_in_the_admin_does_not_publish(client, proposal_index, editor):
    proposal = make_proposal(proposal_index, title="Original title")
    client.force_login(editor)
    edit_url = f"/admin/pages/{proposal.pk}/edit/"
    form = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    form["title"] = "Changed without approval"
    form["action-publish"] = "action-publish"
    client.post(edit_url, form)
    proposal.refresh_from_db()
    assert proposal.title == "Original title"
    assert proposal.has_unpublished_changes


def test_submitted_proposal_is_published_when_the_lead_approves(proposal_index, editor, bargaining_lead):
    proposal = make_proposal(proposal_index, title="First words")
    proposal.title = "Approved words"
    proposal.save_revision(user=editor)
    workflow_state = proposal.get_workflow().start(proposal, editor)
    task_state = workflow_state.current_task_state
    task = task_state.task.specific
    assert task.get_actions(proposal, editor) == []
    assert "approve" in [name for name, _label, _modal in task.get_actions(proposal, bargaining_lead)]
    task.on_action(task_state, bargaining_lead, "approve")
    assert ProposalPage.objects.get(pk=proposal.pk).title == "Approved words"


def test_scheduled_publishing_waits_for_its_time(proposal_index, bargaining_lead):
    proposal = make_proposal(proposal_index, title="Now")
    proposal.title = "Later"
    proposal.go_live_at = timezone.now() + datetime.timedelta(seconds=2)
    revision = proposal.save_revision(user=bargaining_lead)
    revision.publish(user=bargaining_lead)
    call_command("publish_scheduled")
    assert Page.objects.get(pk=proposal.pk).title == "Now"
    time.sleep(2.5)
    call_command("publish_scheduled")
    assert Page.objects.get(pk=proposal.pk).title == "Later"
