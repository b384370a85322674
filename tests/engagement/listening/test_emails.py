"""E-mails in the registrant's language, with a valid .ics, a check-in code and its QR code; reminders."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.translation import gettext

import pytest
from icalendar import Calendar

from engagement.listening import services
from engagement.listening.tasks import send_session_reminders
from engagement.models.listening import ListeningRegistration
from tests.engagement.listening.factories import make_session, person_fields, translate_session

pytestmark = pytest.mark.django_db


def _calendar_of(message):
    attachments = [
        attachment
        for attachment in message.attachments
        if getattr(attachment, "mimetype", "") == "text/calendar"
        or (isinstance(attachment, tuple) and attachment[2] == "text/calendar")
    ]
    assert len(attachments) == 1
    content = attachments[0][1]
    return Calendar.from_ical(content)


def test_the_confirmation_is_in_the_registrants_language_with_a_valid_ics(session, committed):
    creole = translate_session(session, "ht", title="Sesyon koute")
    with committed():
        registration = services.register(session, person_fields(language="ht"))
    [message] = mail.outbox
    with translation.override("ht"):
        expected_greeting = gettext("Hello %(name)s,") % {"name": registration.name}
        assert gettext("You are registered: %(title)s") % {"title": creole.title} == message.subject
    assert expected_greeting in message.body
    assert registration.manage_token in message.body
    assert registration.checkin_code in message.body
    calendar = _calendar_of(message)
    [event] = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Sesyon koute"
    assert event.decoded("dtstart") == session.starts_at.replace(microsecond=0)
    assert session.online_link in str(event["description"])


def test_the_confirmation_shows_the_check_in_qr_code(session, committed):
    with committed():
        registration = services.register(session, person_fields())
    [message] = mail.outbox
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert "cid:checkin-qr" in html and registration.checkin_code in html
    images = [part for part in message.attachments if getattr(part, "get_content_type", lambda: "")() == "image/png"]
    assert len(images) == 1
    assert images[0].get_payload(decode=True).startswith(b"\x89PNG")


def test_the_waitlist_email_has_no_online_link_and_no_check_in(index, committed):
    session = make_session(index, capacity=0)
    with committed():
        registration = services.register(session, person_fields(language="es"))
    [message] = mail.outbox
    assert registration.is_waitlisted
    assert session.online_link not in message.body
    assert not message.alternatives
    with translation.override("es"):
        assert gettext("You are on the waitlist: %(title)s") % {"title": session.title} == message.subject


def test_a_failing_mail_server_never_loses_the_registration(session, committed, settings):
    settings.EMAIL_BACKEND = "tests.engagement.listening.test_emails.BrokenBackend"
    with committed():
        registration = services.register(session, person_fields())
    assert ListeningRegistration.objects.filter(pk=registration.pk).exists()


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")


# Reminders


def test_reminders_go_the_day_before_once_each_in_each_language(index):
    tomorrow = timezone.now() + datetime.timedelta(hours=20)
    soon = make_session(index, starts_at=tomorrow, ends_at=tomorrow + datetime.timedelta(hours=2))
    later = make_session(index)  # next week
    spanish = services.register(soon, person_fields(email="es@example.org", language="es"))
    services.register(soon, person_fields(email="vi@example.org", language="vi"))
    services.register(later, person_fields(email="later@example.org"))
    cancelled = services.register(soon, person_fields(email="gone@example.org"))
    services.cancel_registration(cancelled)
    mail.outbox.clear()

    assert send_session_reminders.call() == 2
    assert sorted(message.to[0] for message in mail.outbox) == ["es@example.org", "vi@example.org"]
    spanish_message = next(message for message in mail.outbox if message.to == ["es@example.org"])
    with translation.override("es"):
        assert gettext("Reminder: %(title)s") % {"title": soon.title} == spanish_message.subject
    spanish.refresh_from_db()
    assert spanish.reminded_at is not None

    mail.outbox.clear()
    assert send_session_reminders.call() == 0
    call_command("send_session_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mail.outbox == []
