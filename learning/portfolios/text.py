"""Reflections are rich text written by educators: kept to simple formatting and made safe with ``nh3``.

They arrive from the form's editor (learning/static/learning/js/reflection_editor.js), whose
browser commands write ``<b>``, ``<i>`` and ``<div>`` in some browsers and leave empty paragraphs
behind, or from the plain textarea people without JavaScript use. Either way what is stored is the
same small, tidy set of tags.
"""

import html as html_module
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.utils.html import escape, linebreaks

import nh3

ALLOWED_TAGS = {"p", "br", "strong", "em", "u", "ul", "ol", "li", "blockquote", "h3", "h4", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "noopener noreferrer nofollow ugc"
LOOKS_LIKE_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")

# What editors write for the same meaning: renamed to the tags that are stored.
SYNONYMS = {"b": "strong", "i": "em", "div": "p"}
ACCEPTED_TAGS = ALLOWED_TAGS | SYNONYMS.keys()
INLINE = {"strong", "em", "u", "a"}
CONTAINERS = {"ul", "ol", "blockquote"}
TEXT_BLOCKS = {"p", "h3", "h4"}
BLOCKS = CONTAINERS | TEXT_BLOCKS | {"li", "div"}
# The block that loose text (or a <div> of text) becomes where it stands; where none is named, in a
# paragraph or inside formatting, the <div> just goes and its text stays.
BLOCK_FOR_TEXT_IN = {None: "p", "blockquote": "p", "li": "p", "ul": "li", "ol": "li"}


def clean_reflection(text):
    """Safe, tidy HTML for a reflection: plain text becomes paragraphs, HTML keeps only ALLOWED_TAGS."""
    text = (text or "").strip()
    if not text:
        return ""
    if not LOOKS_LIKE_HTML.search(text):
        text = linebreaks(escape(text))
    # nh3 first, so that the tidying below only ever sees well-formed HTML of a few known tags; nh3
    # again on the result, so that whatever the tidying does, nothing unsafe can come out of it.
    tidy = tidy_html(_sanitise(text, ACCEPTED_TAGS))
    return _sanitise(tidy, ALLOWED_TAGS).strip()


def plain_text(html):
    """A reflection as plain text (for the gallery's excerpt and the privacy export)."""
    return " ".join(html_module.unescape(nh3.clean(html or "", tags=set())).split())


def _sanitise(text, tags):
    return nh3.clean(text, tags=tags, attributes=ALLOWED_ATTRIBUTES, url_schemes=URL_SCHEMES, link_rel=LINK_REL)


@dataclass
class Element:
    tag: str | None  # None for the root
    attrs: list = field(default_factory=list)
    children: list = field(default_factory=list)  # Elements and strings of text


class _TreeBuilder(HTMLParser):
    """A tree of nh3's output, which is well-formed: every tag but ``<br>`` is closed, in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element(None)
        self.open = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs)
        self.open[-1].children.append(element)
        if tag != "br":
            self.open.append(element)

    def handle_endtag(self, tag):
        if tag != "br" and len(self.open) > 1 and self.open[-1].tag == tag:
            self.open.pop()

    def handle_data(self, data):
        self.open[-1].children.append(data)


def tidy_html(safe_html):
    """``<b>``/``<i>`` as ``<strong>``/``<em>``, ``<div>`` as a paragraph, loose text in paragraphs,
    and no empty paragraphs, list items or formatting left behind by editing."""
    builder = _TreeBuilder()
    builder.feed(safe_html)
    builder.close()
    return _serialise(_tidy(builder.root, context=None)[0])


def _tidy(element, context):
    """The element (already sanitised) in its tidy form: the nodes to put in its place.

    ``context`` is the tag of the nearest block around it (None at the top), or "inline" inside
    formatting, where a block cannot go.
    """
    tag = SYNONYMS.get(element.tag, element.tag)
    if element.tag == "div" or (tag == "li" and context not in ("ul", "ol")):
        # A block that holds blocks only groups them; one that holds text becomes the block its place takes.
        holds_blocks = any(_is_block(child) for child in element.children)
        tag = None if holds_blocks else BLOCK_FOR_TEXT_IN.get(context)
    if tag == "a" and not dict(element.attrs).get("href"):
        tag = None  # its address was unsafe and removed: its words stay as plain text
    inner_context = tag if tag in BLOCKS else ("inline" if tag in INLINE else context)
    children = []
    for child in element.children:
        children.extend(_tidy(child, inner_context) if isinstance(child, Element) else [child])
    if (tag is None and element.tag is not None) or (tag in INLINE | TEXT_BLOCKS and any(map(_is_block, children))):
        return children  # formatting or a paragraph around whole blocks (a pasted document's wrapper) goes
    if tag is None or tag in CONTAINERS:
        children = _blocks_only(children, BLOCK_FOR_TEXT_IN[tag])
    if tag in TEXT_BLOCKS | {"li"}:
        children = _without_edge_breaks(children)
    tidied = Element(tag, element.attrs, children)
    if tag is None or tag == "br" or _has_text(tidied):
        return [tidied]
    return [child for child in children if _is_break(child)] if tag in INLINE else []


def _is_block(node):
    return isinstance(node, Element) and node.tag in BLOCKS


def _blocks_only(children, wrapper):
    """Blocks stay; runs of text and inline tags between them go into a ``wrapper`` block."""
    blocks, run = [], []
    for child in children + [None]:
        if child is None or _is_block(child):
            inline = Element(wrapper, [], _without_edge_breaks(run))
            if _has_text(inline):
                blocks.append(inline)
            run = []
            if child is not None:
                blocks.append(child)
        else:
            run.append(child)
    return blocks


def _without_edge_breaks(children):
    """Without the ``<br>`` and whitespace an editor leaves at the start and end of a line."""
    children = list(children)
    for end in (0, -1):
        while children and (_is_break(children[end]) or (isinstance(children[end], str) and not children[end].strip())):
            children.pop(end)
    return children


def _is_break(node):
    return isinstance(node, Element) and node.tag == "br"


def _has_text(node):
    if isinstance(node, str):
        return bool(node.strip())
    return any(_has_text(child) for child in node.children)


def _serialise(element):
    separator = {None: "\n\n", "ul": "\n", "ol": "\n", "blockquote": "\n"}.get(element.tag, "")
    inner = separator.join(_serialise_node(child) for child in element.children)
    if element.tag is None:
        return inner
    if element.tag == "br":
        return "<br>"
    attributes = "".join(f' {name}="{escape(value or "")}"' for name, value in element.attrs)
    return f"<{element.tag}{attributes}>{inner}</{element.tag}>"


def _serialise_node(node):
    return html_module.escape(node, quote=False) if isinstance(node, str) else _serialise(node)
