"""Demo content of listening sessions, loaded by ``manage.py load_demo_content``.

The "Listening sessions" index under the home page and six sessions under it, each translated into
every language through wagtail-localize: three past (two with their summary, themes and quotes
published), three upcoming (one full, with people on its waitlist). The themes are the shared
``Theme`` snippets, found by slug (the stories demo may have made them first). Registrations come
in every language, with interpretation and childcare asked for, and check-ins at the past sessions.

Deterministic (``random.Random(SEED)``); dates count from the day of the load. Idempotent: pages
and themes are found by slug, and a session's registrations are made only when it has none from
the demo's e-mail domain. Records are written as the services would leave them, so loading sends
no e-mail.
"""

import datetime
import logging
import random

from django.utils import timezone

from engagement.listening import demo_text
from engagement.models.listening import (
    CHECKIN_CODE_ALPHABET,
    CHECKIN_CODE_LENGTH,
    Connection,
    ListeningRegistration,
    ListeningSessionIndexPage,
    ListeningSessionPage,
    RegistrationStatus,
    SessionTheme,
)
from engagement.models.themes import Theme
from home.demo import content as home_content
from home.demo.feature import FeatureDemoLoader
from home.demo.pages import existing_or_new_page, publish_created_pages
from home.demo.spec import SOURCE_LANGUAGE, PageSpec, localize
from home.demo.translate import translate_object

logger = logging.getLogger(__name__)

SEED = 5
EMAIL_DOMAIN = "listening.example.org"
INDEX = PageSpec(
    model="ListeningSessionIndexPage",
    slug="listening-sessions",
    title=demo_text.INDEX_TITLE,
    fields={"intro": demo_text.INDEX_INTRO},
)
ONLINE_LINK = "https://meet.example.org/common-good-{slug}"
# Which interpreter a person who speaks a site language asks for (Chinese is "zh" among spoken languages).
# Mostly families, as at the real sessions.
CONNECTIONS = [Connection.FAMILY] * 3 + [
    Connection.STUDENT,
    Connection.EDUCATOR,
    Connection.COMMUNITY,
    Connection.PARTNER,
]
SPOKEN = {"es": "es", "ht": "ht", "pt": "pt", "vi": "vi", "zh-hans": "zh", "ar": "ar"}


def session_spec(session):
    fields = {"intro": session["intro"], "agenda": demo_text.AGENDA, "hosts": demo_text.HOSTS}
    if session["place"] is not None:
        fields["place_name"] = session["place"]
        fields["accessibility"] = demo_text.STEP_FREE
        fields["food"] = demo_text.DINNER if session["hour"] >= 17 else demo_text.SNACKS
    else:
        fields["accessibility"] = demo_text.CAPTIONS
    if "summary" in session:
        fields["summary"] = session["summary"]
    return PageSpec(model="ListeningSessionPage", slug=session["slug"], title=session["title"], fields=fields)


