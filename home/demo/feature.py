"""What every feature's demo loader starts from (proposals, surveys, sessions, learning and the rest).

Each runs after ``home.demo.loader.DemoLoader`` in the same transaction and hangs its pages under
the home page that loader made (``load_demo_content.FEATURE_LOADERS``).
"""

from wagtail.models import Locale

from home.demo import content as home_content
from home.demo.pages import existing_or_new_page, publish_created_pages
from home.demo.spec import LANGUAGE_CODES, SOURCE_LANGUAGE, localize
from home.demo.translate import translate_object


def target_locales():
    """The locales the demo translates into, in the site's language order (the home loader has
    checked that every language has one)."""
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=LANGUAGE_CODES)}
    return [locales[code] for code in LANGUAGE_CODES if code != SOURCE_LANGUAGE]


class FeatureDemoLoader:
    """The home loader's summary and English locale, and the locales to translate into."""

    def __init__(self, home_loader):
        self.home_loader = home_loader
        self.summary = home_loader.summary
        self.source_locale = home_loader.source_locale
        self.target_locales = target_locales()

    def home_page(self):
        return self.home_loader.pages_by_slug[home_content.HOME.slug]

    def page_under_home(self, spec, model):
        """The feature's one page ``spec`` under the home page: created and published if missing,
        then translated into every language."""
        home = self.home_page()
        page = existing_or_new_page(home, spec, model, self.source_locale, localize(spec.fields, SOURCE_LANGUAGE))
        created_ids = set()
        if page.pk is None:
            home.add_child(instance=page)
            created_ids.add(page.pk)
        [(_spec, page)] = publish_created_pages(
            [(spec, page)], created_ids, lambda slug: self.home_loader.pages_by_slug[slug].pk, self.summary
        )
        report = self.summary.translation
        translate_object(page, self.home_loader.page_values(spec, page), self.target_locales, report)
        # A new child changes the home page's source for wagtail-localize: sync it now, not on the next run.
        translate_object(home, self.home_loader.page_values(home_content.HOME, home), self.target_locales, report)
        self.summary.pages.append(page)
        return page
