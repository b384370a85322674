"""The index (upcoming, past, filters, query counts), the .ics files, the summary on the page and as a PDF."""

import datetime
import io

from django.core import mail
from django.utils import timezone

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from engagement.listening import services
from engagement.models import Theme
from engagement.models.listening import SessionTheme
from tests.engagement.listening.factories import make_session, person_fields, translate_session

pytestmark = pytest.mark.django_db


def _past(index, **fields):
    start = timezone.now() - datetime.timedelta(days=10)
    return make_session(index, starts_at=start, ends_at=start + datetime.timedelta(hours=2), **fields)


def test_the_index_lists_upcoming_and_past_sessions(client, index, session):
    past = _past(index, title="Last month's session")
    response = client.get(index.url)
    assert response.context["upcoming_sessions"] == [session]
    assert response.context["past_sessions"] == [past]


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"language": "vi"}, ["Vietnamese night"]),
        ({"neighbourhood": "Hillside"}, ["Hillside online"]),
        ({"format": "online"}, ["Hillside online"]),
        ({"language": "not-a-language", "format": "<script>"}, ["Hillside online", "Vietnamese night"]),
    ],
)
def test_the_index_filters(client, index, query, expected):
    make_session(index, title="Vietnamese night", interpretation_languages=["vi"], session_format="in_person")
    make_session(
        index,
        title="Hillside online",
        interpretation_languages=["es"],
        session_format="online",
        neighbourhood="Hillside",
    )
    response = client.get(index.url, query)
    assert response.status_code == 200
    assert sorted(page.title for page in response.context["upcoming_sessions"]) == expected


def test_the_index_costs_the_same_queries_at_two_sizes(client, index, django_assert_max_num_queries):
    make_session(index)
    client.get(index.url)  # warm the site and locale caches
    with django_assert_max_num_queries(20) as small:
        client.get(index.url)
    for _ in range(8):
        make_session(index)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(index.url)


def test_the_session_page_costs_the_same_queries_with_more_people(client, session, django_assert_max_num_queries):
    services.register(session, person_fields(email="one@example.org"))
    client.get(session.url)
    with django_assert_max_num_queries(40) as small:
        client.get(session.url)
    for n in range(10):
        services.register(session, person_fields(email=f"p{n}@example.org"))
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(session.url)


def test_the_calendar_feed_holds_every_session(client, index, session):
    past = _past(index)
    translate_session(session, "es")
    response = client.get("/en/listening/calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    # The English feed: each session once (its Spanish version is in the Spanish feed).
    assert sorted(str(event["summary"]) for event in calendar.walk("VEVENT")) == sorted([session.title, past.title])
    spanish = Calendar.from_ical(client.get("/es/listening/calendar.ics").content)
    assert [str(event["summary"]) for event in spanish.walk("VEVENT")] == [f"{session.title} (es)"]
    assert session.online_link not in response.content.decode()


def test_each_session_has_its_own_ics(client, session):
    response = client.get(f"/en/listening/sessions/{session.pk}.ics")
    [event] = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["summary"]) == session.title
    assert str(event["uid"]).startswith(str(session.translation_key))
    assert session.online_link not in response.content.decode()


def test_a_draft_session_has_no_ics(client, session):
    session.unpublish()
    assert client.get(f"/en/listening/sessions/{session.pk}.ics").status_code == 404


# The summary


@pytest.fixture
def summarised(index, committed):
    session = _past(index, title="What Riverside families said", summary="<p>Families asked for smaller classes.</p>")
    theme, _created = Theme.objects.get_or_create(
        slug="class-size", locale=session.locale, defaults={"name": "Class size"}
    )
    SessionTheme.objects.create(
        page=session, theme=theme, mentions=12, quote="My son's class has 34 children.", locale=session.locale
    )
    came = services.register(
        session,
        person_fields(email="came@example.org", language="pt"),
        now=session.starts_at - datetime.timedelta(days=3),
    )
    services.register(
        session,
        person_fields(email="nocontact@example.org", consent_to_contact=False),
        now=session.starts_at - datetime.timedelta(days=3),
    )
    services.register(
        session, person_fields(email="stayedhome@example.org"), now=session.starts_at - datetime.timedelta(days=3)
    )
    for registration in session.registrations.exclude(email="stayedhome@example.org"):
        services.check_in(registration, now=session.starts_at)
    mail.outbox.clear()
    return session, came


def test_the_summary_is_hidden_until_published(client, summarised):
    session, _came = summarised
    assert "smaller classes" not in client.get(session.url).content.decode()
    assert client.get(session.url + "summary/pdf/").status_code == 404


def test_publishing_the_summary_shows_it_and_tells_who_came_once(client, summarised, committed):
    session, came = summarised
    session.summary_published = True
    with committed():
        session.save_revision().publish()
    content = client.get(session.url).content.decode()
    assert "smaller classes" in content and "34 children" in content
    assert [message.to for message in mail.outbox] == [["came@example.org"]]
    with committed():
        session.save_revision().publish()
    assert len(mail.outbox) == 1


def test_the_summary_pdf_reads_back_as_text(client, summarised, committed):
    session, _came = summarised
    session.summary_published = True
    with committed():
        session.save_revision().publish()
    response = client.get(session.url + "summary/pdf/")
    assert response.status_code == 200
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(b"".join(response.streaming_content))).pages)
    assert "smaller classes" in text
    assert "Class size" in text
