"""A storyteller who agreed to be contacted hears once, in their language, that their story is published."""

import logging

from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

import pytest

from engagement.models.stories import StoryPage, StorySubmission
from engagement.stories import tasks
from engagement.stories.privacy import export_story_submissions
from engagement.stories.services import approve_story
from home.emails import site_url
from tests.engagement.stories.factories import StorySubmissionFactory, make_story
from tests.factories import UserFactory, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed():`` runs what waits for the commit (the e-mail) at the end of the block."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def approved(moderator, **fields):
    """A submission approved into a draft story page: (submission, page)."""
    submission = StorySubmissionFactory(**fields)
    page, _fell_back = approve_story(submission, moderator)
    submission.refresh_from_db()
    return submission, page


def publish(page, user=None):
    StoryPage.objects.get(pk=page.pk).save_revision(user=user).publish()
    return StoryPage.objects.get(pk=page.pk)


def test_the_storyteller_is_thanked_with_the_address_of_their_story(committed, communications, story_index):
    submission, page = approved(communications, contact_name="Maria Lopes")

    with committed():
        published = publish(page, communications)

    [message] = mail.outbox
    assert message.to == ["maria@example.org"]
    assert message.subject == "Your story is now published"
    assert "Hello Maria Lopes," in message.body
    assert "Thank you for telling us your story" in message.body
    assert f"{site_url()}/en/our-stories/{published.slug}/" in message.body
    submission.refresh_from_db()
    assert submission.published_notice_sent_at is not None


def test_the_message_is_in_the_storytellers_language_with_the_page_in_it(committed, communications, story_index):
    translate_page(story_index, "es", title="Historias")
    submission, page = approved(communications, language="es", contact_name="Lucía")
    assert page.locale.language_code == "es"

    with committed():
        published = publish(page, communications)

    [message] = mail.outbox
    assert f"{site_url()}/es/our-stories/{published.slug}/" in message.body
    with translation.override("es"):
        greeting = gettext("Hello %(name)s,") % {"name": "Lucía"}
        subject = gettext("Your story is now published")
    assert greeting == "Hola, Lucía:"  # the greeting is translated already: proof the message is in Spanish
    assert greeting in message.body
    assert message.subject == subject


def test_a_story_approved_under_the_english_index_links_to_that_page(committed, communications, story_index):
    submission, page = approved(communications, language="vi", contact_name="Lan")
    assert page.locale.language_code == "en"  # there is no Vietnamese story index

    with committed():
        published = publish(page, communications)

    [message] = mail.outbox
    assert f"{site_url()}/en/our-stories/{published.slug}/" in message.body
    with translation.override("vi"):
        assert gettext("Hello %(name)s,") % {"name": "Lan"} in message.body


@pytest.mark.parametrize("fields", [{"consent_to_contact": False}, {"email": ""}])
def test_no_message_without_consent_or_an_address(committed, communications, story_index, fields):
    submission, page = approved(communications, **fields)

    with committed():
        publish(page, communications)

    assert mail.outbox == []
    submission.refresh_from_db()
    assert submission.published_notice_sent_at is None


def test_publishing_again_sends_nothing_more(committed, communications, story_index):
    _submission, page = approved(communications)
    with committed():
        publish(page, communications)

    with committed():
        page.title = "A better title"
        publish(page, communications)

    assert len(mail.outbox) == 1


def test_a_second_run_of_the_task_sends_nothing(committed, communications, story_index):
    """Two workers running the task for the same page: the claim lets one of them send."""
    _submission, page = approved(communications)
    publish(page, communications)  # its callbacks are never run: no commit in a test transaction

    assert tasks.tell_storytellers_published.call(page.pk) == 1
    assert tasks.tell_storytellers_published.call(page.pk) == 0
    assert len(mail.outbox) == 1


def test_a_story_staff_wrote_without_a_submission_sends_nothing(committed, story_index):
    StorySubmissionFactory()  # someone else's submission, not approved

    with committed():
        make_story(story_index, title="Written by the office")

    assert mail.outbox == []


def test_the_message_waits_for_the_commit(django_capture_on_commit_callbacks, communications, story_index):
    submission, page = approved(communications)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        publish(page, communications)

    assert mail.outbox == []
    submission.refresh_from_db()
    assert submission.published_notice_sent_at is None
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1


def test_a_failing_mail_server_is_logged_and_the_page_stays_published(
    committed, communications, story_index, settings, caplog
):
    settings.EMAIL_BACKEND = "tests.engagement.stories.test_published_notice.BrokenMailBackend"
    _submission, page = approved(communications)

    with caplog.at_level(logging.ERROR, logger="engagement.stories.tasks"), committed():
        published = publish(page, communications)

    assert published.live
    assert "Could not tell story submission" in caplog.text


def test_the_privacy_export_says_when_the_storyteller_was_told(committed, communications, story_index):
    person = UserFactory()
    submission, page = approved(communications, submitted_by=person)
    with committed():
        publish(page, communications)

    [exported] = export_story_submissions(person)

    assert exported["published_notice_sent"] == StorySubmission.objects.get(pk=submission.pk).published_notice_sent_at
    assert exported["published_notice_sent"] is not None


class BrokenMailBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("The mail server is down")
