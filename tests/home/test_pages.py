"""The public pages: home, news with topics and RSS, search, sitemap, robots.txt, health check."""

import xml.etree.ElementTree as ET

import pytest

from home.models import NewsPage
from tests.factories import NewsIndexPageFactory, NewsPageFactory, NewsTopicFactory, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


def test_home_page_shows_the_latest_three_news_items(client, news_index):
    for number in range(5):
        NewsPageFactory(parent=news_index, title=f"Story {number}")
    html = client.get("/en/").content.decode()
    assert "Latest news" in html
    assert html.count('class="card"') == 3


def test_news_index_lists_newest_first_and_pages_by_twelve(client, news_index):
    items = [NewsPageFactory(parent=news_index) for _ in range(14)]
    first_page = client.get("/en/news/").content.decode()
    assert first_page.index(items[-1].title) < first_page.index(items[-2].title)
    assert first_page.count('class="card"') == 12
    second_page = client.get("/en/news/?page=2").content.decode()
    assert second_page.count('class="card"') == 2


def test_news_index_filters_by_topic(client, news_index):
    topic = NewsTopicFactory(name="Bargaining", slug="bargaining")
    filed = NewsPageFactory(parent=news_index, title="Table talk")
    filed.topics.add(topic)
    filed.save_revision().publish()
    NewsPageFactory(parent=news_index, title="Garden day")
    html = client.get("/en/news/?topic=bargaining").content.decode()
    assert "Table talk" in html
    assert "Garden day" not in html


def test_unknown_topic_or_page_number_is_not_an_error(client, news_index):
    NewsPageFactory(parent=news_index)
    assert client.get("/en/news/?topic=nope").status_code == 200
    assert client.get("/en/news/?page=abc").status_code == 200
    assert client.get("/en/news/?page=99999").status_code == 200


def test_news_page_shows_date_author_and_topics(client, news_index):
    topic = NewsTopicFactory(name="School funding", slug="school-funding")
    item = NewsPageFactory(parent=news_index, title="Budget hearing", author="Dana Lee")
    item.topics.add(topic)
    item.save_revision().publish()
    html = client.get(item.url).content.decode()
    assert "Budget hearing" in html
    assert "by Dana Lee" in html
    assert "?topic=school-funding" in html


def test_rss_feed_lists_the_news_of_its_language(client, news_index):
    NewsPageFactory(parent=news_index, title="English story")
    translate_page(news_index.get_parent(), "es", title="Inicio")
    spanish_index = translate_page(news_index, "es", title="Noticias")
    NewsPageFactory(parent=spanish_index, title="Historia en español")
    response = client.get("/es/news/feed/")
    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "es"
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == ["Historia en español"]


def test_search_finds_pages_in_the_current_language_only(client, news_index):
    NewsPageFactory(parent=news_index, title="Smaller classes for every grade")
    translate_page(news_index.get_parent(), "es", title="Inicio")
    spanish_index = translate_page(news_index, "es", title="Noticias")
    NewsPageFactory(parent=spanish_index, title="Clases más pequeñas")
    english = client.get("/en/search/?q=classes").content.decode()
    assert "Smaller classes for every grade" in english
    assert "Clases más pequeñas" not in english
    spanish = client.get("/es/search/?q=clases").content.decode()
    assert "Clases más pequeñas" in spanish


def test_sitemap_lists_every_language_with_alternates(client, news_index):
    item = NewsPageFactory(parent=news_index, title="Story")
    translate_page(news_index.get_parent(), "ar", title="الرئيسية")
    translate_page(news_index, "ar", title="الأخبار")
    translate_page(item, "ar", title="خبر")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    namespaces = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.fromstring(response.content)
    locations = [url.findtext("s:loc", namespaces=namespaces) for url in root.findall("s:url", namespaces)]
    assert "http://testserver/en/news/" in locations
    assert "http://testserver/ar/news/" in locations
    story_location = f"http://testserver/en/news/{item.slug}/"
    urls = root.findall("s:url", namespaces)
    english_story = next(url for url in urls if url.findtext("s:loc", namespaces=namespaces) == story_location)
    alternates = {link.get("hreflang") for link in english_story.findall("x:link", namespaces)}
    assert alternates == {"en", "ar"}


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_health_check_reports_the_database(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_draft_news_is_not_shown(client, news_index):
    draft = NewsPageFactory(parent=news_index, title="Secret draft", live=False)
    assert not NewsPage.objects.get(pk=draft.pk).live
    assert "Secret draft" not in client.get("/en/news/").content.decode()
    assert client.get("/en/news/" + draft.slug + "/").status_code == 404
