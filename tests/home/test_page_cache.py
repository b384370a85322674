"""Anonymous visitors get cached pages; publishing clears them; personal responses never are."""

from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

import pytest

from home.page_cache import _is_shareable_response
from tests.factories import StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, title="About us", slug="about")


def test_second_anonymous_visit_is_served_from_the_cache(client, about):
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"
    assert client.get("/en/about/")["X-Page-Cache"] == "hit"


def test_publishing_a_change_clears_the_cache(client, about):
    client.get("/en/about/")
    about.title = "About the union"
    about.save_revision().publish()
    response = client.get("/en/about/")
    assert response["X-Page-Cache"] == "miss"
    assert "About the union" in response.content.decode()


def test_signed_in_people_never_get_the_cached_copy(client, about):
    client.get("/en/about/")
    client.force_login(UserFactory())
    response = client.get("/en/about/")
    assert "X-Page-Cache" not in response
    assert "My account" in response.content.decode()


def test_each_language_has_its_own_cached_copy(client, about):
    client.get("/en/about/")
    assert client.get("/es/about/")["X-Page-Cache"] == "miss"


def test_requests_with_a_query_string_are_not_cached(client, about):
    client.get("/en/about/?utm=1")
    assert "X-Page-Cache" not in client.get("/en/about/?utm=1")


def test_a_response_that_used_a_csrf_token_is_not_shared(about):
    request = RequestFactory().get("/en/about/")
    get_token(request)  # what {% csrf_token %} does in a form

    class Rendered:
        status_code = 200
        cookies = {}
        is_rendered = True

    assert not _is_shareable_response(request, Rendered())


def test_a_response_that_sets_a_cookie_is_not_shared(about):
    request = RequestFactory().get("/en/about/")

    class WithCookie:
        status_code = 200
        cookies = {"messages": "x"}
        is_rendered = True

    assert not _is_shareable_response(request, WithCookie())


def test_menus_follow_a_renamed_page_and_an_edited_menu(client, about):
    from home.models import NavigationItem, NavigationMenu

    menu = NavigationMenu.objects.create(name="Main", slug="main")
    NavigationItem.objects.create(menu=menu, link_page=about, sort_order=0)
    assert ">About us</a>" in client.get("/en/").content.decode()
    about.title = "Who we are"
    about.save_revision().publish()
    assert ">Who we are</a>" in client.get("/en/").content.decode()
    NavigationItem.objects.create(menu=menu, link_url="https://example.org/join", label="Join", sort_order=1)
    uncached_html = client.get("/en/?fresh=1").content.decode()
    assert '<a href="https://example.org/join">Join</a>' in uncached_html


def test_a_new_view_restriction_clears_the_cache(client, about):
    from wagtail.models import PageViewRestriction

    client.get("/en/about/")
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/en/about/")
    assert response.status_code == 302  # to the sign-in page, not the cached copy


def test_renaming_a_topic_clears_the_cache(client, home_page):
    from tests.factories import NewsIndexPageFactory, NewsPageFactory, NewsTopicFactory

    index = NewsIndexPageFactory(parent=home_page)
    topic = NewsTopicFactory(name="Bargaining", slug="bargaining")
    item = NewsPageFactory(parent=index)
    item.topics.add(topic)
    item.save_revision().publish()
    assert "Bargaining" in client.get(item.url).content.decode()
    topic.name = "At the table"
    topic.save()
    assert "At the table" in client.get(item.url).content.decode()


def test_public_listings_still_hide_restricted_sections(client, home_page):
    from wagtail.models import PageViewRestriction

    from home.models import NewsPage
    from tests.factories import NewsIndexPageFactory, NewsPageFactory

    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, title="Open to all")
    members_only = NewsPageFactory(parent=index, title="Members only")
    assert NewsPage.objects.public().count() == 2
    PageViewRestriction.objects.create(page=members_only, restriction_type=PageViewRestriction.LOGIN)
    assert list(NewsPage.objects.public().values_list("title", flat=True)) == ["Open to all"]
    assert "Members only" not in client.get("/en/news/").content.decode()
    PageViewRestriction.objects.all().delete()
    assert NewsPage.objects.public().count() == 2


@pytest.mark.parametrize(
    "cache_control, shareable",
    [("", True), ("public, max-age=0", True), ("max-age=0, no-cache, no-store, must-revalidate, private", False)],
)
def test_a_response_its_view_marked_private_is_not_shared(about, cache_control, shareable):
    request = RequestFactory().get("/en/about/")
    response = HttpResponse("page")
    if cache_control:
        response["Cache-Control"] = cache_control
    assert _is_shareable_response(request, response) is shareable
