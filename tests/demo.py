"""Helpers for the tests of ``load_demo_content`` in each app."""

import io

from django.conf import settings
from django.core.management import call_command

from home.demo import content as home_content
from home.demo.loader import DemoLoader, LoadSummary

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
TRANSLATED_LANGUAGE_CODES = [code for code in LANGUAGE_CODES if code != settings.LANGUAGE_CODE]


def load_demo_content():
    """Run the command; its output (stdout and stderr together)."""
    output = io.StringIO()
    call_command("load_demo_content", stdout=output, stderr=output)
    return output.getvalue()


def row_counts(models):
    return {model.__name__: model.objects.count() for model in models}


class HomeLoaderStub:
    """What a feature's demo loader needs of the home loader, for a bare home page: the page, the
    summary and the English locale (a feature's demo is tested alone, without the whole demo)."""

    def __init__(self, home):
        self.summary = LoadSummary()
        self.source_locale = home.locale
        self.pages_by_slug = {home_content.HOME.slug: home}

    page_values = DemoLoader.page_values
    _slug_text = DemoLoader._slug_text
