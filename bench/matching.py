#!/usr/bin/env python
"""Ranking mentors for a request: the time with 2,000 and with 20,000 mentors, and the view's query count.

Builds a throw-away test database (SQLite in memory, or a new PostgreSQL database next to the one
DATABASE_URL names, dropped at the end), fills it with varied mentor profiles (a tenth of them with
a mentee already, some at capacity, some paused), and times ``rank_mentors`` for one request:
the top 20 the coordinators' view shows (every available mentor is scored and ordered, 20 come
back), and the full ranking (all of them come back as Python objects). Each figure is the best
and the median of several runs after a warm-up; the ratios use the best. Then it counts the database queries of the
coordinators' ranking view (the request's inspect view in the Wagtail admin) at both sizes.

Usage: .venv/bin/python bench/matching.py [--runs 7] [--small 2000] [--large 20000]
Targets (issue #6): the large ranking costs at most ten times the small one; the view's query
count is the same at both sizes.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import Group  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

from engagement.mentoring.admin_views import RANKING_LIMIT  # noqa: E402
from engagement.mentoring.matching import rank_mentors  # noqa: E402
from engagement.models.mentoring import (  # noqa: E402
    Expertise,
    MeetingFormat,
    MentorProfile,
    MentorRequest,
    Mentorship,
    MentorshipStatus,
    MentorStatus,
    RoleHeld,
)
from home.choices import GradeBand, MemberRole, SpokenLanguage, Subject  # noqa: E402
from home.models import School, User  # noqa: E402
from home.roles import MENTOR_COORDINATORS  # noqa: E402

SEED = 6
BATCH = 2000
NEIGHBOURHOODS = ["Eastside", "Harbor", "Riverside", "Hillcrest", "Downtown"]


def codes(choices):
    return [code for code, _label in choices]


def pick(rng, choices, low, high):
    options = codes(choices)
    chosen = set(rng.sample(options, rng.randint(low, high)))
    return [code for code in options if code in chosen]


def add_mentors(rng, start, count, schools):
    """``count`` more mentors, numbered from ``start``: varied, a few paused, a tenth with a mentee."""
    SchoolLink = MentorProfile.schools.through
    for offset in range(0, count, BATCH):
        numbers = range(start + offset, start + min(offset + BATCH, count))
        users = User.objects.bulk_create(
            User(
                email=f"mentor{number}@bench.example.org",
                password="!",
                first_name=f"Mentor{number}",
                last_name="Bench",
                member_role=MemberRole.RETIREE,
            )
            for number in numbers
        )
        profiles = MentorProfile.objects.bulk_create(
            MentorProfile(
                user=user,
                status=MentorStatus.PAUSED if rng.random() < 0.05 else MentorStatus.APPROVED,
                years_taught=rng.randint(10, 40),
                roles_held=pick(rng, RoleHeld.choices, 1, 3),
                subjects=pick(rng, Subject.choices, 1, 3),
                grade_bands=pick(rng, GradeBand.choices, 1, 2),
                languages=pick(rng, SpokenLanguage.choices, 1, 3),
                expertise=pick(rng, Expertise.choices, 1, 4),
                formats=pick(rng, MeetingFormat.choices, 1, 2),
                hours_per_month=rng.randint(1, 10),
                max_mentees=rng.randint(1, 3),
                bio="A retired educator.",
            )
            for user in users
        )
        SchoolLink.objects.bulk_create(
            SchoolLink(mentorprofile_id=profile.pk, school_id=school.pk)
            for profile in profiles
            for school in rng.sample(schools, rng.randint(1, 2))
        )
        Mentorship.objects.bulk_create(
            Mentorship(mentor=profile, status=MentorshipStatus.ACTIVE, planned_months=6)
            for profile in profiles
            if rng.random() < 0.1
        )
    # Mentorship.save() keeps each mentor's count; bulk_create does not call it.
    MentorProfile.objects.recount_open_mentorships()
    # A database in use has statistics about its tables (PostgreSQL's autovacuum gathers them): without
    # them the planner takes 20,000 fresh rows for a handful and picks plans made for a handful.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def timed(function, runs):
    """(best, median) seconds of ``runs`` calls after a warm-up. The ratios use the best run: the cost
    of the work itself, the least disturbed by whatever else the machine is doing."""
    function()  # warm-up: caches, query compilation
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return min(timings), statistics.median(timings)


def view_queries(client, url):
    client.get(url)  # warm-up: the admin caches parts of its chrome
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}: the count would be an error page's")
    return len(queries.captured_queries)


def python_control(count):
    """Building ``count`` small records in plain Python, no database: how object creation alone scales."""
    return [
        {"id": number, "name": str(number), "codes": [str(number), "x"], "pair": (number, 1)} for number in range(count)
    ]


def measure(mentor_request, client, url, runs):
    view = timed(lambda: client.get(url), runs)
    top = timed(lambda: rank_mentors(mentor_request, limit=RANKING_LIMIT), runs)
    full_count = len(rank_mentors(mentor_request))
    full = timed(lambda: rank_mentors(mentor_request), runs)
    control = timed(lambda: python_control(full_count), runs)
    return {
        "view": view,
        "top": top,
        "full": full,
        "control": control,
        "ranked": full_count,
        "queries": view_queries(client, url),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="timed runs per figure (the median is shown)")
    parser.add_argument("--small", type=int, default=2000, help="mentors in the first measurement")
    parser.add_argument("--large", type=int, default=20000, help="mentors in the second measurement")
    args = parser.parse_args()

    setup_test_environment()
    old_config = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    vendor = f"{connection.vendor} ({connection.settings_dict['NAME']})"
    try:
        rng = random.Random(SEED)
        schools = School.objects.bulk_create(
            School(name=f"Bench school {number}", neighbourhood=NEIGHBOURHOODS[number % len(NEIGHBOURHOODS)])
            for number in range(40)
        )
        mentee = User.objects.create(email="mentee@bench.example.org", member_role=MemberRole.EDUCATOR)
        mentor_request = MentorRequest.objects.create(
            mentee=mentee,
            help_with=["classroom-management", "english-learners"],
            subject="math",
            grade_band="middle",
            school=schools[0],
            language="es",
            meeting_format="in-person",
        )
        coordinator = User.objects.create(email="coordinator@bench.example.org", member_role=MemberRole.STAFF)
        coordinator.groups.add(Group.objects.get(name=MENTOR_COORDINATORS))
        client = Client()
        client.force_login(coordinator)
        url = f"/admin/mentor_requests/inspect/{mentor_request.pk}/"

        print(f"Database: {vendor}", flush=True)
        print(f"Adding {args.small:,} mentors ...", flush=True)
        add_mentors(rng, 0, args.small, schools)
        small = measure(mentor_request, client, url, args.runs)
        print(f"Adding {args.large - args.small:,} more mentors ...", flush=True)
        add_mentors(rng, args.small, args.large - args.small, schools)
        large = measure(mentor_request, client, url, args.runs)
    finally:
        connection.creation.destroy_test_db(old_config, verbosity=0)

    print(f"\nRanking the mentors for one request: best (median) of {args.runs} runs, in ms")
    columns = ("ranking view", "rank_mentors, top 20", "full ranking")
    print(f"{'mentors':>8} {'available':>10} " + " ".join(f"{name:>22}" for name in columns) + f" {'view queries':>13}")
    for size, figures in ((args.small, small), (args.large, large)):
        cells = [f"{figures[key][0] * 1000:.1f} ({figures[key][1] * 1000:.1f})" for key in ("view", "top", "full")]
        print(f"{size:>8,} {figures['ranked']:>10,} " + " ".join(f"{cell:>22}" for cell in cells), end="")
        print(f" {figures['queries']:>13}")
    ratios = {key: large[key][0] / small[key][0] for key in ("view", "top", "full", "control")}
    size_ratio = args.large / args.small
    print(
        f"\n{size_ratio:.0f}x the mentors: the ranking view took {ratios['view']:.1f}x as long, rank_mentors "
        f"{ratios['top']:.1f}x (target: at most {size_ratio:.0f}x)"
    )
    print(
        f"The full ranking (every available mentor returned as Python objects; no page asks for it) took "
        f"{ratios['full']:.1f}x. The scoring in it is the linear work above; the rest is creating that many Python "
        f"objects, which grows faster than their number in this process whatever creates them: building as many "
        f"small dicts in plain Python, no database, took {ratios['control']:.1f}x "
        f"({small['control'][0] * 1000:.1f} and {large['control'][0] * 1000:.1f} ms)."
    )
    same = small["queries"] == large["queries"]
    print(f"Ranking view: {small['queries']} and {large['queries']} queries ({'the same' if same else 'NOT the same'})")
    ok = ratios["view"] <= size_ratio and ratios["top"] <= size_ratio and same
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
