"""A page costs a fixed number of database queries, however much content it has (invariant 5)."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.factories import NewsIndexPageFactory, NewsPageFactory, NewsTopicFactory

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def add_news(index, count, topics):
    for _ in range(count):
        item = NewsPageFactory(parent=index)
        item.topics.add(*topics)
        item.save_revision().publish()


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


def test_home_page_costs_the_same_with_few_or_many_news_items(client, news_index):
    topics = [NewsTopicFactory(), NewsTopicFactory()]
    add_news(news_index, 3, topics)
    few = queries_for(client, "/en/")
    add_news(news_index, 47, topics)
    many = queries_for(client, "/en/")
    assert few == many


def test_news_index_with_fifty_items_costs_a_fixed_number_of_queries(client, news_index):
    topics = [NewsTopicFactory(), NewsTopicFactory()]
    add_news(news_index, 5, topics)
    five = queries_for(client, "/en/news/")
    add_news(news_index, 45, topics)
    fifty = queries_for(client, "/en/news/")
    assert five == fifty
    assert fifty <= 20


def test_cached_page_costs_no_query_at_all(client, news_index):
    add_news(news_index, 3, [])
    client.get("/en/news/")
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/en/news/")
    assert response["X-Page-Cache"] == "hit"
    assert len(captured) == 0
