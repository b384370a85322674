"""Story listing by theme, a theme's page, and "You said, we proposed" in two languages, at a fixed
number of queries whatever the number of themes, stories and proposals."""

import datetime

from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext

import pytest

from engagement.models.listening import ListeningSessionIndexPage
from engagement.models.stories import StoryIndexPage
from engagement.models.themes import Theme
from proposals.models import ProposalIndexPage
from tests.engagement.listening.factories import ListeningSessionIndexPageFactory
from tests.engagement.stories.factories import (
    YouSaidPageFactory,
    add_listening_theme,
    build_you_said_world,
    link_theme,
    make_story,
    make_theme,
    tag_survey_answers,
)
from tests.factories import translate_page
from tests.proposals.factories import (
    BargainingIndexPageFactory,
    BargainingSessionPageFactory,
    ProposalIndexPageFactory,
    make_proposal,
)


@pytest.mark.django_db
def test_the_story_index_lists_published_stories_filtered_by_theme(client, story_index, class_size, nurses):
    make_story(story_index, [class_size], title="Thirty-four in a class")
    make_story(story_index, [nurses], title="No nurse on Tuesdays")
    draft = make_story(story_index, [class_size], title="Not yet published")
    draft.unpublish()

    everything = client.get(story_index.url).content.decode()
    filtered = client.get(story_index.url + "?theme=class-size").content.decode()

    assert "Thirty-four in a class" in everything and "No nurse on Tuesdays" in everything
    assert "Not yet published" not in everything
    assert "Thirty-four in a class" in filtered and "No nurse on Tuesdays" not in filtered


@pytest.mark.django_db
def test_odd_filters_and_pages_never_give_a_500(client, story_index, class_size):
    make_story(story_index, [class_size])

    odd_queries = (
        "?theme=" + "x" * 5000,
        "?theme=%00",
        "?page=abc",
        "?page=-1",
        "?page=99999",
        "?theme=class-size&page=2",
    )
    for query in odd_queries:
        assert client.get(story_index.url + query).status_code == 200, query


@pytest.mark.django_db
def test_a_translated_story_index_shows_theme_names_in_its_language(client, story_index, class_size):
    spanish_index = translate_page(story_index, "es", title="Historias")
    make_story(spanish_index, [class_size], title="Treinta y cuatro en una clase")

    content = client.get(spanish_index.url).content.decode()

    assert "Treinta y cuatro en una clase" in content
    assert "Tamaño de las clases" in content


@pytest.mark.django_db
def test_a_story_page_links_to_its_themes(client, story_index, class_size):
    story = make_story(story_index, [class_size], storyteller="")

    content = client.get(story.url).content.decode()

    assert 'href="/en/stories/themes/class-size/"' in content
    assert "Anonymous" in content


