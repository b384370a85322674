"""Turning what a visitor typed into a query every search backend accepts."""

import unicodedata

# Long enough for any real question; longer queries are cut rather than refused.
MAX_SEARCH_QUERY_LENGTH = 200


def clean_search_query(raw):
    """The visitor's words, safe to hand to any search backend.

    Control characters go (PostgreSQL refuses NUL in a string), and so do double quotes: the
    SQLite full-text backend wraps each word in quotes without escaping them (modelsearch 1.3).
    """
    printable = "".join(" " if char == '"' or unicodedata.category(char).startswith("C") else char for char in raw)
    return " ".join(printable.split())[:MAX_SEARCH_QUERY_LENGTH].strip()
