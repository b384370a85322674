"""Portfolio pages in every language: the right lang and direction, the entry in its own language."""

from django.urls import reverse
from django.utils import translation

import pytest

from tests.demo import LANGUAGE_CODES
from tests.learning.portfolios.factories import EntryFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_gallery_speaks_every_language(client, owner, language):
    EntryFactory(owner=owner, visibility="public", title="رحلة إلى المكتبة", language="ar")
    with translation.override(language):
        url = reverse("portfolios:gallery")
        heading = translation.gettext("Shared portfolios")
    page = client.get(url).content.decode()
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in page
    assert heading in page
    assert '<li class="card gallery-card" lang="ar">' in page


def test_an_entry_keeps_its_language_inside_another_languages_page(client, owner):
    entry = EntryFactory(owner=owner, visibility="public", title="Lecture en famille", language="es")
    with translation.override("zh-hans"):
        url = reverse("portfolios:entry", args=[entry.pk])
    page = client.get(url).content.decode()
    assert '<html lang="zh-hans"' in page and '<article lang="es">' in page
