"""``manage.py load_demo_content``: the demo site in every language, loaded through wagtail-localize.

The command takes several seconds, so it runs once for the class (``setUpTestData``); each test runs
in a transaction of its own on top of that and is rolled back.
"""

import re

from django.test import TestCase
from django.urls import reverse

from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from allauth.account.models import EmailAddress

from home.demo.menus import FeatureLinksDemoLoader
from home.models import (
    FooterContent,
    HomePage,
    NavigationItem,
    NavigationMenu,
    NewsIndexPage,
    NewsPage,
    NewsTopic,
    StandardPage,
    User,
)
from tests.demo import LANGUAGE_CODES, TRANSLATED_LANGUAGE_CODES, load_demo_content, row_counts

ADMIN_EMAIL = "admin@example.org"
DEMO_PASSWORD = "commongood-demo"


def content_counts():
    return row_counts(
        [
            Page,
            Revision,
            NewsTopic,
            NavigationMenu,
            NavigationItem,
            FooterContent,
            User,
            EmailAddress,
            TranslationSource,
            Translation,
            StringTranslation,
        ]
    )


class DemoContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = load_demo_content()
        cls.english = Locale.objects.get(language_code="en")

    def get_live(self, model, code, **filters):
        return model.objects.live().filter(locale__language_code=code, **filters)

    def test_a_second_run_creates_nothing(self):
        before = content_counts()
        output = load_demo_content()
        self.assertEqual(content_counts(), before)
        self.assertIn("0 English pages and 0 snippets created", output)

    def test_the_home_page_replaces_wagtails_welcome_page(self):
        site = Site.objects.get(is_default_site=True)
        self.assertEqual((site.hostname, site.port, site.site_name), ("localhost", 80, "Common Good"))
        self.assertIsInstance(site.root_page.specific, HomePage)
        self.assertEqual(site.root_page.locale, self.english)
        self.assertFalse(Page.objects.filter(depth=2, content_type__model="page").exists())

    def test_every_language_has_a_live_home_page(self):
        for code in LANGUAGE_CODES:
            with self.subTest(code):
                self.assertEqual(self.get_live(HomePage, code, depth=2).count(), 1)

    def test_every_language_has_live_news_with_translated_titles(self):
        english_titles = {page.translation_key: page.title for page in self.get_live(NewsPage, "en")}
        self.assertGreaterEqual(len(english_titles), 6)
        self.assertEqual(len({page.date for page in self.get_live(NewsPage, "en")}), len(english_titles))
        for code in TRANSLATED_LANGUAGE_CODES:
            with self.subTest(code):
                news_index = self.get_live(NewsIndexPage, code).get()
                news = NewsPage.objects.child_of(news_index).live()
                self.assertGreaterEqual(news.count(), 5)
                for page in news:
                    self.assertNotEqual(page.title, english_titles[page.translation_key])

    def test_every_page_and_snippet_is_fully_translated_through_wagtail_localize(self):
        # 10 pages, 4 topics, 2 menus, 1 footer (the proposals demo is checked in tests/proposals)
        sources = TranslationSource.objects.filter(locale=self.english, specific_content_type__app_label="home")
        self.assertEqual(sources.count(), 17)
        for source in sources:
            for code in TRANSLATED_LANGUAGE_CODES:
                with self.subTest(source=source.object_repr, language=code):
                    translation = Translation.objects.get(source=source, target_locale__language_code=code)
                    total, translated = translation.get_progress()
                    self.assertGreater(total, 0)
                    self.assertEqual(translated, total)
                    self.assertIsNotNone(source.get_translated_instance(translation.target_locale))
        self.assertNotIn("No ", self.output)

    def test_the_spanish_home_page_is_in_spanish(self):
        response = self.client.get("/es/")
        html = response.content.decode()
        self.assertEqual(response.status_code, 200)
        self.assertIn('<html lang="es" dir="ltr">', html)
        self.assertIn("Juntos por nuestras escuelas", html)
        self.assertNotIn("Together for our schools", html)

    def test_arabic_pages_read_right_to_left(self):
        html = self.client.get("/ar/news/").content.decode()
        self.assertIn('<html lang="ar" dir="rtl">', html)
        self.assertIn("الأخبار", html)

    def test_every_demo_page_renders_in_every_language(self):
        """The home app's pages; tests/proposals renders the proposals pages."""
        for page in Page.objects.live().filter(depth__gte=2, content_type__app_label="home").specific():
            with self.subTest(page.url):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                self.assertIn(f'<html lang="{page.locale.language_code}"', response.content.decode())

    def test_translated_menus_link_to_pages_in_their_own_language(self):
        # The main menu also leads to the vision, platform, proposals and bargaining pages; the footer
        # to every feature's front page too (home.demo.menus.FeatureLinksDemoLoader).
        for code in LANGUAGE_CODES:
            for slug, links in (("main", 7), ("footer", 3 + len(FeatureLinksDemoLoader.FOOTER_PAGE_TYPES))):
                with self.subTest(language=code, menu=slug):
                    menu = NavigationMenu.objects.get(slug=slug, locale__language_code=code)
                    items = NavigationItem.objects.filter(menu=menu).select_related("link_page__locale")
                    self.assertEqual(len(items), links)
                    self.assertEqual({item.link_page.locale.language_code for item in items}, {code})

    def test_the_spanish_header_and_footer_are_in_spanish(self):
        html = self.client.get("/es/about/").content.decode()
        self.assertRegex(html, r'<a href="/es/news/"[^>]*>Noticias</a>')
        self.assertIn("Sede del sindicato", html)

    def test_translated_news_is_filed_under_translated_topics(self):
        page = self.get_live(NewsPage, "es", slug="survey-results").get()
        html = self.client.get(page.url).content.decode()
        self.assertIn(">Negociación colectiva</a>", html)
        self.assertIn(">Comunidad</a>", html)
        listing = self.client.get("/es/news/?topic=bargaining").content.decode()
        self.assertEqual(len(re.findall(r'class="card__title"', listing)), 3)

    def test_spanish_search_finds_a_spanish_news_title(self):
        html = self.client.get("/es/search/?q=escucha").content.decode()
        self.assertIn("Comienzan las sesiones de escucha en todos los barrios", html)

    def test_the_admin_account_signs_in_to_the_admin(self):
        user = User.objects.get(email=ADMIN_EMAIL)
        self.assertTrue(user.is_superuser)
        self.assertTrue(EmailAddress.objects.filter(user=user, email=ADMIN_EMAIL, primary=True, verified=True).exists())
        self.assertTrue(self.client.login(email=ADMIN_EMAIL, password=DEMO_PASSWORD))
        self.assertEqual(self.client.get("/admin/").status_code, 200)
        self.assertIn(f"Password: {DEMO_PASSWORD}", self.output)

    def test_an_existing_admin_keeps_its_password(self):
        user = User.objects.get(email=ADMIN_EMAIL)
        user.set_password("a-password-someone-chose")
        user.save()
        output = load_demo_content()
        user.refresh_from_db()
        self.assertTrue(user.check_password("a-password-someone-chose"))
        self.assertNotIn(DEMO_PASSWORD, output)

    def test_translated_pages_and_snippets_open_in_the_translation_editor(self):
        self.client.force_login(User.objects.get(email=ADMIN_EMAIL))
        page = self.get_live(NewsPage, "vi", slug="retiree-mentors").get()
        footer = FooterContent.objects.get(locale__language_code="vi")
        for url in (
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            reverse("wagtailsnippets_home_footercontent:edit", args=[footer.pk]),
        ):
            with self.subTest(url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "js-translation-editor")

    def test_a_translators_correction_survives_another_run(self):
        page = self.get_live(StandardPage, "pt", slug="about").get()
        correction = StringTranslation.objects.get(
            locale=page.locale, context__object_id=page.translation_key, context__path="title"
        )
        correction.data = "Sobre nós"
        correction.save()
        load_demo_content()
        correction.refresh_from_db()
        self.assertEqual(correction.data, "Sobre nós")

    def test_syncing_from_the_source_keeps_the_translation(self):
        """What "Sync translated pages" does: a synchronised field follows, the translated text stays."""
        english = self.get_live(NewsPage, "en", slug="state-budget-2026").get()
        english.date = english.date.replace(day=24)
        english.save_revision().publish()
        source = TranslationSource.objects.get(object_id=english.translation_key, locale=self.english)
        source.update_from_db()
        translation = Translation.objects.get(source=source, target_locale__language_code="ht")
        with self.captureOnCommitCallbacks(execute=True):  # wagtail-localize publishes on commit
            translation.save_target(publish=True)
        haitian = NewsPage.objects.get(translation_key=english.translation_key, locale=translation.target_locale)
        self.assertFalse(haitian.has_unpublished_changes)
        self.assertEqual(haitian.date, english.date)
        self.assertEqual(haitian.title, "Sa nouvo bidjè eta a vle di pou lekòl nou yo")
