"""Signals of personal stories.

- Publishing a story page made from a submission tells the storyteller, once, when they agreed to
  be contacted and left an e-mail address (engagement.stories.tasks.tell_storytellers_published),
  after the publishing has committed.
"""

from wagtail.signals import page_published

from engagement.models.stories import StoryPage
from engagement.stories import tasks
from home.after_commit import enqueue_after_commit


def tell_storyteller_published(sender, instance, **kwargs):
    # Most publishes are edits of a story already announced, or a story written by staff: no task for them.
    if not tasks.waiting_for_published_notice(instance.pk).exists():
        return
    enqueue_after_commit(tasks.tell_storytellers_published, instance.pk)


def connect():
    page_published.connect(tell_storyteller_published, sender=StoryPage, dispatch_uid="story-published-notice")