class ListeningDemoLoader(FeatureDemoLoader):
    """Loads the listening-session demo under the home page ``home_loader`` has just loaded (same transaction)."""

    def __init__(self, home_loader):
        super().__init__(home_loader)
        self.rng = random.Random(SEED)
        self.now = timezone.now()

    def load(self):
        themes = self._themes()
        index = self._index()
        sessions = [(spec, self._session(index, spec, themes)) for spec in demo_text.SESSIONS]
        # New children change the index's source for wagtail-localize: sync it now, not on the next run.
        index = ListeningSessionIndexPage.objects.get(pk=index.pk)
        translate_object(
            index, self.home_loader.page_values(INDEX, index), self.target_locales, self.summary.translation
        )
        for spec, page in sessions:
            self._registrations(spec, page)
        return index, [page for _spec, page in sessions]

    # Themes

    def _themes(self):
        themes = {}
        report = self.summary.translation
        for slug, name in demo_text.THEMES.items():
            theme = Theme.objects.filter(slug=slug, locale=self.source_locale).first()
            if theme is None:
                theme = Theme.objects.create(name=name[SOURCE_LANGUAGE], slug=slug, locale=self.source_locale)
                self.summary.snippets_created += 1
            if theme.name == name[SOURCE_LANGUAGE]:
                translate_object(theme, [name], self.target_locales, report)
            themes[slug] = theme
        return themes

    # Pages

    def _index(self):
        home = self.home_page()
        page = existing_or_new_page(
            home, INDEX, ListeningSessionIndexPage, self.source_locale, localize(INDEX.fields, SOURCE_LANGUAGE)
        )
        created_ids = set()
        if page.pk is None:
            home.add_child(instance=page)
            created_ids.add(page.pk)
        [(_spec, page)] = publish_created_pages([(INDEX, page)], created_ids, self._page_id, self.summary)
        report = self.summary.translation
        translate_object(page, self.home_loader.page_values(INDEX, page), self.target_locales, report)
        # A new child changes the home page's source for wagtail-localize: sync it now, not on the next run.
        translate_object(home, self.home_loader.page_values(home_content.HOME, home), self.target_locales, report)
        self.summary.pages.append(page)
        return ListeningSessionIndexPage.objects.get(pk=page.pk)

    def _page_id(self, slug):
        return self.home_loader.pages_by_slug[slug].pk

    def _session(self, index, session, themes):
        spec = session_spec(session)
        page = existing_or_new_page(
            index, spec, ListeningSessionPage, self.source_locale, localize(spec.fields, SOURCE_LANGUAGE)
        )
        created_ids = set()
        if page.pk is None:
            day = timezone.localdate(self.now) + datetime.timedelta(days=session["days"])
            starts_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(session["hour"])))
            page.starts_at, page.ends_at = starts_at, starts_at + datetime.timedelta(hours=2)
            page.session_format = session["format"]
            page.neighbourhood = session["neighbourhood"]
            page.address = session["address"]
            page.interpretation_languages = session["interpretation"]
            page.capacity = session["capacity"]
            page.childcare = session["place"] is not None
            page.facilitator_notes = session.get("notes", "")
            if session["format"] != "in_person":
                page.online_link = ONLINE_LINK.format(slug=session["slug"])
            page.summary_published = "summary" in session
            page.session_themes = [
                SessionTheme(
                    theme=themes[slug], mentions=mentions, quote=quote[SOURCE_LANGUAGE], locale=self.source_locale
                )
                for slug, mentions, quote in session.get("themes", [])
            ]
            index.add_child(instance=page)
            created_ids.add(page.pk)
        [(_spec, page)] = publish_created_pages([(spec, page)], created_ids, self._page_id, self.summary)
        quotes = [quote for _slug, _mentions, quote in session.get("themes", [])]
        values = [*self.home_loader.page_values(spec, page), quotes]
        translate_object(page, values, self.target_locales, self.summary.translation)
        return ListeningSessionPage.objects.get(pk=page.pk)

    # People

    def _registrations(self, session, page):
        if ListeningRegistration.objects.filter(session=page, email__iendswith=f"@{EMAIL_DOMAIN}").exists():
            return
        rng = self.rng
        past = page.is_past(self.now)
        codes = set()
        start = self.rng.randrange(len(demo_text.PEOPLE))
        for number in range(session["registrations"]):
            name, language = demo_text.PEOPLE[(start + number) % len(demo_text.PEOPLE)]
            spoken = SPOKEN.get(language)
            confirmed = page.capacity is None or number < page.capacity
            registered_at = page.starts_at - datetime.timedelta(days=rng.randint(2, 20), hours=rng.randint(0, 12))
            code = self._code(codes)
            registration = ListeningRegistration(
                session=page,
                status=RegistrationStatus.CONFIRMED if confirmed else RegistrationStatus.WAITLISTED,
                name=name,
                email=f"{name.lower().replace(' ', '.').replace(chr(39), '')}.{number}@{EMAIL_DOMAIN}",
                phone="" if number % 3 else f"+1 617 555 {1000 + number:04d}",
                language=language,
                interpretation_language=spoken if spoken in page.interpretation_languages else "",
                children_ages=self._children(page),
                accessibility_needs="Wheelchair access" if number == 4 else "",
                connection=rng.choice(CONNECTIONS),
                consent_to_contact=rng.random() < 0.8,
                checkin_code=code,
                created_at=registered_at,
            )
            if past and confirmed and rng.random() < 0.8:
                registration.checked_in_at = page.starts_at + datetime.timedelta(minutes=rng.randint(-10, 20))
                if page.summary_published:
                    registration.summary_sent_at = self.now  # as if told already: loading sends nothing
            if past:
                registration.reminded_at = page.starts_at - datetime.timedelta(days=1)
            registration.save()
        if past:
            for number in range(2):  # walk-ins
                ListeningRegistration.objects.create(
                    session=page,
                    status=RegistrationStatus.CONFIRMED,
                    walk_in=True,
                    name=f"Walk-in {number + 1}",
                    language="en",
                    connection=Connection.COMMUNITY,
                    checkin_code=self._code(codes),
                    checked_in_at=page.starts_at + datetime.timedelta(minutes=15),
                    created_at=page.starts_at + datetime.timedelta(minutes=15),
                )

    def _children(self, page):
        if not page.childcare or self.rng.random() >= 0.35:
            return []
        return sorted(self.rng.sample(range(1, 12), self.rng.randint(1, 2)))

    def _code(self, taken):
        while True:
            code = "".join(self.rng.choice(CHECKIN_CODE_ALPHABET) for _ in range(CHECKIN_CODE_LENGTH))
            if code not in taken:
                taken.add(code)
                return code
