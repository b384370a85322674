#!/usr/bin/env python
"""The community compact page with 100 and with 20,000 confirmed signatures: time and query count.

Builds a throw-away test database (SQLite in memory, or a new PostgreSQL database next to the one
DATABASE_URL names, dropped at the end), a home page and the compact in English and Spanish, and
bulk-inserts signatures (a third organisations, a third of everyone listed by name, one in ten not
confirmed) spread over both languages. Times the whole Spanish page (the count, the listed names
up to the page's limit, the form) as an anonymous visitor gets it, and the count alone
(``services.tally``), best and median of several runs after a warm-up; counts the page's queries.

Usage: .venv/bin/python bench/compact.py [--runs 7] [--small 100] [--large 20000]
Targets: the same query count at both sizes; the large page costs at most ten times the small one.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

import logging  # noqa: E402

logging.disable(logging.WARNING)  # Wagtail logs every page it publishes, django-tasks every task

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

from engagement.compact import services  # noqa: E402
from engagement.models.compact import CompactSignature, SignerKind  # noqa: E402
from tests.engagement.compact.factories import make_compact  # noqa: E402
from tests.factories import make_site  # noqa: E402


def add_signatures(pages, start, count):
    now = timezone.now()
    rows = []
    for number in range(start, start + count):
        organisation = number % 3 == 0
        page = pages["es"] if number % 2 else pages["en"]
        rows.append(
            CompactSignature(
                compact_key=page.translation_key,
                compact_page=page,
                kind=SignerKind.ORGANISATION if organisation else SignerKind.INDIVIDUAL,
                organisation_name=f"Organisation {number}" if organisation else "",
                name=f"Signer {number}",
                email=f"signer{number}@bench.example.org",
                language=page.locale.language_code,
                show_publicly=number % 3 == 1 or organisation,
                verified_at=None if number % 10 == 9 else now,
            )
        )
    CompactSignature.objects.bulk_create(rows, batch_size=2000)


def timed(function, runs):
    function()  # warm-up
    times = []
    for _run in range(runs):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return min(times), statistics.median(times)


def measure(pages, runs):
    client = Client()
    url = pages["es"].url

    def page():
        response = client.get(url)
        assert response.status_code == 200

    page()  # the site's own caches (menus, footer, locales) warmed, as on a running server
    # The log keeps the last 9,000 queries: emptied, so that a full log still counts from zero.
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as queries:
        page()
    query_count = len(queries)
    return {
        "page": timed(page, runs),
        "tally": timed(lambda: services.tally(pages["en"]), runs),
        "queries": query_count,
        "count": services.tally(pages["en"]).total,
    }


def show(label, figures):
    page_best, page_median = figures["page"]
    tally_best, tally_median = figures["tally"]
    print(
        f"{label}: {figures['count']:,} confirmed; page {page_best:.1f} ms best / {page_median:.1f} ms median, "
        f"{figures['queries']} queries; count and list {tally_best:.1f} ms best / {tally_median:.1f} ms median",
        flush=True,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=20000)
    args = parser.parse_args()

    setup_test_environment()
    old_config = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        print(f"Database: {connection.vendor} ({connection.settings_dict['NAME']})", flush=True)
        pages = make_compact(make_site(), languages=("es",))
        add_signatures(pages, 0, args.small)
        small = measure(pages, args.runs)
        show(f"{args.small:>6,} signatures", small)
        add_signatures(pages, args.small, args.large - args.small)
        large = measure(pages, args.runs)
        show(f"{args.large:>6,} signatures", large)
        ratio = large["page"][0] / small["page"][0]
        print(f"Large page / small page: {ratio:.1f}x (target at most 10x)")
        print(f"Queries: {small['queries']} and {large['queries']} (target: the same)")
    finally:
        connection.creation.destroy_test_db(old_config, verbosity=0)


if __name__ == "__main__":
    main()
