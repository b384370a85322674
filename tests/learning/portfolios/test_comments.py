"""Colleagues comment on what is shared with them; the owner hides a comment (or shows it again)."""

import uuid

from django.urls import reverse

import pytest

from learning.models.portfolios import PortfolioComment, Visibility
from tests.learning.portfolios.factories import CollectionFactory, CommentFactory, EntryFactory, shared_by_link

pytestmark = pytest.mark.django_db


def _comment(client, entry, body="Lovely idea", token=None):
    return client.post(
        reverse("portfolios:entry_comment", args=[entry.pk]), {"body": body, "form_token": token or uuid.uuid4()}
    )


def test_a_colleague_comments_on_a_shared_entry(client, owner, colleague):
    entry = EntryFactory(owner=owner, visibility=Visibility.COLLEAGUES)
    client.force_login(colleague)
    response = _comment(client, entry)
    assert response.status_code == 302 and response["Location"].endswith("#comments")
    assert PortfolioComment.objects.get().author == colleague
    assert "Lovely idea" in client.get(reverse("portfolios:entry", args=[entry.pk])).content.decode()


def test_a_double_click_posts_one_comment(client, owner, colleague):
    entry = EntryFactory(owner=owner, visibility=Visibility.PUBLIC)
    client.force_login(colleague)
    token = uuid.uuid4()
    _comment(client, entry, token=token)
    _comment(client, entry, token=token)
    assert PortfolioComment.objects.count() == 1


def test_a_collection_takes_comments_too(client, owner, colleague):
    collection = CollectionFactory(owner=owner, visibility=Visibility.PUBLIC)
    client.force_login(colleague)
    response = client.post(
        reverse("portfolios:collection_comment", args=[collection.pk]), {"body": "A story", "form_token": uuid.uuid4()}
    )
    assert response.status_code == 302
    assert PortfolioComment.objects.get().collection == collection


@pytest.mark.parametrize("visibility", [Visibility.PRIVATE, Visibility.LINK])
def test_nobody_comments_on_what_they_cannot_open(client, owner, colleague, visibility):
    entry = EntryFactory(owner=owner, visibility=visibility)
    if visibility == Visibility.LINK:
        shared_by_link(entry)
    client.force_login(colleague)
    assert _comment(client, entry).status_code == 404
    assert not PortfolioComment.objects.exists()


def test_visitors_cannot_comment_and_do_not_see_comments(client, owner, colleague):
    entry = EntryFactory(owner=owner, visibility=Visibility.PUBLIC)
    CommentFactory(entry=entry, author=colleague, body="Seen by members only")
    response = _comment(client, entry)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert "Seen by members only" not in client.get(reverse("portfolios:entry", args=[entry.pk])).content.decode()


def test_a_secret_link_shows_no_comments(client, owner, colleague):
    entry = shared_by_link(EntryFactory(owner=owner))
    CommentFactory(entry=entry, author=colleague, body="Between colleagues")
    client.force_login(colleague)
    page = client.get(reverse("portfolios:link", args=[entry.share_token])).content.decode()
    assert "Between colleagues" not in page


def test_an_empty_or_huge_comment_gets_a_message(client, owner, colleague):
    entry = EntryFactory(owner=owner, visibility=Visibility.PUBLIC)
    client.force_login(colleague)
    for body in ["", "x" * 5000, "bell\x07"]:
        response = _comment(client, entry, body=body)
        assert response.status_code == 400
        assert response.context["comment_form"].errors["body"]
    assert not PortfolioComment.objects.exists()


def test_the_owner_hides_a_comment_and_shows_it_again(client, owner, colleague, staff):
    entry = EntryFactory(owner=owner, visibility=Visibility.COLLEAGUES)
    comment = CommentFactory(entry=entry, author=colleague, body="Off topic remark")
    url = reverse("portfolios:comment_visibility", args=[comment.pk])
    page = reverse("portfolios:entry", args=[entry.pk])

    client.force_login(owner)
    assert client.post(url, {"hidden": "1"}).status_code == 302
    comment.refresh_from_db()
    assert comment.hidden
    assert "Off topic remark" in client.get(page).content.decode()  # the owner still sees it, marked

    for person in (colleague, staff):
        client.force_login(person)
        assert "Off topic remark" not in client.get(page).content.decode()

    client.force_login(owner)
    client.post(url, {"hidden": "0"})
    comment.refresh_from_db()
    assert not comment.hidden


def test_only_the_owner_hides(client, owner, colleague, staff):
    entry = EntryFactory(owner=owner, visibility=Visibility.COLLEAGUES)
    comment = CommentFactory(entry=entry, author=colleague)
    for person in (colleague, staff):
        client.force_login(person)
        assert client.post(reverse("portfolios:comment_visibility", args=[comment.pk])).status_code == 404
    comment.refresh_from_db()
    assert not comment.hidden


def test_comments_are_shown_as_text(client, owner, colleague):
    entry = EntryFactory(owner=owner, visibility=Visibility.COLLEAGUES)
    CommentFactory(entry=entry, author=colleague, body="<script>alert(1)</script>")
    client.force_login(owner)
    page = client.get(reverse("portfolios:entry", args=[entry.pk])).content.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page
