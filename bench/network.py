#!/usr/bin/env python
"""Action Team network speed on PostgreSQL, with 10,000 members and 1,000 captains.

1. Roster import: a 10,000-row CSV (fifty schools, seven languages, departments and shifts) read,
   previewed and imported in one transaction; then the same file again (nothing changes).
2. Balance: 1,000 captains (with accounts) are appointed, then everyone is given a captain.
3. Marks over HTTP: gunicorn (2 workers, production settings, no rate limit for this process
   only: every client is 127.0.0.1) and 16 concurrent captains. Each captain is a signed-in
   browser: it opens its campaign list (the CSRF token), then marks each person on it. A mark is
   accepted when the server answers with the redirect back to the list. Prints marks per second,
   and the marks in the database, which must equal the accepted count.
4. Live view: the other members' marks are bulk-inserted, then the campaign's live view is timed
   (campaigns.live_view alone, and the whole admin page) with its query count.

Needs PostgreSQL: DATABASE_URL (postgres://...), or the server at 127.0.0.1:5432 (user postgres)
where it creates (and at the end drops) its own database, commongood_bench_network.

Usage: python bench/network.py [--members 10000] [--captains 1000] [--clients 16] [--marking-captains 300]
"""

import argparse
import datetime
import random
import re
import secrets
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from bench.harness import (  # noqa: E402
    HOST,
    Browser,
    configure,
    database_url,
    drop_database,
    free_port,
    run_server,
    wait_until_up,
)

OWN_DATABASE = "commongood_bench_network"
LANGUAGES = ["en", "en", "en", "es", "es", "ht", "pt", "vi", "zh-hans", "ar"]


def timed(function):
    began = time.perf_counter()
    result = function()
    return result, time.perf_counter() - began


# 1. The roster


