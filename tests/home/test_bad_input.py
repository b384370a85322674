"""Odd requests get a proper 400/404 page or results, never a 500 (invariant 4)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

# Hypothesis calls the test many times within one database transaction.
HYPOTHESIS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def news_index(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, title="Smaller classes")
    return index


@pytest.mark.parametrize("path", ["/xx/", "/klingon/about/", "/en-us/", "/es/does-not-exist/"])
def test_unknown_language_prefixes_and_paths_end_in_a_404_page(client, home_page, path):
    response = client.get(path, follow=True)
    assert response.status_code == 404
    html = response.content.decode()
    assert 'class="skip-link"' in html  # the site's own 404 page, in its layout
    assert "<h1>" in html


def test_404_page_uses_the_site_layout_and_language(client, home_page):
    response = client.get("/ar/does-not-exist/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'class="skip-link"' in html


@pytest.mark.parametrize("path", ["/en/%FF%FE/", "/en/%C0%AF/", "/es/news/%E2%28%A1/"])
def test_non_utf8_bytes_in_the_path_are_a_404_not_a_500(client, news_index, path):
    assert client.get(path).status_code in (400, 404)


def test_non_utf8_bytes_in_the_query_string_still_search(client, news_index):
    assert client.get("/en/search/?q=%FF%FEclasses").status_code == 200


def test_a_very_long_search_query_is_cut_not_refused(client, news_index):
    response = client.get("/en/search/", {"q": "classes " * 5000})
    assert response.status_code == 200
    assert len(response.context["query"]) <= 200


@HYPOTHESIS
@given(header=st.text(max_size=300))
def test_any_accept_language_header_redirects_to_a_supported_language(client, home_page, header):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header.encode("utf-8", "replace").decode("latin-1"))
    assert response.status_code == 302
    assert response["Location"] in {"/en/", "/es/", "/ht/", "/pt/", "/vi/", "/zh-hans/", "/ar/"}


@HYPOTHESIS
@given(query=st.text(max_size=400))
def test_search_answers_any_text(client, news_index, query):
    assert client.get("/en/search/", {"q": query}).status_code == 200


@HYPOTHESIS
@given(page=st.text(max_size=30), topic=st.text(max_size=120))
def test_news_index_answers_any_filter(client, news_index, page, topic):
    assert client.get("/en/news/", {"page": page, "topic": topic}).status_code == 200


@pytest.mark.parametrize("topic", ["\x00", "school\x00funding", "\x1b[0m"])
def test_a_topic_with_control_characters_is_an_unknown_topic_not_a_500(client, news_index, topic):
    # PostgreSQL refuses NUL in a string: Hypothesis found this one on a CI run.
    response = client.get("/en/news/", {"topic": topic})
    assert response.status_code == 200


def test_post_to_a_page_is_not_a_500(client, news_index):
    assert client.post("/en/news/", {"x": "y"}).status_code in (200, 403, 405)


def test_server_error_page_stands_alone_in_the_visitors_language(rf):
    from django.utils import translation

    from home.views import server_error

    with translation.override("ar"):
        response = server_error(rf.get("/ar/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "Something went wrong" not in html  # translated
