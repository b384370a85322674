"""Background work of personal stories: telling a storyteller their story is published.

The task takes the page's id and reads everything again. Each submission is claimed before its
e-mail goes (``published_notice_sent_at`` set by an UPDATE that only one worker can win), so a
republished story, or the task run twice, never writes to anyone twice. A failing mail server is
logged, never raised: the page is published already.
"""

import logging

from django.utils import timezone

from django_tasks import task

from engagement.models.stories import StoryPage, StorySubmission

logger = logging.getLogger(__name__)


def waiting_for_published_notice(page_id):
    """Submissions of story page ``page_id`` whose storyteller asked to hear from us and has not yet."""
    return (
        StorySubmission.objects.filter(
            story_page_id=page_id, consent_to_contact=True, published_notice_sent_at__isnull=True
        )
        .exclude(email="")
        .order_by("pk")
    )


@task()
def tell_storytellers_published(page_id):
    """E-mail the storyteller of story page ``page_id`` (once) that it is published; returns how many were sent."""
    from engagement.stories import emails

    page = StoryPage.objects.live().filter(pk=page_id).select_related("locale").first()
    if page is None:
        return 0
    sent = 0
    for submission in waiting_for_published_notice(page_id):
        claimed = StorySubmission.objects.filter(pk=submission.pk, published_notice_sent_at__isnull=True).update(
            published_notice_sent_at=timezone.now()
        )
        if not claimed:
            continue
        try:
            emails.story_published(submission, page)
        except Exception:
            logger.exception("Could not tell story submission %s that its story is published", submission.pk)
        else:
            sent += 1
    return sent
