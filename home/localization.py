"""Resolve translatable objects to the visitor's language in bulk, not one query per object.

Relations that wagtail-localize keeps synchronised (a proposal's plank, a news item's topics)
point at the source-language object in every translation; templates show its translation.
"""

from collections import defaultdict

from django.conf import settings

from wagtail.models import Page


def localize_all(objects, locale_id, page_model=Page):
    """Each object in the given locale when a translation exists (live, for pages), else itself.

    Costs one query per model, whatever the number of objects. Pages come back as ``page_model``
    (plain ``Page`` by default: one query serves every page type); pass the specific page type
    when the caller needs its fields.
    """

    def _lookup_model(obj):
        return page_model if isinstance(obj, Page) else type(obj)

    objects = list(objects)
    keys_by_model = defaultdict(set)
    for obj in objects:
        if obj is not None and obj.locale_id != locale_id:
            keys_by_model[_lookup_model(obj)].add(obj.translation_key)
    translations = {}
    for model, keys in keys_by_model.items():
        queryset = model.objects.filter(translation_key__in=keys, locale_id=locale_id)
        if issubclass(model, Page):
            queryset = queryset.live().select_related("locale")
        for translated in queryset:
            translations[(model, translated.translation_key)] = translated
    return [
        None if obj is None else translations.get((_lookup_model(obj), obj.translation_key), obj) for obj in objects
    ]


def localize(obj, locale_id):
    return localize_all([obj], locale_id)[0]


def language_of(user):
    """The language to write to ``user`` in: their preferred one when the site has it, else the default."""
    language = getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
