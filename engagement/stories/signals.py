"""Signals of personal stories.

- Publishing a story page made from a submission tells the storyteller, once, when they agreed to
  be contacted and left an e-mail address (engagement.stories.tasks.tell_storytellers_published),
  after the publishing has committed.
"""

import logging

from django.db import transaction

from wagtail.signals import page_published

from engagement.models.stories import StoryPage
from engagement.stories import tasks

logger = logging.getLogger(__name__)


def tell_storyteller_published(sender, instance, **kwargs):
    # Most publishes are edits of a story already announced, or a story written by staff: no task for them.
    if not tasks.waiting_for_published_notice(instance.pk).exists():
        return

    def enqueue():
        try:
            tasks.tell_storytellers_published.enqueue(instance.pk)
        except Exception:
            logger.exception("Could not enqueue the published notice of story page %s", instance.pk)

    transaction.on_commit(enqueue)


def connect():
    page_published.connect(tell_storyteller_published, sender=StoryPage, dispatch_uid="story-published-notice")