@pytest.mark.django_db
def test_the_theme_page_shows_what_people_said_and_the_proposals_that_answer_it(
    client, home_page, story_index, class_size
):
    make_story(story_index, [class_size], title="Thirty-four in a class")
    tag_survey_answers(class_size, 3)
    proposal = make_proposal(
        ProposalIndexPageFactory(parent=home_page),
        title="Smaller classes",
        steps=(("drafted", datetime.date(2026, 8, 1)), ("tabled", datetime.date(2026, 9, 1))),
    )
    link_theme(proposal, class_size)
    sessions = BargainingIndexPageFactory(parent=home_page)
    for title, day in (("Opening session", 1), ("Second session", 15)):
        session = BargainingSessionPageFactory(
            parent=sessions, title=title, date=datetime.datetime(2026, 10, day, 17, tzinfo=datetime.UTC)
        )
        session.proposals_discussed = [proposal]
        session.save_revision().publish()

    response = client.get("/en/stories/themes/class-size/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Thirty-four in a class" in content
    assert "3 survey answers" in content
    assert "Smaller classes" in content and "Tabled" in content
    assert "Second session" in content and "Opening session" not in content


@pytest.mark.django_db
def test_the_theme_page_is_in_the_visitor_language(client, home_page, class_size):
    response = client.get("/es/stories/themes/class-size/")

    assert response.status_code == 200
    assert "Tamaño de las clases" in response.content.decode()


@pytest.mark.django_db
def test_an_unknown_theme_is_a_404(client, home_page):
    assert client.get("/en/stories/themes/no-such-theme/").status_code == 404
    assert client.get("/en/stories/themes/" + "é" * 300 + "/").status_code == 404
    assert client.get("/en/stories/themes/class%00size/").status_code == 404


@pytest.mark.django_db
def test_the_you_said_page_in_two_languages(client, home_page):
    english, spanish = build_you_said_world(home_page, 2)

    english_content = client.get(english.url).content.decode()
    spanish_content = client.get(spanish.url).content.decode()

    for content in (english_content, spanish_content):
        assert "Proposal 0" in content and "Proposal 1" in content
        assert "Session 1" in content
    assert "Theme 1" in english_content
    assert "Tema 1" in spanish_content
    with translation.override("es"):
        assert gettext("We proposed") in spanish_content
        assert gettext("Tabled") in spanish_content


@pytest.mark.django_db
def test_listening_session_mentions_and_quotes_are_shown(client, home_page, class_size):
    listening = ListeningSessionIndexPageFactory(parent=home_page)
    add_listening_theme(listening, class_size, 12, "Thirty kids and one teacher.", title="Riverside evening")
    add_listening_theme(listening, class_size, 4, "My daughter never gets help.")
    you_said = YouSaidPageFactory(parent=home_page)

    theme_page = client.get("/en/stories/themes/class-size/").content.decode()
    overview = client.get(you_said.url).content.decode()

    assert "16 mentions at listening sessions" in theme_page
    assert "Thirty kids and one teacher." in theme_page and "My daughter never gets help." in theme_page
    assert "Riverside evening" in theme_page
    # The overview shows the quote of the session that heard it most.
    assert "Thirty kids and one teacher." in overview and "My daughter never gets help." not in overview


def query_count(client, url, django_assert_max_num_queries, limit):
    cache.clear()  # the page cache would answer without a query
    with django_assert_max_num_queries(limit) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.django_db
@pytest.mark.parametrize("size", [2, 8])
def test_the_you_said_page_costs_a_fixed_number_of_queries(client, home_page, size, django_assert_max_num_queries):
    english, spanish = build_you_said_world(home_page, size)

    for page in (english, spanish):
        query_count(client, page.url, django_assert_max_num_queries, 40)


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_content(client, home_page, django_assert_max_num_queries):
    """The same count with two themes and with eight, on every page of this feature."""
    english, _spanish = build_you_said_world(home_page, 2)
    index = StoryIndexPage.objects.get()
    urls = [english.url, index.url, index.url + "?theme=theme-0", "/en/stories/themes/theme-0/"]
    small = {url: query_count(client, url, django_assert_max_num_queries, 40) for url in urls}

    first_theme = Theme.objects.get(slug="theme-0", locale__language_code="en")
    for number in range(2, 8):
        theme = make_theme(f"more-{number}", f"More {number}")
        for story_number in range(3):
            make_story(index, [theme], title=f"More story {number}.{story_number}")
        make_story(index, [theme, first_theme])
        tag_survey_answers(theme, 2)
        add_listening_theme(ListeningSessionIndexPage.objects.get(), theme, 3, f"More quote {number}")
        proposal = make_proposal(ProposalIndexPage.objects.get(), title=f"More proposal {number}")
        link_theme(proposal, theme)

    for url in urls:
        assert query_count(client, url, django_assert_max_num_queries, 40) == small[url], url


@pytest.mark.django_db
def test_a_proposal_links_to_the_theme_behind_it_in_its_language(client, home_page, class_size):
    proposal = make_proposal(ProposalIndexPageFactory(parent=home_page), title="Smaller classes")
    spanish = translate_page(proposal, "es", title="Clases más pequeñas")
    # As wagtail-localize syncs it: the same input in Spanish, naming the same (English) theme.
    link_theme(proposal, class_size)
    link_theme(spanish, class_size, summary="Las familias lo pidieron en cada sesión.")

    english_page = client.get(proposal.url).content.decode()
    spanish_page = client.get(spanish.url).content.decode()

    assert 'href="/en/stories/themes/class-size/"' in english_page and "Class size" in english_page
    assert 'href="/es/stories/themes/class-size/"' in spanish_page and "Tamaño de las clases" in spanish_page
