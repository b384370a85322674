"""Proposals and the agreement come under the Bargaining approval workflow as soon as they exist."""

from django.db.models.signals import post_save

from wagtail.models import Workflow, WorkflowPage

from proposals.permissions import BARGAINING_WORKFLOW


def put_under_bargaining_workflow(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    workflow = Workflow.objects.filter(name=BARGAINING_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})


def connect():
    from proposals.models import AgreementPage, ProposalIndexPage

    for model in (ProposalIndexPage, AgreementPage):
        post_save.connect(put_under_bargaining_workflow, sender=model, dispatch_uid=f"bargaining-workflow-{model}")
