"""Listening sessions as calendar files (``icalendar``): one session, or a feed to subscribe to.

An event's UID is the session's translation key, so the same session subscribed to in two
languages is one event; times are written in UTC, which every calendar converts to its own zone.
The online link is never in a public file: only the registrant's own file (attached to their
e-mails and behind their private link) carries it.
"""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import Locale

from icalendar import Calendar, Event

from engagement.models.listening import ListeningSessionPage

# How far back the subscription feed reaches: recent past sessions stay on people's calendars.
FEED_PAST_DAYS = 90
PRODID = "-//Common Good//Listening sessions//EN"
CONTENT_TYPE = "text/calendar; charset=utf-8"


def _calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def _site_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def session_event(page, *, online_link="", request=None):
    event = Event()
    event.add("uid", f"{page.translation_key}@listening.commongood")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", page.starts_at)
    event.add("dtend", page.ends_at)
    event.add("summary", page.title)
    location = ", ".join(part for part in (page.place_name, page.address) if part)
    if location:
        event.add("location", location)
    url = page.get_full_url(request) or _site_url() + page.url
    event.add("url", url)
    description = [strip_tags(page.intro).strip(), url]
    if online_link:
        description.append(online_link)
    event.add("description", "\n\n".join(part for part in description if part))
    if page.last_published_at:
        event.add("last-modified", page.last_published_at)
    return event


def session_calendar(page, *, online_link="", request=None):
    """The bytes of a calendar holding one session."""
    calendar = _calendar(page.title)
    calendar.add("method", "PUBLISH")
    calendar.add_component(session_event(page, online_link=online_link, request=request))
    return calendar.to_ical()


def registration_calendar(registration):
    """The registrant's own file: their session in their language, with the online link."""
    page = registration.session_in_language()
    link = page.online_link if page.is_online and registration.is_confirmed else ""
    return session_calendar(page, online_link=link)


def ics_filename(page):
    return f"{slugify(page.slug) or 'session'}.ics"


def _response(body, filename, *, attachment=True):
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def session_response(page, request):
    return _response(session_calendar(page, request=request), ics_filename(page))


def feed_response(request):
    """Every live session in the visitor's language from ``FEED_PAST_DAYS`` ago on: a feed to subscribe to."""
    since = timezone.now() - datetime.timedelta(days=FEED_PAST_DAYS)
    calendar = _calendar(_("Listening sessions"))
    sessions = (
        ListeningSessionPage.objects.live()
        .public()
        .filter(locale=Locale.get_active(), ends_at__gte=since)
        .order_by("starts_at", "pk")
    )
    for page in sessions:
        calendar.add_component(session_event(page, request=request))
    # Inline: a calendar application subscribes to the address, it does not download a file.
    return _response(calendar.to_ical(), "listening-sessions.ics", attachment=False)
