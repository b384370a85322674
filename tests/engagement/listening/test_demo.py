"""The listening-session demo: the index and six sessions in every language, themes, people, summaries.

The loader runs once for the class, under a bare home page (the full demo is tested by
``tests/home/test_demo_content.py``); each test runs in its own rolled-back transaction.
"""

from django.test import TestCase
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Page, Revision

from engagement.listening import demo, services
from engagement.models import Theme
from engagement.models.listening import ListeningRegistration, ListeningSessionPage, RegistrationStatus, SessionTheme
from tests.demo import LANGUAGE_CODES, HomeLoaderStub
from tests.factories import make_site


def load(home):
    return demo.ListeningDemoLoader(HomeLoaderStub(home)).load()


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Page, Revision, Theme, ListeningSessionPage, SessionTheme, ListeningRegistration)
    }


class ListeningDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_site()
        cls.index, cls.sessions = load(cls.home)

    def test_six_sessions_live_in_every_language(self):
        self.assertEqual(len(self.sessions), 6)
        for session in self.sessions:
            languages = set(
                ListeningSessionPage.objects.live()
                .filter(translation_key=session.translation_key)
                .values_list("locale__language_code", flat=True)
            )
            self.assertEqual(languages, set(LANGUAGE_CODES), session.title)

    def test_past_and_upcoming_sessions_and_one_full_with_a_waitlist(self):
        past = [session for session in self.sessions if session.is_past()]
        self.assertEqual(len(past), 3)
        full = [session for session in self.sessions if services.seats_left(session) == 0]
        self.assertEqual(len(full), 1)
        self.assertTrue(full[0].registrations.filter(status=RegistrationStatus.WAITLISTED).exists())
        for session in self.sessions:
            if session.capacity is not None:
                self.assertLessEqual(services.seats_taken(session), session.capacity)

    def test_two_published_summaries_with_themes_and_quotes_in_every_language(self):
        published = [session for session in self.sessions if session.summary_is_public]
        self.assertEqual(len(published), 2)
        creole = ListeningSessionPage.objects.get(
            translation_key=published[0].translation_key, locale__language_code="ht"
        )
        response = self.client.get(creole.url)
        content = response.content.decode()
        self.assertEqual(response.status_code, 200)
        self.assertIn("trantkat", content.replace("tranntkat", "trantkat"))
        self.assertIn("Gwosè klas yo", content)
        with translation.override("ht"):
            self.assertIn(gettext("What we heard"), content)

    def test_the_index_lists_them_in_arabic(self):
        arabic = self.index.get_translations().get(locale__language_code="ar")
        response = self.client.get(arabic.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(response.context["upcoming_sessions"]), 3)
        self.assertEqual(len(response.context["past_sessions"]), 3)

    def test_registrations_in_every_language_with_interpreters_and_childcare(self):
        registrations = ListeningRegistration.objects.all()
        self.assertEqual(set(registrations.values_list("language", flat=True)), set(LANGUAGE_CODES))
        self.assertTrue(registrations.exclude(interpretation_language="").exists())
        self.assertTrue(registrations.exclude(children_ages=[]).exists())
        self.assertTrue(registrations.filter(checked_in_at__isnull=False, walk_in=True).exists())

    def test_the_suggested_themes_exist_once(self):
        for slug in ("class-size", "school-nurses", "safe-buildings", "language-access", "mental-health"):
            self.assertEqual(Theme.objects.filter(slug=slug).count(), len(LANGUAGE_CODES), slug)

    def test_loading_again_creates_nothing(self):
        before = counts()
        load(self.home)
        self.assertEqual(counts(), before)
