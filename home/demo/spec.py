"""The shapes the demo content is written in: every text carries all seven languages.

Content is a tree of plain values (dicts, lists, strings, dates) with three kinds of leaves that
depend on the language: ``Text`` (plain text), ``RichText`` (paragraphs and lists) and ``PageRef``
(a page of the demo, found by its slug). ``localize`` turns such a value into what a model field or
a StreamField block stores, in one language.
"""

import uuid
from dataclasses import dataclass, field

LANGUAGE_CODES = ("en", "es", "ht", "pt", "vi", "zh-hans", "ar")
SOURCE_LANGUAGE = "en"
# Keyword arguments of Text, one per language (``zh-hans`` is not a Python name).
_KEYWORDS = {"en": "en", "es": "es", "ht": "ht", "pt": "pt", "vi": "vi", "zh": "zh-hans", "ar": "ar"}
# Block ids derive from this, so a StreamField block keeps its id (and wagtail-localize its
# translation context) from one database to the next.
BLOCK_ID_NAMESPACE = uuid.UUID("5b0f3c1e-7d2a-4c8e-9a41-2f6d8b7e1c30")


class Text:
    """A plain-text value written in every language."""

    def __init__(self, *, en, es, ht, pt, vi, zh, ar):
        given = {"en": en, "es": es, "ht": ht, "pt": pt, "vi": vi, "zh": zh, "ar": ar}
        self.by_language = {_KEYWORDS[keyword]: value for keyword, value in given.items()}

    @classmethod
    def per_language(cls, make):
        """A text made by ``make(language_code)`` for each language."""
        return cls(**{keyword: make(code) for keyword, code in _KEYWORDS.items()})

    @classmethod
    def same(cls, value):
        """A name, an address or a slug: the same in every language."""
        return cls.per_language(lambda code: value)

    def __getitem__(self, language):
        return self.by_language[language]

    def __repr__(self):
        return f"Text({self.by_language[SOURCE_LANGUAGE]!r})"


class NumberedList(list):
    """A numbered list inside ``RichText``: ``NumberedList([Text, ...])``."""


class RichText:
    """Formatted text: each element a paragraph (a ``Text``), a bulleted list (a list of ``Text``)
    or a numbered list (a ``NumberedList`` of ``Text``).

    A ``Text`` inside may use the inline tags rich text allows (``<b>``, ``<i>``).
    """

    def __init__(self, *elements):
        self.elements = elements

    def html(self, language):
        parts = []
        for element in self.elements:
            if isinstance(element, NumberedList):
                items = "".join(f"<li>{item[language]}</li>" for item in element)
                parts.append(f"<ol>{items}</ol>")
            elif isinstance(element, list):
                items = "".join(f"<li>{item[language]}</li>" for item in element)
                parts.append(f"<ul>{items}</ul>")
            else:
                parts.append(f"<p>{element[language]}</p>")
        return "".join(parts)


@dataclass(frozen=True)
class PageRef:
    """A page of the demo, by slug; a chooser stores its id."""

    slug: str


def localize(value, language, resolve_page=None):
    """``value`` as stored for ``language``: texts picked, rich text rendered, pages resolved."""
    if isinstance(value, Text):
        return value[language]
    if isinstance(value, RichText):
        return value.html(language)
    if isinstance(value, PageRef):
        return resolve_page(value.slug) if resolve_page else None
    if isinstance(value, dict):
        return {key: localize(item, language, resolve_page) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [localize(item, language, resolve_page) for item in value]
    return value


def texts_in(value):
    """Every ``Text`` and ``RichText`` found in ``value``, in order."""
    if isinstance(value, Text | RichText):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from texts_in(item)


# StreamField blocks of home.blocks.BaseStreamBlock


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(*elements):
    return ("paragraph", RichText(*elements))


def quote(text, attribution):
    return ("quote", {"quote": text, "attribution": attribution})


def call_to_action(title, text, button_label, page):
    return (
        "call_to_action",
        {"title": title, "text": text, "page": PageRef(page), "url": "", "button_label": button_label},
    )


def block_id(key):
    """A StreamField or ListBlock item id that stays the same between runs and databases."""
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, key))


def stream_blocks(blocks, owner_key):
    """Raw StreamField data for ``blocks`` (``(type, value)`` pairs) with stable ids, its texts
    still in every language: ``localize`` picks one, so it can stand in a page's ``fields``."""
    return [
        {"type": block_type, "value": value, "id": block_id(f"{owner_key}/{index}")}
        for index, (block_type, value) in enumerate(blocks)
    ]


def list_items(values, owner_key):
    """Raw ListBlock data in Wagtail's block format, each item with a stable id.

    wagtail-localize only extracts the items of a ListBlock stored in this format; a plain list
    of values would be left untranslated.
    """
    return [
        {"type": "item", "value": value, "id": block_id(f"{owner_key}/{index}")} for index, value in enumerate(values)
    ]


def stream_data(blocks, owner_slug, language, resolve_page=None):
    """The raw StreamField data for ``blocks``, with ids that stay the same between runs."""
    return localize(stream_blocks(blocks, owner_slug), language, resolve_page)


# Pages and snippets


@dataclass
class PageSpec:
    """A page of the demo tree. ``fields`` are set as they are, ``body`` becomes the StreamField."""

    model: str
    slug: str
    title: Text
    fields: dict = field(default_factory=dict)
    body: list = field(default_factory=list)
    topics: tuple = ()
    children: list = field(default_factory=list)

    def walk(self, parent=None):
        """This page and its descendants, parents first, each with its parent's spec."""
        yield self, parent
        for child in self.children:
            yield from child.walk(self)

    def translatable_values(self):
        return [self.title, self.fields, self.body]


@dataclass
class TopicSpec:
    slug: str
    name: Text

    def translatable_values(self):
        return [self.name]


@dataclass
class MenuSpec:
    """A navigation menu whose links lead to pages of the demo (labels come from page titles)."""

    slug: str
    name: Text
    pages: tuple

    def translatable_values(self):
        return [self.name]


@dataclass
class FooterSpec:
    slug: str
    text: RichText
    contact: Text

    def translatable_values(self):
        return [self.text, self.contact]
