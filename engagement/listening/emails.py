"""Listening sessions' e-mails, each in the registrant's language, with the session's .ics attached.

Every message is a pair of templates under ``engagement/listening/emails/``: ``<name>_subject.txt``
and ``<name>_body.txt``, rendered with the registrant's language active, so ``{% translate %}`` and
links follow it. A confirmed place also gets an HTML part showing the check-in code and its QR code
(``segno``), which opens the check-in page at the door. Called from ``engagement.listening.tasks``
after the change they report was committed; a failure is logged there, never raised.
"""

import io
from email.mime.image import MIMEImage

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

import segno

from engagement.listening.calendar import ics_filename, registration_calendar
from home.emails import render_message, site_url, supported_language

TEMPLATE_DIR = "engagement/listening/emails"
QR_CONTENT_ID = "checkin-qr"


def language_of(registration):
    return supported_language(registration.language)


def manage_url(registration):
    return site_url() + reverse("listening:manage", args=[registration.manage_token])


def checkin_url(registration):
    """What the QR code holds: the check-in page, opened on this person (for Organizers only)."""
    path = reverse("listening:checkin", args=[registration.session_id])
    return f"{site_url()}{path}?code={registration.checkin_code}"


def qr_png(registration):
    buffer = io.BytesIO()
    segno.make(checkin_url(registration), error="m").save(buffer, kind="png", scale=6, border=2)
    return buffer.getvalue()


def send(registration, name, *, attach_calendar=True, context=None):
    """Send the ``name`` message to the registrant; nobody to write to is not an error."""
    if not registration.email:
        return False
    with translation.override(language_of(registration)):
        session = registration.session_in_language()
        context = {
            **(context or {}),
            "registration": registration,
            "session": session,
            "manage_url": manage_url(registration),
            "session_url": session.get_full_url() or site_url() + session.url,
            "site_url": site_url(),
            "show_checkin": registration.is_confirmed,
        }
        subject, body = render_message(TEMPLATE_DIR, name, context)
        html = None
        if registration.is_confirmed and attach_calendar:
            html = render_to_string(
                f"{TEMPLATE_DIR}/html_body.html", {**context, "text": body, "qr_cid": QR_CONTENT_ID}
            )
        message = EmailMultiAlternatives(subject, body, None, [registration.email])
        if html is not None:
            message.attach_alternative(html, "text/html")
            image = MIMEImage(qr_png(registration), "png")
            image.add_header("Content-ID", f"<{QR_CONTENT_ID}>")
            image.add_header("Content-Disposition", "inline", filename="check-in.png")
            message.attach(image)
        if attach_calendar and not registration.is_cancelled:
            message.attach(ics_filename(session), registration_calendar(registration), "text/calendar")
    message.send()
    return True


def registration_received(registration):
    send(registration, "confirmed" if registration.is_confirmed else "waitlisted")


def promoted(registration):
    send(registration, "promoted")


def reminder(registration):
    send(registration, "reminder")


def summary_published(registration):
    send(registration, "summary", attach_calendar=False)
