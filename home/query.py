"""Values read straight from a request's query string, safe to put in a database filter.

PostgreSQL refuses a string with a NUL character (a 500, where SQLite simply finds nothing), and no
slug, code or label we filter by holds a control character, so such a value counts as not given.
Form-based filters need none of this: Django's form fields refuse NUL themselves.
"""

import unicodedata


def query_text(request, name, *, max_length=80, default=""):
    """``request.GET[name]`` cut to ``max_length``, or ``default`` if missing or holding control characters."""
    value = request.GET.get(name, default)[:max_length]
    if any(unicodedata.category(char) == "Cc" for char in value):
        return default
    return value
