"""Translate demo objects through wagtail-localize, so that its editor and "sync" keep working.

For each English object, as the "Translate" action of the admin does: a ``TranslationSource`` (the
segments wagtail-localize extracts from the object), a ``Translation`` per language, then
``save_target``, which saves the translated object (and here publishes pages). In between, where a
translator would type, a ``StringTranslation`` is written for every string segment. The translated
strings come from the content's parallel texts: the English value and the translated value are
split by wagtail-localize's own functions and paired in order, so each segment is looked up by
exactly the text wagtail-localize extracted.

Existing string translations are kept: a translator's correction survives another run.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ObjectDoesNotExist

from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue, extract_strings

from home.demo.spec import SOURCE_LANGUAGE, Text, texts_in


@dataclass
class TranslationReport:
    """What a run did: string translations written, translated objects saved, strings not found."""

    strings_created: int = 0
    targets_saved: int = 0
    missing: list = field(default_factory=list)


def string_pairs(text, language):
    """(English string, translated string) for each string wagtail-localize extracts from ``text``."""
    if isinstance(text, Text):
        # Plain-text fields and blocks become one string each (newlines turn into <br>).
        source = StringValue.from_plaintext(text[SOURCE_LANGUAGE]).data
        yield source, StringValue.from_plaintext(text[language]).data
        return
    # Rich text becomes one string per paragraph or list item, around a template of the rest.
    source_html, target_html = text.html(SOURCE_LANGUAGE), text.html(language)
    source_template, source_strings = extract_strings(source_html)
    target_template, target_strings = extract_strings(target_html)
    if source_template != target_template or len(source_strings) != len(target_strings):
        raise ValueError(f"The {language} text is not shaped like the English one: {source_html[:80]}...")
    for (source, _attrs), (target, _target_attrs) in zip(source_strings, target_strings, strict=True):
        yield source.data, target.data


def string_map(values, language):
    """English string -> its ``language`` translation, for every text in ``values``."""
    strings = {}
    for text in texts_in(values):
        for source, target in string_pairs(text, language):
            if strings.setdefault(source, target) != target:
                raise ValueError(f"{source[:60]!r} is translated two ways into {language} in one object.")
    return strings


def translate_object(instance, values, locales, report):
    """Translate ``instance`` into ``locales`` with the texts in ``values``; pages are published.

    Nothing is saved again when the source, its translations and the translated object are all
    already there, so a second run leaves no new revisions behind.
    """
    # Read back from the database: an object just published in memory can differ from its row
    # (revision ids, timestamps), and the source would then look changed on the next run.
    instance = type(instance)._default_manager.get(pk=instance.pk)
    if isinstance(instance, Page):
        instance = instance.specific
    previous_update = (
        TranslationSource.objects.filter(object_id=instance.translation_key, locale_id=instance.locale_id)
        .values_list("last_updated_at", flat=True)
        .first()
    )
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    source_changed = source.last_updated_at != previous_update
    segments = list(source.stringsegment_set.select_related("string", "context").order_by("order"))

    for locale in locales:
        translation, translation_created = Translation.objects.get_or_create(source=source, target_locale=locale)
        if not translation.enabled:
            # Someone chose to edit this translation by hand, outside wagtail-localize.
            continue
        strings = string_map(values, locale.language_code)
        strings_created = _fill_string_translations(source, segments, locale, strings, report)
        target = _translated_instance_or_none(source, locale)
        if (
            source_changed
            or translation_created
            or strings_created
            or target is None
            or (isinstance(target, Page) and not target.live)
        ):
            _save_and_publish(translation, source, locale)
            report.targets_saved += 1


def _save_and_publish(translation, source, locale):
    """``save_target(publish=True)``, with the page published now rather than on commit.

    wagtail-localize publishes a translated page's revision in ``transaction.on_commit``, from the
    page object as it was when the revision was saved. Inside one transaction that also creates the
    page's children, that stale object carries ``numchild=0`` back into the tree and the children
    can no longer be routed to. Publishing the revision read back from the database avoids that.
    """
    if not issubclass(source.specific_content_type.model_class(), Page):
        translation.save_target(publish=True)  # snippets without drafts are saved as they are
        return
    translation.save_target(publish=False)
    page = Page.objects.get(translation_key=source.object_id, locale=locale)
    page.latest_revision.publish()


def _fill_string_translations(source, segments, locale, strings, report):
    existing = set(
        StringTranslation.objects.filter(
            locale=locale, context_id__in={segment.context_id for segment in segments}
        ).values_list("translation_of_id", "context_id")
    )
    created = 0
    for segment in segments:
        if (segment.string_id, segment.context_id) in existing:
            continue
        data = strings.get(segment.string.data)
        if data is None:
            report.missing.append((source.object_repr, locale.language_code, segment.string.data))
            continue
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=data,
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )
        existing.add((segment.string_id, segment.context_id))
        created += 1
    report.strings_created += created
    return created


def _translated_instance_or_none(source, locale):
    try:
        return source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return None
