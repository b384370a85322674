"""Proposals and the agreement come under the Bargaining approval workflow as soon as they exist,
and the platform book of a language is rendered again when a page in it is published or leaves it.
"""

from django.db.models.signals import post_save

from wagtail.models import Workflow, WorkflowPage
from wagtail.signals import page_published, page_unpublished

from home.pdf_publishing import after_commit_unless_paused
from proposals.permissions import BARGAINING_WORKFLOW


def put_under_bargaining_workflow(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    workflow = Workflow.objects.filter(name=BARGAINING_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})


def render_books_containing(sender, instance, **kwargs):
    from proposals.book import PlatformBookMixin
    from proposals.tasks import render_platform_book

    def enqueue():
        for platform in PlatformBookMixin.books_containing(instance):
            render_platform_book.enqueue(platform.pk)

    after_commit_unless_paused(enqueue)


def connect():
    from proposals.models import AgreementPage, ProposalIndexPage

    for model in (ProposalIndexPage, AgreementPage):
        post_save.connect(put_under_bargaining_workflow, sender=model, dispatch_uid=f"bargaining-workflow-{model}")
    page_published.connect(render_books_containing, dispatch_uid="pdf-render-book-published")
    page_unpublished.connect(render_books_containing, dispatch_uid="pdf-render-book-unpublished")
