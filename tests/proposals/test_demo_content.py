"""``manage.py load_demo_content``: the vision, platform, proposals, bargaining and agreement demo, in every language.

The command takes several seconds, so it runs once for the class (``setUpTestData``); each test runs
in a transaction of its own on top of that and is rolled back.
"""

import datetime
import re
from zoneinfo import ZoneInfo

from django.test import TestCase

from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import NavigationItem, NavigationMenu
from proposals.models import (
    AgreementPage,
    BargainingIndexPage,
    BargainingSessionPage,
    PlatformPage,
    PlatformPlank,
    ProposalIndexPage,
    ProposalPage,
    ProposalStatus,
    ProposalStatusChange,
    ProposalTopic,
    VisionPage,
)
from tests.demo import LANGUAGE_CODES, TRANSLATED_LANGUAGE_CODES, load_demo_content, row_counts

PLANK_SLUGS = [
    "students-at-the-center",
    "adequate-and-equitable-funding",
    "accountability-and-collaboration",
    "holistic-supports-and-restorative-justice",
    "elevating-the-profession",
]
# Published twice, a first and an amended contract language
AMENDED_PROPOSALS = ["smaller-classes-in-high-need-schools", "a-nurse-in-every-school"]


def content_counts():
    return row_counts(
        [
            Page,
            Revision,
            ProposalTopic,
            PlatformPlank,
            ProposalStatusChange,
            NavigationItem,
            TranslationSource,
            Translation,
            StringTranslation,
        ]
    )


class ProposalsDemoContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = load_demo_content()
        cls.english = Locale.objects.get(language_code="en")

    def get_live(self, model, code, **filters):
        return model.objects.live().filter(locale__language_code=code, **filters)

    def english_titles(self, model):
        return {page.translation_key: page.title for page in self.get_live(model, "en")}

    def assert_translated_titles(self, pages, english_titles):
        for page in pages:
            self.assertIn(page.translation_key, english_titles)
            self.assertNotEqual(page.title, english_titles[page.translation_key])

    def test_a_second_run_creates_nothing(self):
        before = content_counts()
        output = load_demo_content()
        self.assertEqual(content_counts(), before)
        self.assertIn("0 English pages and 0 snippets created, 0 strings translated, 0 translations saved", output)

    def test_every_language_has_the_vision_with_its_statements(self):
        english_titles = self.english_titles(VisionPage)
        for code in LANGUAGE_CODES:
            with self.subTest(code):
                vision = self.get_live(VisionPage, code, slug="vision").get()
                self.assertGreater(len(vision.intro), 50)
                statements = [block.value for block in vision.statements]
                self.assertTrue(6 <= len(statements) <= 8)
                self.assertTrue(all(value["statement"] and value["explanation"].source for value in statements))
                if code != "en":
                    self.assert_translated_titles([vision], english_titles)

    def test_every_language_has_the_platform_with_five_planks(self):
        english_planks = {plank.translation_key: plank for plank in PlatformPlank.objects.filter(locale=self.english)}
        for code in LANGUAGE_CODES:
            with self.subTest(code):
                platform = self.get_live(PlatformPage, code, slug="platform").get()
                planks = list(platform.planks.all())
                self.assertEqual([plank.slug for plank in planks], PLANK_SLUGS)
                for plank in planks:
                    self.assertTrue(3 <= len(plank.commitments) <= 5)
                    if code != "en":
                        self.assertNotEqual(plank.title, english_planks[plank.translation_key].title)
                        self.assertNotEqual(plank.summary, english_planks[plank.translation_key].summary)

    def test_every_language_has_twelve_proposals_covering_every_status(self):
        english_titles = self.english_titles(ProposalPage)
        for code in LANGUAGE_CODES:
            with self.subTest(code):
                index = self.get_live(ProposalIndexPage, code, slug="proposals").get()
                proposals = list(ProposalPage.objects.child_of(index).live())
                self.assertGreaterEqual(len(proposals), 12)
                self.assertEqual({proposal.status for proposal in proposals}, set(ProposalStatus.values))
                for proposal in proposals:
                    self.assertIsNotNone(proposal.topic)
                    self.assertIsNotNone(proposal.plank)
                    self.assertTrue(proposal.summary and proposal.why_it_matters and proposal.contract_language)
                if code != "en":
                    self.assert_translated_titles(proposals, english_titles)

    def test_timelines_are_dated_in_2026_and_end_with_the_status(self):
        for proposal in self.get_live(ProposalPage, "en"):
            with self.subTest(proposal.slug):
                steps = proposal.ordered_timeline()
                self.assertEqual(steps[0].status, ProposalStatus.DRAFTED)
                self.assertEqual(steps[-1].status, proposal.status)
                self.assertTrue(all(step.date.year == 2026 and step.note for step in steps))
                if proposal.status != ProposalStatus.DRAFTED:
                    self.assertTrue(proposal.district_response, "a proposal that reached the table has an answer")

    def test_translations_keep_the_synchronised_fields(self):
        """Status, dates, topic and plank are the English proposal's; only the notes are translated."""
        english = {page.translation_key: page for page in self.get_live(ProposalPage, "en")}
        for proposal in ProposalPage.objects.live().exclude(locale=self.english):
            with self.subTest(proposal.url):
                source = english[proposal.translation_key]
                self.assertEqual(proposal.status, source.status)
                self.assertEqual((proposal.topic_id, proposal.plank_id), (source.topic_id, source.plank_id))
                steps, source_steps = proposal.ordered_timeline(), source.ordered_timeline()
                self.assertEqual([s.date for s in steps], [s.date for s in source_steps])
                self.assertNotEqual([s.note for s in steps], [s.note for s in source_steps])

    def test_every_language_has_three_bargaining_sessions_in_the_autumn(self):
        english_titles = self.english_titles(BargainingSessionPage)
        new_york = ZoneInfo("America/New_York")
        for code in LANGUAGE_CODES:
            with self.subTest(code):
                index = self.get_live(BargainingIndexPage, code, slug="bargaining").get()
                sessions = list(BargainingSessionPage.objects.child_of(index).live())
                self.assertEqual(len(sessions), 3)
                for session in sessions:
                    local = session.date.astimezone(new_york)
                    self.assertEqual(local.year, 2026)
                    self.assertIn(local.month, (9, 10, 11))
                    self.assertGreater(session.next_date, session.date)
                    self.assertGreaterEqual(session.proposals_discussed.count(), 3)
                    sides = {block.value["side"] for block in session.attendees}
                    self.assertLessEqual({"union", "district"}, sides)
                if code != "en":
                    self.assert_translated_titles(sessions, english_titles)

    def test_every_language_has_the_agreement_with_numbered_articles(self):
        english_titles = self.english_titles(AgreementPage)
        for code in LANGUAGE_CODES:
            with self.subTest(code):
                agreement = self.get_live(AgreementPage, code, slug="agreement").get()
                self.assertEqual(
                    (agreement.effective_from, agreement.effective_until),
                    (datetime.date(2024, 7, 1), datetime.date(2027, 6, 30)),
                )
                articles = [block.value for block in agreement.articles]
                self.assertGreaterEqual(len(articles), 8)
                for article in articles:
                    numbers = [section["number"] for section in article["sections"]]
                    self.assertTrue(2 <= len(numbers) <= 3)
                    self.assertTrue(all(number.startswith(f"{article['number']}.") for number in numbers))
                if code != "en":
                    self.assert_translated_titles([agreement], english_titles)

    def test_proposal_topics_are_translated(self):
        english = {topic.translation_key: topic.name for topic in ProposalTopic.objects.filter(locale=self.english)}
        self.assertTrue(5 <= len(english) <= 6)
        for code in TRANSLATED_LANGUAGE_CODES:
            with self.subTest(code):
                topics = ProposalTopic.objects.filter(locale__language_code=code)
                self.assertEqual({topic.translation_key for topic in topics}, set(english))
                self.assertTrue(all(topic.name != english[topic.translation_key] for topic in topics))

    def test_every_page_and_topic_is_fully_translated_through_wagtail_localize(self):
        sources = TranslationSource.objects.filter(locale=self.english, specific_content_type__app_label="proposals")
        # 21 pages (vision, platform, the proposal index and 13 proposals, bargaining and 3 sessions,
        # the agreement) and 6 topics
        self.assertEqual(sources.count(), 27)
        for source in sources:
            for code in TRANSLATED_LANGUAGE_CODES:
                with self.subTest(source=source.object_repr, language=code):
                    translation = Translation.objects.get(source=source, target_locale__language_code=code)
                    total, translated = translation.get_progress()
                    self.assertGreater(total, 0)
                    self.assertEqual(translated, total)
        self.assertNotIn("No ", self.output)

    def test_every_page_renders_with_its_title_in_every_language(self):
        pages = Page.objects.live().filter(content_type__app_label="proposals").select_related("locale")
        self.assertEqual(pages.count(), 21 * len(LANGUAGE_CODES))
        for page in pages:
            with self.subTest(page.url):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                self.assertIn(f'<html lang="{page.locale.language_code}"', html)
                self.assertIn(f"<h1>{page.title}</h1>", html)

    def test_the_amended_proposals_show_what_changed_in_every_language(self):
        for slug in AMENDED_PROPOSALS:
            for code in LANGUAGE_CODES:
                with self.subTest(proposal=slug, language=code):
                    proposal = self.get_live(ProposalPage, code, slug=slug).get()
                    html = self.client.get(proposal.url).content.decode()
                    changes = re.search(r'<section class="changes".*?</section>', html, re.DOTALL)
                    self.assertIsNotNone(changes)
                    self.assertRegex(changes.group(), r"<(ins|del)><span class=\"visually-hidden\">")

    def test_the_arabic_nurse_proposal_shows_the_added_condition(self):
        proposal = self.get_live(ProposalPage, "ar", slug="a-nurse-in-every-school").get()
        html = self.client.get(proposal.url).content.decode()
        self.assertIn('<html lang="ar" dir="rtl">', html)
        self.assertIn("يضم 250 طالبًا أو أكثر</ins>", html)

    def test_the_english_class_size_proposal_shows_the_changed_limits(self):
        proposal = self.get_live(ProposalPage, "en", slug="smaller-classes-in-high-need-schools").get()
        html = self.client.get(proposal.url).content.decode()
        self.assertIn('<del><span class="visually-hidden">removed: </span>20</del>', html)
        self.assertIn('<ins><span class="visually-hidden">added: </span>22</ins>', html)

    def test_a_proposal_published_once_shows_no_changes(self):
        proposal = self.get_live(ProposalPage, "es", slug="restorative-practices").get()
        self.assertNotIn('class="changes"', self.client.get(proposal.url).content.decode())

    def test_a_proposal_and_its_sessions_link_to_each_other_in_the_same_language(self):
        proposal = self.get_live(ProposalPage, "es", slug="a-nurse-in-every-school").get()
        sessions = self.get_live(BargainingSessionPage, "es").filter(slug__in=["opening-session", "third-session"])
        proposal_html = self.client.get(proposal.url).content.decode()
        for session in sessions:
            self.assertIn(f'<a href="{session.url}">{session.title}</a>', proposal_html)
            session_html = self.client.get(session.url).content.decode()
            self.assertIn(f'<a href="{proposal.url}">{proposal.article_number}: {proposal.title}</a>', session_html)

    def test_the_platform_lists_the_proposals_of_each_plank_in_vietnamese(self):
        platform = self.get_live(PlatformPage, "vi", slug="platform").get()
        html = self.client.get(platform.url).content.decode()
        for proposal in self.get_live(ProposalPage, "vi"):
            self.assertIn(f'<a href="{proposal.url}">{proposal.article_number}: {proposal.title}</a>', html)

    def test_the_main_menu_leads_to_the_proposals_pages_in_every_language(self):
        for code in LANGUAGE_CODES:
            with self.subTest(code):
                menu = NavigationMenu.objects.get(slug="main", locale__language_code=code)
                items = NavigationItem.objects.filter(menu=menu).order_by("sort_order").select_related("link_page")
                slugs = [item.link_page.slug for item in items]
                self.assertEqual(slugs[:5], ["about", "vision", "platform", "proposals", "bargaining"])
                self.assertEqual({item.link_page.locale_id for item in items}, {menu.locale_id})
        html = self.client.get("/zh-hans/").content.decode()
        self.assertRegex(html, r'<a href="/zh-hans/proposals/"[^>]*>合同提案</a>')

    def test_the_proposal_index_filters_by_status_in_haitian_creole(self):
        index = self.get_live(ProposalIndexPage, "ht", slug="proposals").get()
        html = self.client.get(index.url, {"status": ProposalStatus.WITHDRAWN}).content.decode()
        self.assertEqual(len(re.findall(r'class="card__title"', html)), 1)
        self.assertIn("Reparasyon ak dat limit pou bilding ki an sante", html)
