"""The stories demo: eight stories in every language with their themes, the moderation queue, the
"You said, we proposed" page, and demo proposals linked to their themes in every language.

The command takes a while, so it runs once for the class; each test is rolled back on top of it.
"""

from collections import Counter

from django.test import TestCase

from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation

from engagement.models.stories import StoryPage, StorySubmission, YouSaidWeProposedPage
from engagement.models.themes import Theme
from engagement.stories import demo_text
from proposals.models import ProposalCommunityInput
from proposals.models.proposals import ProposalPage
from tests.demo import LANGUAGE_CODES, load_demo_content, row_counts


def counts():
    return row_counts([Page, Revision, Theme, StorySubmission, ProposalCommunityInput, StringTranslation])


class StoriesDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = load_demo_content()

    def test_eight_stories_live_in_every_language_with_their_themes(self):
        stories = StoryPage.objects.live().select_related("locale")

        by_language = Counter(story.locale.language_code for story in stories)
        self.assertEqual(by_language, dict.fromkeys(LANGUAGE_CODES, 8))
        spanish = StoryPage.objects.get(slug="thirty-four-in-one-room", locale__language_code="es")
        self.assertEqual(spanish.title, "Treinta y cuatro en un aula")
        self.assertEqual([theme.slug for theme in spanish.themes.all()], ["class-size"])

    def test_the_themes_are_translated_into_every_language(self):
        for slug in demo_text.THEMES:
            languages = set(Theme.objects.filter(slug=slug).values_list("locale__language_code", flat=True))
            self.assertEqual(languages, set(LANGUAGE_CODES), slug)
        self.assertEqual(Theme.objects.get(slug="class-size", locale__language_code="ar").name, "حجم الفصول")

    def test_stories_wait_in_the_moderation_queue(self):
        pending = StorySubmission.objects.filter(status=StorySubmission.Status.PENDING)

        self.assertEqual(pending.count(), len(demo_text.PENDING))
        self.assertEqual({submission.language for submission in pending}, {"es", "ht", "en"})

    def test_the_demo_proposals_name_their_themes_in_every_language(self):
        for proposal_slug, theme_slug in demo_text.PROPOSAL_THEMES.items():
            inputs = ProposalCommunityInput.objects.filter(
                page__slug=proposal_slug, page__live=True, theme__slug=theme_slug
            )
            self.assertEqual(
                set(inputs.values_list("page__locale__language_code", flat=True)), set(LANGUAGE_CODES), proposal_slug
            )
        vietnamese = ProposalCommunityInput.objects.get(
            page__slug="a-nurse-in-every-school", page__locale__language_code="vi", theme__isnull=False
        )
        self.assertEqual(vietnamese.summary, demo_text.THEME_HEARD["school-nurses"]["vi"])

    def test_amended_proposals_still_show_what_changed(self):
        from proposals.diff import contract_language_changes

        for language in ("en", "ar"):
            page = ProposalPage.objects.get(slug="smaller-classes-in-high-need-schools", locale__language_code=language)
            changes = contract_language_changes(page)
            self.assertIsNotNone(changes, language)
            self.assertTrue(changes.has_changes)

    def test_the_you_said_page_walks_from_themes_to_proposals_in_every_language(self):
        for page in YouSaidWeProposedPage.objects.live().select_related("locale"):
            response = self.client.get(page.url)
            self.assertEqual(response.status_code, 200)
            proposal = ProposalPage.objects.get(slug="special-education-caseloads", locale=page.locale)
            self.assertContains(response, proposal.title)
            theme = Theme.objects.get(slug="special-education", locale=page.locale)
            self.assertContains(response, theme.name)
        self.assertEqual(YouSaidWeProposedPage.objects.live().count(), len(LANGUAGE_CODES))

    def test_the_story_index_filters_by_theme_in_arabic(self):
        response = self.client.get("/ar/your-stories/?theme=safe-buildings")

        self.assertContains(response, "دلاء تحت السقف")
        self.assertContains(response, "حرّ لا يسمح بالتعلم")
        self.assertNotContains(response, "أربعة وثلاثون في غرفة واحدة")

    def test_none_of_these_texts_is_missing_a_translation(self):
        english = [name["en"][:60] for name, _description in demo_text.THEMES.values()]
        english += [story["title"]["en"][:60] for story in demo_text.STORIES]
        english += [text["en"][:60] for text in demo_text.THEME_HEARD.values()]
        missing = [line for line in self.output.splitlines() if " translation for " in line]
        self.assertEqual([line for line in missing if any(text in line for text in english)], [])

    def test_loading_again_creates_nothing(self):
        before = counts()

        load_demo_content()

        self.assertEqual(counts(), before)
