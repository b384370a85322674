"""Reflections are rich text written by educators: kept to simple formatting and made safe with ``nh3``."""

import html as html_module
import re

from django.utils.html import escape, linebreaks

import nh3

ALLOWED_TAGS = {"p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "blockquote", "h3", "h4", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}
LOOKS_LIKE_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")


def clean_reflection(text):
    """Safe HTML for a reflection: plain text becomes paragraphs, HTML keeps only ALLOWED_TAGS."""
    text = (text or "").strip()
    if not text:
        return ""
    if not LOOKS_LIKE_HTML.search(text):
        text = linebreaks(escape(text))
    return nh3.clean(
        text,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow ugc",
    ).strip()


def plain_text(html):
    """A reflection as plain text (for the gallery's excerpt and the privacy export)."""
    return " ".join(html_module.unescape(nh3.clean(html or "", tags=set())).split())