def roster_csv(members, school_names, rng):
    lines = ["member id,name,school,role,phone,email,preferred language,union status,department,shift"]
    for number in range(1, members + 1):
        lines.append(
            ",".join(
                [
                    f"B{number:06}",
                    f"Member {number}",
                    rng.choice(school_names),
                    rng.choice(["Teacher", "Paraprofessional", "Nurse", "Counselor"]),
                    f"617-555-{number % 10000:04}",
                    f"member{number}@bench.example",
                    rng.choice(LANGUAGES),
                    "member",
                    rng.choice(["", "", "Math", "Science", "English"]),
                    rng.choice(["", "", "", "Morning", "Night"]),
                ]
            )
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


# 2. Captains


def appoint_captains(count, password):
    """``count`` captains spread over the schools by size, each with an account (bulk, untimed)."""
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group

    from engagement.models.network import Captain, Member
    from home.models import User
    from home.roles import CAPTAINS

    members = list(Member.objects.order_by("school_id", "pk").only("pk", "school_id", "name"))
    step = len(members) / count
    chosen = [members[int(index * step)] for index in range(count)]
    hashed = make_password(password)
    users = User.objects.bulk_create(
        [User(email=f"captain{n}@bench.example", first_name=m.name, password=hashed) for n, m in enumerate(chosen)]
    )
    for member, user in zip(chosen, users, strict=True):
        member.user = user
    Member.objects.bulk_update(chosen, ["user"])
    Captain.objects.bulk_create([Captain(member=member, school_id=member.school_id) for member in chosen])
    Group.objects.get(name=CAPTAINS).user_set.add(*users)
    return users


# 3. Marks over HTTP


def session_cookie(user):
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
MARK_FORM = re.compile(r'action="(/en/team/campaigns/\d+/mark/\d+/)"')


def mark_list(port, session_key, campaign_path, rng):
    """One captain: open the list, mark everyone on it. Returns (accepted, refused)."""
    browser = Browser(port, {"sessionid": session_key})
    response, content = browser.request("GET", campaign_path)
    if response.status != 200:
        return 0, 1
    html = content.decode()
    token = CSRF_INPUT.search(html).group(1)
    accepted = refused = 0
    for action in MARK_FORM.findall(html):
        body = urlencode({"csrfmiddlewaretoken": token, "outcome": rng.choice(["reached", "reached", "no-answer"])})
        response, _content = browser.request(
            "POST",
            action,
            body=body,
            extra={
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": f"https://{HOST}",
                "Referer": f"https://{HOST}{campaign_path}",
            },
        )
        if response.status == 302 and campaign_path in response.getheader("Location", ""):
            accepted += 1
        else:
            refused += 1
    browser.connection.close()
    return accepted, refused


def mark_under_load(port, sessions, campaign_path, clients):
    totals = {"accepted": 0, "refused": 0}
    lock = threading.Lock()
    queue = iter(sessions)

    def client(number):
        rng = random.Random(number)
        while True:
            with lock:
                session_key = next(queue, None)
            if session_key is None:
                return
            try:
                accepted, refused = mark_list(port, session_key, campaign_path, rng)
            except OSError:
                accepted, refused = 0, 1
            with lock:
                totals["accepted"] += accepted
                totals["refused"] += refused

    threads = [threading.Thread(target=client, args=(number,)) for number in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return totals["accepted"], totals["refused"], time.perf_counter() - began


# 4. The live view


def fill_marks(campaign, rng):
    from django.utils import timezone

    from engagement.models.network import Contact, Member

    marked = set(Contact.objects.filter(campaign=campaign).values_list("member_id", flat=True))
    start = campaign.started_at
    contacts = []
    for member_id, captain_id in Member.objects.filter(captain__isnull=False).values_list("pk", "captain_id"):
        if member_id in marked or rng.random() < 0.15:
            continue
        # Most people early, a long tail: a phone tree's shape.
        at = start + datetime.timedelta(seconds=3 * 3600 * rng.random() ** 2)
        reached = rng.random() < 0.85
        contacts.append(
            Contact(
                campaign=campaign,
                member_id=member_id,
                captain_id=captain_id,
                outcome="reached" if reached else "no-answer",
                marked_at=min(at, timezone.now()),
                reached_at=min(at, timezone.now()) if reached else None,
            )  # fmt: skip
        )
    Contact.objects.bulk_create(contacts, batch_size=5000)


def time_live_view(campaign, organizer, repeat=5):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from engagement.network import campaigns

    client = Client()
    client.force_login(organizer)
    address = f"/admin/action-team/campaigns/{campaign.pk}/"

    def view():
        response = client.get(address, secure=True, HTTP_HOST=HOST)
        assert response.status_code == 200, response.status_code

    view()
    computes, views = [], []
    for _ in range(repeat):
        computes.append(timed(lambda: campaigns.live_view(campaign))[1])
        views.append(timed(view)[1])
    with CaptureQueriesContext(connection) as compute_queries:
        campaigns.live_view(campaign)
    with CaptureQueriesContext(connection) as view_queries:
        view()
    return statistics.median(computes), statistics.median(views), len(compute_queries), len(view_queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--captains", type=int, default=1_000)
    parser.add_argument("--schools", type=int, default=50)
    parser.add_argument("--clients", type=int, default=16, help="concurrent captains marking over HTTP")
    parser.add_argument("--marking-captains", type=int, default=300, help="captains who mark their list over HTTP")
    parser.add_argument("--keep-database", action="store_true")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="commongood-network-bench-"))
    url, own_database = database_url("bench/network.py", OWN_DATABASE)
    rng = random.Random(8)
    try:
        env = configure(workdir, url, "bench/network.py")
        from django.conf import settings
        from django.contrib.auth.models import Group
        from django.core.management import call_command
        from django.db.models import Count
        from django.utils import timezone

        print("Preparing: migrate, collectstatic ...", flush=True)
        call_command("migrate", "--no-input", verbosity=0)
        call_command("collectstatic", "--no-input", verbosity=0)

        from engagement.models.network import Campaign, CampaignMessage, Contact, Member
        from engagement.network import campaigns, roster, services
        from home.models import School, User
        from home.roles import ORGANIZERS

        schools = [School.objects.create(name=f"Bench School {n:02}") for n in range(1, args.schools + 1)]
        data = roster_csv(args.members, [s.name for s in schools], rng)

        # 1. Import
        plan, import_seconds = timed(lambda: roster.apply_import(roster.decode(data)))
        again, reimport_seconds = timed(lambda: roster.apply_import(roster.decode(data)))
        assert plan.added == args.members and again.unchanged == args.members, (plan.summary(), again.summary())

        # 2. Balance
        password = secrets.token_urlsafe()
        users = appoint_captains(args.captains, password)
        report, balance_seconds = timed(lambda: services.balance())
        without = Member.objects.filter(captain__isnull=True, captaincy__isnull=True).count()
        largest = max(
            Member.objects.values("captain").exclude(captain=None).annotate(n=Count("pk")).values_list("n", flat=True)
        )

        # 3. Marks over HTTP
        campaign = Campaign.objects.create(title="Bench campaign", deadline=timezone.now() + datetime.timedelta(days=1))
        campaign.schools.set(schools)
        CampaignMessage.objects.bulk_create(
            [
                CampaignMessage(campaign=campaign, language=code, text=f"Message ({code})")
                for code, _n in settings.LANGUAGES
            ]
        )
        campaigns.start(campaign)
        # Started four hours ago: the bulk marks of part 4 fall in its first three hours, the HTTP marks now.
        campaign.started_at -= datetime.timedelta(hours=4)
        campaign.save(update_fields=["started_at"])
        marking = users[: args.marking_captains]
        sessions = [session_cookie(user) for user in marking]
        port = free_port()
        server = run_server(env, port)
        try:
            wait_until_up(port)
            accepted, refused, elapsed = mark_under_load(
                port, sessions, f"/en/team/campaigns/{campaign.pk}/", args.clients
            )
        finally:
            server.terminate()
            server.wait(timeout=30)
        in_database = Contact.objects.filter(campaign=campaign).count()

        # 4. Live view
        fill_marks(campaign, rng)
        organizer = User.objects.create_user(email="organizer@bench.example", password=password)
        organizer.groups.add(Group.objects.get(name=ORGANIZERS))
        organizer.organized_schools.bulk_create(
            [organizer.organized_schools.model(organizer=organizer, school=s) for s in schools]
        )
        compute, view, compute_queries, view_queries = time_live_view(campaign, organizer)
        live = campaigns.live_view(campaign)
    finally:
        from django.db import connections

        connections.close_all()
        shutil.rmtree(workdir, ignore_errors=True)
        if own_database and not args.keep_database:
            drop_database(own_database)

    print(
        f"\nAction Team network on PostgreSQL: {args.members:,} members, {args.captains:,} captains, "
        f"{args.schools} schools"
    )
    print(f"  roster import (read, preview, import in one transaction): {import_seconds:.2f}s "
          f"({plan.added:,} added)")  # fmt: skip
    print(f"  same file again: {reimport_seconds:.2f}s ({again.unchanged:,} unchanged, nothing written)")
    print(f"  balance: {balance_seconds:.2f}s ({report.assigned:,} given a captain, {without} left without one, "
          f"largest list {largest}, {len(report.warnings)} warnings)")  # fmt: skip
    print(f"  marks over HTTP (gunicorn, 2 workers), {args.clients} concurrent captains, {len(marking)} lists:")
    print(f"    accepted {accepted:,}, refused {refused}, in {elapsed:.1f}s: {accepted / elapsed:.1f} marks/s")
    verdict = "nothing lost" if in_database == accepted else "MISMATCH"
    print(f"    marks in the database: {in_database:,} ({verdict})")
    print(f"  live view with {live.total.total:,} members, {live.total.reached:,} reached "
          f"(median of 5): live_view() {compute * 1000:.0f} ms in {compute_queries} queries; "
          f"admin page {view * 1000:.0f} ms in {view_queries} queries")  # fmt: skip
    milestones = ", ".join(
        f"{p}% {datetime.timedelta(seconds=round(d.total_seconds())) if d is not None else 'not yet'}"
        for p, d in live.milestones
    )
    print(f"  reach timings: {milestones}")


if __name__ == "__main__":
    main()
