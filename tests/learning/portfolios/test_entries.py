"""Writing entries: sanitised reflections, standards, links to an offering or a shared mentoring check-in."""

import uuid

from django.urls import reverse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engagement.models.mentoring import MentorshipStatus
from learning.models.portfolios import PortfolioEntry
from tests.engagement.mentoring.factories import (
    MentorProfileFactory,
    MentorRequestFactory,
    make_checkin,
    make_mentorship,
)
from tests.learning.portfolios.factories import EntryFactory

pytestmark = pytest.mark.django_db


def _post(client, **fields):
    data = {"title": "A lesson", "date": "2026-03-02", "language": "en", "form_token": uuid.uuid4(), **fields}
    return client.post(reverse("portfolios:entry_create"), data)


def test_a_reflection_keeps_formatting_and_loses_scripts(client, owner):
    client.force_login(owner)
    _post(
        client,
        reflection='<p onclick="x()">We <strong>tried</strong> it.</p><script>alert(1)</script>'
        '<a href="javascript:alert(1)">bad</a><a href="https://example.org">good</a><img src=x onerror=alert(1)>',
    )
    reflection = PortfolioEntry.objects.get().reflection
    assert "<strong>tried</strong>" in reflection
    assert "script" not in reflection and "onclick" not in reflection and "javascript" not in reflection
    assert "<img" not in reflection and "onerror" not in reflection
    assert 'href="https://example.org"' in reflection and "nofollow" in reflection


def test_plain_text_becomes_paragraphs(client, owner):
    client.force_login(owner)
    _post(client, reflection="First thought.\n\nSecond thought & more <3")
    reflection = PortfolioEntry.objects.get().reflection
    assert reflection == "<p>First thought.</p>\n\n<p>Second thought &amp; more &lt;3</p>"


def test_standards_are_stored_as_codes(client, owner):
    client.force_login(owner)
    _post(client, standards=["documented", "inquiry"], hours="2.5", subject="science")
    entry = PortfolioEntry.objects.get()
    assert entry.standards == ["inquiry", "documented"] and str(entry.hours) == "2.50"


@pytest.mark.parametrize(
    "fields",
    [
        {"title": ""},
        {"title": "x" * 300},
        {"date": "2026-02-30"},
        {"date": "1066-10-14"},
        {"hours": "-1"},
        {"hours": "99999"},
        {"hours": "NaN"},
        {"standards": ["not-a-standard"]},
        {"subject": "alchemy"},
        {"language": "klingon"},
        {"title": "bell\x07"},
        {"reflection": "x" * 30000},
        {"checkin": "999999"},
        {"offering": "999999"},
    ],
)
def test_bad_input_gets_a_message_and_keeps_what_was_typed(client, owner, fields):
    client.force_login(owner)
    response = _post(client, **{"reflection": "Kept", **fields})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not PortfolioEntry.objects.exists()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(max_size=300), reflection=st.text(max_size=500), hours=st.text(max_size=12))
def test_odd_input_never_fails(client, owner, title, reflection, hours):
    client.force_login(owner)
    response = _post(client, title=title, reflection=reflection, hours=hours)
    assert response.status_code in (200, 302)


def test_a_shared_checkin_of_my_mentorship_can_be_linked(client, owner):
    mentorship = make_mentorship(MentorProfileFactory(), MentorRequestFactory(mentee=owner))
    shared = make_checkin(mentorship, owner, topics="Seating plans", shared_to_portfolio=True)
    unshared = make_checkin(mentorship, owner, topics="Unshared talk")
    mentor_side = make_checkin(mentorship, mentorship.mentor.user, topics="Mentor's own")
    client.force_login(owner)
    page = client.get(reverse("portfolios:mine")).content.decode()
    assert f"?checkin={shared.pk}" in page and f"?checkin={unshared.pk}" not in page

    prefilled = client.get(reverse("portfolios:entry_create"), {"checkin": shared.pk}).context["form"]
    assert prefilled["reflection"].value() == "Seating plans"

    for checkin in (unshared, mentor_side):
        response = _post(client, checkin=checkin.pk)
        assert response.status_code == 200 and response.context["form"].errors["checkin"]
    assert _post(client, checkin=shared.pk).status_code == 302
    entry = PortfolioEntry.objects.get()
    assert entry.checkin == shared and entry.mentorship == mentorship


def test_someone_elses_checkin_cannot_be_linked(client, owner):
    other = make_mentorship(MentorProfileFactory(), MentorRequestFactory(), status=MentorshipStatus.ACTIVE)
    theirs = make_checkin(other, other.mentee, shared_to_portfolio=True)
    client.force_login(owner)
    assert (
        client.get(reverse("portfolios:entry_create"), {"checkin": theirs.pk}).context["form"]["checkin"].value()
        is None
    )
    assert _post(client, checkin=theirs.pk).status_code == 200


def test_an_unshared_checkin_disappears_from_the_entry(client, owner, colleague):
    mentorship = make_mentorship(MentorProfileFactory(), MentorRequestFactory(mentee=owner))
    checkin = make_checkin(mentorship, owner, shared_to_portfolio=True, minutes=50)
    entry = EntryFactory(owner=owner, checkin=checkin, visibility="colleagues")
    client.force_login(colleague)
    assert "50 minutes" in client.get(reverse("portfolios:entry", args=[entry.pk])).content.decode()
    checkin.shared_to_portfolio = False
    checkin.save()
    assert "50 minutes" not in client.get(reverse("portfolios:entry", args=[entry.pk])).content.decode()


def test_the_owner_edits_and_deletes(client, owner):
    entry = EntryFactory(owner=owner, title="Old")
    client.force_login(owner)
    response = client.post(
        reverse("portfolios:entry_edit", args=[entry.pk]), {"title": "New", "date": "2026-01-05", "language": "es"}
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.title == "New" and entry.language == "es"
    client.post(reverse("portfolios:entry_delete", args=[entry.pk]))
    assert not PortfolioEntry.objects.exists()
