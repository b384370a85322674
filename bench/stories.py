#!/usr/bin/env python
""" "You said, we proposed", the theme page and the story index: query counts and times at two sizes.

Builds a throw-away test database (SQLite in memory, or a new PostgreSQL database next to the one
DATABASE_URL names, dropped at the end) with N themes, each with two stories, tagged survey answers,
a listening session quoting it, a proposal linked to it and a bargaining session that discussed the
proposal; then counts the queries of each page and times it (best and median of several runs, the
page cache cleared before each). Then it grows the content and measures again.

Usage: .venv/bin/python bench/stories.py [--runs 5] [--small 4] [--large 24]
Target (issue #5): the same query count at both sizes on every page.
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

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from engagement.models.stories import StoryIndexPage, YouSaidWeProposedPage  # noqa: E402
from tests.engagement.stories.factories import add_themes_to_world, build_you_said_world  # noqa: E402
from tests.factories import make_site  # noqa: E402


class QueryCounter:
    """Counts the queries run while it wraps the connection (the debug log stops at 9,000 entries)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def measure(client, urls, runs):
    figures = {}
    for name, url in urls.items():
        cache.clear()
        counted = QueryCounter()
        with connection.execute_wrapper(counted):
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        times = []
        for _ in range(runs):
            cache.clear()
            started = time.perf_counter()
            client.get(url)
            times.append(time.perf_counter() - started)
        figures[name] = (counted.count, min(times), statistics.median(times))
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per figure")
    parser.add_argument("--small", type=int, default=4, help="themes in the first measurement")
    parser.add_argument("--large", type=int, default=24, help="themes in the second measurement")
    args = parser.parse_args()

    setup_test_environment()
    old_config = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    vendor = f"{connection.vendor} ({connection.settings_dict['NAME']})"
    try:
        print(f"Database: {vendor}", flush=True)
        print(f"Building {args.small} themes ...", flush=True)
        english, spanish = build_you_said_world(make_site(), args.small)
        index = StoryIndexPage.objects.get()
        urls = {
            "You said (en)": english.url,
            "You said (es)": spanish.url,
            "theme page": "/en/stories/themes/theme-0/",
            "story index": index.url,
            "story index by theme": index.url + "?theme=theme-0",
        }
        client = Client()
        small = measure(client, urls, args.runs)
        print(f"Adding {args.large - args.small} themes ...", flush=True)
        add_themes_to_world(args.small, args.large)
        large = measure(client, urls, args.runs)
        assert YouSaidWeProposedPage.objects.count() == 2
    finally:
        connection.creation.destroy_test_db(old_config, verbosity=0)

    print(f"\nQueries, and best (median) time of {args.runs} runs in ms")
    print(f"{'page':<22} {f'{args.small} themes':>24} {f'{args.large} themes':>24}")
    same = True
    for name in urls:
        cells = []
        for figures in (small, large):
            queries, best, median = figures[name]
            cells.append(f"{queries:>3} q  {best * 1000:7.1f} ({median * 1000:.1f})")
        same &= small[name][0] == large[name][0]
        print(f"{name:<22} {cells[0]:>24} {cells[1]:>24}")
    print("Query counts the same at both sizes" if same else "Query counts NOT the same")
    print("OK" if same else "TARGET MISSED")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
