"""Writing entries: sanitised reflections, standards, links to an offering or a shared mentoring check-in."""

import uuid

from django.urls import reverse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engagement.models.mentoring import MentorshipStatus
from learning.models.portfolios import PortfolioEntry
from learning.portfolios.text import clean_reflection
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


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        (
            "<div>One <b>bold</b> and <i>slanted</i> word.</div><div>Two</div>",
            "<p>One <strong>bold</strong> and <em>slanted</em> word.</p>\n\n<p>Two</p>",
        ),
        ("<div><div>Nested</div><p>blocks</p></div>", "<p>Nested</p>\n\n<p>blocks</p>"),
        ("<blockquote>Quoted<div>twice</div></blockquote>", "<blockquote><p>Quoted</p>\n<p>twice</p></blockquote>"),
        ("<ul><li><div>In a list</div></li></ul>", "<ul><li><p>In a list</p></li></ul>"),
    ],
)
def test_what_the_editor_writes_is_stored_as_the_tags_the_site_keeps(sent, stored):
    """Browsers' editing commands write <b>, <i> and <div>: stored as <strong>, <em> and paragraphs."""
    assert clean_reflection(sent) == stored


def test_empty_paragraphs_and_stray_line_breaks_are_dropped():
    sent = "<p><br></p><p>Kept<br></p><p>&nbsp;</p><ul><li>item</li><li><br></li></ul><ul><li></li></ul><p><b></b></p>"
    assert clean_reflection(sent) == "<p>Kept</p>\n\n<ul><li>item</li></ul>"


def test_loose_text_between_blocks_becomes_paragraphs():
    assert clean_reflection("First <b>line</b><p>middle</p>last<br><br>") == (
        "<p>First <strong>line</strong></p>\n\n<p>middle</p>\n\n<p>last</p>"
    )


def test_a_pasted_documents_wrapper_does_not_make_everything_bold():
    """Google Docs wraps what is copied in <b style="font-weight:normal">, around whole paragraphs."""
    sent = '<b style="font-weight:normal" id="docs-internal-guid-1"><p>One</p><p>Two</p></b>'
    assert clean_reflection(sent) == "<p>One</p>\n\n<p>Two</p>"


def test_a_link_whose_address_is_removed_keeps_only_its_words():
    assert clean_reflection('<p><a href="javascript:alert(1)">Read</a> <a href="https://example.org">this</a></p>') == (
        '<p>Read <a href="https://example.org" rel="noopener noreferrer nofollow ugc">this</a></p>'
    )


HTML_PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<b>",
        "</b>",
        "<i>",
        "<em>",
        "<ul>",
        "<li>",
        "</ul>",
        "<br>",
        "<blockquote>",
        '<a href="https://example.org/?a=1&b=2">',
        '<a href="javascript:x">',
        "</a>",
        "<script>",
        "</script>",
        "<span>",
        "&nbsp;",
        "&amp;",
        " ",
        "\n",
        "words",
        "<h3>",
        "<img src=x onerror=alert(1)>",
        '<p onclick="x()">',
    ]
)


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(HTML_PIECES | st.text(max_size=8), max_size=30))
def test_a_cleaned_reflection_is_safe_and_stays_the_same_when_cleaned_again(pieces):
    """Editing a saved entry sends its HTML back: cleaning it again must change nothing."""
    cleaned = clean_reflection("".join(pieces))
    assert clean_reflection(cleaned) == cleaned
    for unwanted in ("<div", "<b>", "<i>", "<span", "<script", "onclick", "onerror", "javascript:", "<p></p>"):
        assert unwanted not in cleaned


def test_the_entry_form_offers_the_editor_in_the_page_language(client, owner):
    client.force_login(owner)
    page = client.get(reverse("portfolios:entry_create")).content.decode()
    assert '<template data-reflection-editor="id_reflection">' in page
    assert 'role="toolbar"' in page and 'data-command="bold"' in page
    assert 'learning/js/reflection_editor.js" defer' in page


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
