"""CSV downloads for staff: streamed, UTF-8 that Excel reads, and safe against formula injection.

DESIGN.md, invariant 4: a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return gets a leading apostrophe, so a spreadsheet shows it instead of running it. Numbers and dates
stay numbers and dates.
"""

import csv
import datetime
from decimal import Decimal

from django.http import StreamingHttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ROWS_PER_CHUNK = 500


def escape_formula(value):
    """A text cell that a spreadsheet would run as a formula, made plain text; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class Echo:
    """A file-like object whose write() hands back what it was given, for streaming csv.writer."""

    def write(self, value):
        return value


def csv_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


def csv_response(export):
    """Stream ``export`` (``header()``, ``rows()`` and ``filename_stem``) as a CSV download.

    The rows' cells must be escaped already (``escape_formula``) where they hold text people typed.
    """
    writer = csv.writer(Echo())

    def lines():
        yield "\ufeff"  # the byte-order mark: Excel then reads the file as UTF-8
        yield writer.writerow(export.header())
        batch = []
        for row in export.rows():
            batch.append(writer.writerow([csv_text(value) for value in row]))
            if len(batch) >= ROWS_PER_CHUNK:
                yield "".join(batch)
                batch = []
        if batch:
            yield "".join(batch)

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{export.filename_stem}.csv"'
    return response
