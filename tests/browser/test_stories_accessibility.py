"""axe-core finds nothing serious or critical on the personal-stories pages, in every language:
the story index, a story, the story form (also with its errors shown) and "You said, we proposed"."""

from django.conf import settings

import pytest
from playwright.sync_api import expect

from engagement.stories import demo_text
from tests.engagement.stories.factories import (
    StoryIndexPageFactory,
    YouSaidPageFactory,
    make_story,
    make_theme,
    tag_survey_answers,
)
from tests.factories import make_multilingual_news_site, translate_page

pytestmark = pytest.mark.browser

LANGUAGES = [code for code, _name in settings.LANGUAGES]
STORY = demo_text.STORIES[0]


@pytest.fixture
def story_site(live_server, django_db_serialized_rollback):
    """The site in every language, with the story index, one story and the You-said page in each."""
    site = make_multilingual_news_site()
    name, description = demo_text.THEMES["class-size"]
    theme = make_theme("class-size", name["en"], {code: name[code] for code in LANGUAGES if code != "en"})
    tag_survey_answers(theme, 3)
    home = site["home"]["en"]
    index = StoryIndexPageFactory(parent=home, title=demo_text.INDEX_TITLE["en"], intro=demo_text.INDEX_INTRO["en"])
    story = make_story(
        index,
        [theme],
        title=STORY["title"]["en"],
        slug=STORY["slug"],
        summary=STORY["summary"]["en"],
        story=STORY["story"].html("en"),
    )
    you_said = YouSaidPageFactory(
        parent=home, title=demo_text.YOU_SAID_TITLE["en"], intro=demo_text.YOU_SAID_INTRO["en"]
    )
    pages = {"index": {"en": index}, "story": {"en": story}, "you_said": {"en": you_said}}
    for code in LANGUAGES:
        if code == "en":
            continue
        pages["index"][code] = translate_page(index, code, title=demo_text.INDEX_TITLE[code])
        pages["story"][code] = translate_page(
            story,
            code,
            title=STORY["title"][code],
            summary=STORY["summary"][code],
            story=STORY["story"].html(code),
        )
        pages["you_said"][code] = translate_page(you_said, code, title=demo_text.YOU_SAID_TITLE[code])
    return pages


def test_story_pages_have_no_serious_violations_in_any_language(
    page, story_site, assert_no_serious_violations, subtests
):
    for language in LANGUAGES:
        for kind in ("index", "story", "you_said"):
            story_page = story_site[kind][language]
            with subtests.test(language=language, page=kind):
                page.goto(story_page.url)
                expect(page.get_by_role("heading", level=1)).to_have_text(story_page.title)
                assert_no_serious_violations(page)


def test_the_story_form_has_no_serious_violations_in_any_language(
    page, story_site, assert_no_serious_violations, ui_text, subtests
):
    for language in LANGUAGES:
        with subtests.test(language=language):
            page.goto(f"/{language}/stories/tell/")
            expect(page.get_by_role("heading", level=1)).to_have_text(ui_text(language, "Tell your story"))
            assert_no_serious_violations(page)
            # Sent empty: the error summary and the fields' errors are checked too.
            page.get_by_role("button", name=ui_text(language, "Send my story")).click()
            expect(page.locator("#form-errors")).to_be_visible()
            assert_no_serious_violations(page)


def test_a_theme_page_has_no_serious_violations(page, story_site, assert_no_serious_violations, subtests):
    for language in ("en", "ar"):
        with subtests.test(language=language):
            page.goto(f"/{language}/stories/themes/class-size/")
            assert_no_serious_violations(page)
