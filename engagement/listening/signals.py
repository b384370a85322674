"""Signals of listening sessions.

- Listening session index pages come with their page permissions for Organizers
  (home.roles.PAGE_TYPE_PERMISSIONS), as survey index pages do (engagement.surveys.signals).
- Publishing a session whose summary is published tells the people who came (once each, see
  engagement.listening.tasks.announce_summary), after the publishing has committed.
"""

from django.apps import apps
from django.db.models.signals import post_save

from wagtail.signals import page_published

from engagement.listening import tasks
from engagement.models.listening import ListeningSessionIndexPage, ListeningSessionPage
from home.after_commit import enqueue_after_commit
from home.roles import grant_page_type_permissions


def grant_index_permissions(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_page_type_permissions(apps, page_ids=[instance.pk])


def announce_published_summary(sender, instance, **kwargs):
    if not instance.summary_is_public:
        return
    enqueue_after_commit(tasks.announce_summary, instance.pk)


def connect():
    post_save.connect(
        grant_index_permissions, sender=ListeningSessionIndexPage, dispatch_uid="listening-index-page-permissions"
    )
    page_published.connect(
        announce_published_summary, sender=ListeningSessionPage, dispatch_uid="listening-summary-published"
    )
