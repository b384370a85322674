"""Helpers for the tests of ``load_demo_content`` in each app."""

import io

from django.conf import settings
from django.core.management import call_command

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
TRANSLATED_LANGUAGE_CODES = [code for code in LANGUAGE_CODES if code != settings.LANGUAGE_CODE]


def load_demo_content():
    """Run the command; its output (stdout and stderr together)."""
    output = io.StringIO()
    call_command("load_demo_content", stdout=output, stderr=output)
    return output.getvalue()


def row_counts(models):
    return {model.__name__: model.objects.count() for model in models}
