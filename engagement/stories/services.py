"""The rules of personal stories: sending one, and a moderator's approval or rejection.

Each runs in one transaction; approval and rejection lock the submission's row, so two moderators
clicking at once make one story page, not two.
"""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _

from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection

from engagement.models.stories import StoryIndexPage, StoryPage, StorySubmission

logger = logging.getLogger(__name__)

SUMMARY_LENGTH = 280
TITLE_WORDS = 8


def submit_story(form, user=None):
    """Save a valid ``StorySubmissionForm``; sent twice (a double click), the first copy is returned."""
    token = form.cleaned_data["submission_token"]
    existing = StorySubmission.objects.filter(submission_token=token).first()
    if existing is not None:
        return existing, False
    submission = form.save(commit=False)
    if user is not None and user.is_authenticated:
        submission.submitted_by = user
    try:
        with transaction.atomic():
            submission.save()
    except IntegrityError:
        # The other click won the race between our check and our insert.
        return StorySubmission.objects.get(submission_token=token), False
    return submission, True


def story_index_for(language):
    """(index page, fell back): the language's story index, else the source language's one."""
    index = StoryIndexPage.objects.filter(locale__language_code=language).order_by("path").first()
    if index is not None:
        return index, False
    source = StoryIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("path").first()
    if source is None:
        raise ValidationError(_("There is no story index page yet: create one (“Stories”) before approving stories."))
    return source, True


def story_index_language_missing(language):
    """True when approving a story in ``language`` would put it under the source language's index."""
    return not StoryIndexPage.objects.filter(locale__language_code=language).exists()


def story_html(text):
    """The plain text a visitor typed as rich text: paragraphs at blank lines, escaped, line breaks kept."""
    paragraphs = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{escape(part).replace(chr(10), '<br/>')}</p>" for part in paragraphs if part)


@transaction.atomic
def approve_story(submission, moderator, themes=(), note=""):
    """Turn a pending submission into a draft StoryPage; returns (page, fell back to the source language)."""
    submission = StorySubmission.objects.select_for_update().get(pk=submission.pk)
    if submission.status != StorySubmission.Status.PENDING:
        raise ValidationError(_("This story has already been reviewed."))
    index, fell_back = story_index_for(submission.language)
    title = submission.title or Truncator(submission.story).words(TITLE_WORDS, truncate="…")
    page = StoryPage(
        title=title[:255],
        slug=f"{slugify(title, allow_unicode=True)[:60] or 'story'}-{submission.pk}",
        locale=index.locale,
        storyteller=submission.shown_name,
        storyteller_role=submission.role,
        summary=Truncator(submission.story).chars(SUMMARY_LENGTH, truncate="…"),
        story=story_html(submission.story),
        photo=_photo_image(submission, title),
        live=False,
    )
    page.themes = list(themes)
    index.add_child(instance=page)
    page.save_revision(user=moderator, log_action=True)
    _close(submission, StorySubmission.Status.APPROVED, moderator, note)
    submission.story_page = page
    submission.save(update_fields=["story_page"])
    log(instance=submission, action="stories.approve", user=moderator, title=f"story submission #{submission.pk}")
    return page, fell_back


@transaction.atomic
def reject_story(submission, moderator, note=""):
    submission = StorySubmission.objects.select_for_update().get(pk=submission.pk)
    if submission.status != StorySubmission.Status.PENDING:
        raise ValidationError(_("This story has already been reviewed."))
    _close(submission, StorySubmission.Status.REJECTED, moderator, note)
    if submission.photo:
        # A story that is not published keeps no photo.
        photo = submission.photo
        transaction.on_commit(lambda: photo.storage.delete(photo.name))
        submission.photo = ""
        submission.save(update_fields=["photo"])
    log(instance=submission, action="stories.reject", user=moderator, title=f"story submission #{submission.pk}")
    return submission


def _close(submission, status, moderator, note):
    submission.status = status
    submission.reviewed_at = timezone.now()
    submission.reviewed_by = moderator
    submission.review_note = note
    submission.save(update_fields=["status", "reviewed_at", "reviewed_by", "review_note"])


def _photo_image(submission, title):
    """The submission's (already cleaned) photo as a Wagtail image for the story page, or None."""
    if not submission.photo:
        return None
    try:
        with submission.photo.open("rb") as photo:
            data = photo.read()
    except OSError:
        logger.warning("The photo of story submission %s could not be read", submission.pk)
        return None
    image = get_image_model()(
        title=submission.photo_description or title,
        description=submission.photo_description,
        file=ContentFile(data, name=submission.photo.name.rsplit("/", 1)[-1]),
        collection=Collection.get_first_root_node(),
    )
    image.save()
    return image
