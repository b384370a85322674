#!/usr/bin/env python
"""The catalog page with 500 offerings: its query count and time, unfiltered and with every filter.

Builds a throw-away test database (SQLite in memory, or a new PostgreSQL database next to the one
DATABASE_URL names, dropped at the end), adds a catalog page and 500 live offerings (every format,
standard, subject, grade band, language and credit type; three sessions and two or three standards
each; some enrolments), and requests the catalog page as a signed-in educator with no filter, with
each filter alone, and with all of them together. Each time is the best and the median of several
runs after a warm-up. Then it counts the queries again with 50 offerings: the counts must not change.

Usage: .venv/bin/python bench/catalog.py [--runs 7] [--offerings 500]
Target (issue #7): the same query count whatever the number of offerings and the filters.
"""

import argparse
import datetime
import logging
import os
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

from wagtail.models import Locale, Page, Site  # noqa: E402

from home.choices import GradeBand, MemberRole, Subject  # noqa: E402
from home.models import HomePage, User  # noqa: E402
from learning.models.catalog import (  # noqa: E402
    CatalogPage,
    CreditType,
    Enrolment,
    EnrolmentStatus,
    Format,
    OfferingPage,
    OfferingSession,
    OfferingStandard,
)
from learning.standards import Standard  # noqa: E402

SEED = 7
LANGUAGES = ["en", "es", "ht", "pt", "vi", "zh", "ar"]


def filter_sets():
    soon = timezone.localdate() + datetime.timedelta(days=60)
    sets = {
        "none": {},
        "search": {"q": "Offering 1"},
        "format": {"format": Format.STUDY_GROUP},
        "standard": {"standard": Standard.INQUIRY_DRIVEN},
        "subject": {"subject": Subject.MATH},
        "grade band": {"grade_band": GradeBand.MIDDLE},
        "language": {"language": "es"},
        "date": {"date_from": timezone.localdate().isoformat(), "date_to": soon.isoformat()},
        "credit type": {"credit_type": CreditType.HOURS},
    }
    return sets


def make_site():
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    home = HomePage(title="Common Good", slug="home", lead="Bench")
    root.add_child(instance=home)
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True, site_name="Bench")
    catalog = CatalogPage(title="Catalog", slug="catalog")
    home.add_child(instance=catalog)
    return CatalogPage.objects.get(pk=catalog.pk)


def add_offerings(rng, catalog, start, count, educators):
    now = timezone.now()
    locale = Locale.get_default()
    formats, standards = list(Format.values), list(Standard.values)
    subjects, bands, credit_types = list(Subject.values), list(GradeBand.values), list(CreditType.values)
    pages = []
    for number in range(start, start + count):
        page = OfferingPage(
            title=f"Offering {number}",
            slug=f"offering-{number}",
            locale=locale,
            summary=f"Summary of offering {number}.",
            format=formats[number % len(formats)],
            subjects=rng.sample(subjects, 2),
            grade_bands=rng.sample(bands, 2),
            credit_type=credit_types[number % len(credit_types)],
            credit_amount=Decimal(rng.choice([3, 6, 10, 15])),
            language_of_instruction=LANGUAGES[number % len(LANGUAGES)],
            capacity=20,
        )
        catalog.add_child(instance=page)
        catalog.refresh_from_db()
        pages.append(page)
    OfferingStandard.objects.bulk_create(
        OfferingStandard(page=page, standard=code, how="How.", locale=locale, sort_order=position)
        for page in pages
        for position, code in enumerate(rng.sample(standards, rng.randint(2, 3)))
    )
    OfferingSession.objects.bulk_create(
        OfferingSession(
            page=page,
            starts_at=now + datetime.timedelta(days=rng.randint(-30, 120) + 7 * week),
            ends_at=now + datetime.timedelta(days=rng.randint(-30, 120) + 7 * week, hours=2),
            place="Union hall",
            locale=locale,
            sort_order=week,
        )
        for page in pages
        for week in range(3)
    )
    Enrolment.objects.bulk_create(
        Enrolment(offering=page, educator=educator, status=EnrolmentStatus.ENROLLED)
        for page in pages[::3]
        for educator in rng.sample(educators, 3)
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def timed(function, runs):
    function()
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return min(timings), statistics.median(timings)


def all_together():
    """Every filter at once, with the values of one real offering, so that something matches."""
    offering = OfferingPage.objects.filter(slug="offering-8").first()
    first = offering.sessions.order_by("starts_at").first()
    return {
        "q": offering.title,
        "format": offering.format,
        "standard": offering.standards.first().standard,
        "subject": offering.subjects[0],
        "grade_band": offering.grade_bands[0],
        "language": offering.language_of_instruction,
        "credit_type": offering.credit_type,
        "date_from": timezone.localtime(first.starts_at).date().isoformat(),
        "date_to": timezone.localtime(first.starts_at).date().isoformat(),
    }


def measure(client, url, runs):
    figures = {}
    for name, params in {**filter_sets(), "all together": all_together()}.items():
        response = client.get(url, params)
        if response.status_code != 200:
            raise RuntimeError(f"{url} {params} answered {response.status_code}")
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, params)
        shown = response.context["listing"].paginator.count
        figures[name] = (
            len(queries.captured_queries),
            timed(lambda params=params: client.get(url, params), runs),
            shown,
        )
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="timed runs per figure")
    parser.add_argument("--offerings", type=int, default=500, help="offerings in the main measurement")
    parser.add_argument("--small", type=int, default=50, help="offerings in the query-count comparison")
    args = parser.parse_args()

    logging.disable(logging.INFO)  # Wagtail logs every page created, django-tasks every task
    setup_test_environment()
    old_config = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    vendor = f"{connection.vendor} ({connection.settings_dict['NAME']})"
    try:
        rng = random.Random(SEED)
        catalog = make_site()
        educators = User.objects.bulk_create(
            User(email=f"educator{n}@bench.example.org", password="!", member_role=MemberRole.EDUCATOR)
            for n in range(60)
        )
        client = Client()
        client.force_login(educators[0])
        url = catalog.url
        print(f"Database: {vendor}", flush=True)
        print(f"Adding {args.small} offerings ...", flush=True)
        add_offerings(rng, catalog, 0, args.small, educators)
        small = measure(client, url, 1)
        print(f"Adding {args.offerings - args.small} more offerings ...", flush=True)
        add_offerings(rng, catalog, args.small, args.offerings - args.small, educators)
        large = measure(client, url, args.runs)
    finally:
        connection.creation.destroy_test_db(old_config, verbosity=0)

    print(f"\nThe catalog page with {args.offerings} offerings: best (median) of {args.runs} runs, in ms")
    print(f"{'filters':<14} {'matching':>9} {'queries':>8} {'queries at ' + str(args.small):>16} {'time':>18}")
    same = True
    for name, (queries, (best, median), shown) in large.items():
        small_queries = small[name][0]
        same = same and small_queries == queries
        print(
            f"{name:<14} {shown:>9} {queries:>8} {small_queries:>16} {f'{best * 1000:.1f} ({median * 1000:.1f})':>18}"
        )
    print(f"Query counts {'the same' if same else 'NOT the same'} at {args.small} and {args.offerings} offerings")
    print("OK" if same else "TARGET MISSED")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
