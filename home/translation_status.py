"""Which pages are translated into which languages, and which translations are behind.

For every page in the source language and every other language, one of three states:
translated, out of date (the source was published after the translation was last synced), or
missing, each with the admin link that acts on it. Costs three queries, whatever the site's size.
"""

from dataclasses import dataclass

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource


class TranslationState(models.TextChoices):
    TRANSLATED = "translated", _("Translated")
    OUT_OF_DATE = "out_of_date", _("Out of date")
    MISSING = "missing", _("Missing")


@dataclass(frozen=True)
class LanguageStatus:
    locale: Locale
    state: str
    translation: Page | None
    action_url: str
    action_label: str

    @property
    def state_label(self):
        return TranslationState(self.state).label


@dataclass(frozen=True)
class PageTranslationStatus:
    page: Page
    languages: list

    def has_state(self, state):
        return any(language.state == state for language in self.languages)


def _last_synced(translation, source):
    """When the translation last took the source's text: wagtail-localize's sync, else publishing."""
    if source is not None:
        return source.last_updated_at
    return translation.last_published_at or translation.latest_revision_created_at


def _status_for(page, locale, translation, source):
    if translation is None:
        return LanguageStatus(
            locale, TranslationState.MISSING, None,
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]), _("Translate"),
        )  # fmt: skip
    synced_at = _last_synced(translation, source)
    if page.last_published_at and synced_at and page.last_published_at > synced_at:
        url = (
            reverse("wagtail_localize:update_translations", args=[source.pk])
            if source is not None
            else reverse("wagtailadmin_pages:edit", args=[translation.pk])
        )
        return LanguageStatus(locale, TranslationState.OUT_OF_DATE, translation, url, _("Sync"))
    return LanguageStatus(
        locale, TranslationState.TRANSLATED, translation,
        reverse("wagtailadmin_pages:edit", args=[translation.pk]), _("Edit"),
    )  # fmt: skip


def translation_status(source_locale=None):
    """The status of every page of the source language, in tree order."""
    source_locale = source_locale or Locale.get_default()
    target_locales = list(Locale.objects.exclude(pk=source_locale.pk).order_by("pk"))
    pages = list(Page.objects.filter(locale=source_locale, depth__gt=1).order_by("path").specific(defer=True))
    keys = [page.translation_key for page in pages]
    translations = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys).exclude(locale=source_locale)
    }
    sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(object_id__in=keys, locale=source_locale)
    }
    return [
        PageTranslationStatus(
            page,
            [
                _status_for(
                    page, locale, translations.get((page.translation_key, locale.pk)), sources.get(page.translation_key)
                )
                for locale in target_locales
            ],
        )
        for page in pages
    ]
