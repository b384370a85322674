#!/usr/bin/env python
"""Listening-session registrations on PostgreSQL: sign-ups per second under concurrent clients,
with never more confirmed people than seats and nobody lost.

Starts gunicorn (2 workers, config.wsgi, production settings with DEBUG off and the per-address
rate limit switched off for this process only: every client here shares 127.0.0.1), publishes a
session with limited seats, and sends registrations from concurrent clients. Each registration is
a new browser: it fetches the session page (CSRF cookie and token, submission token), then posts
the form with its own e-mail address. A registration is accepted when the server answers with the
redirect to the registrant's private page. The confirmation e-mail (with its .ics and QR code) is
built and sent in the request, as with the immediate task backend.

Prints registrations per second and the final counts: confirmed must equal the seats (never more),
and confirmed + waitlisted must equal the accepted registrations (none lost).

Needs PostgreSQL: DATABASE_URL (postgres://...), or the server at 127.0.0.1:5432 (user postgres)
where it creates (and at the end drops) its own database, commongood_bench_sessions.

Usage: python bench/sessions.py [--registrations 400] [--clients 16] [--seats 150] [--keep-database]
"""

import argparse
import random
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import (  # noqa: E402
    HOST,
    Browser,
    configure,
    database_url,
    drop_database,
    free_port,
    hidden_fields,
    run_server,
    wait_until_up,
)

OWN_DATABASE = "commongood_bench_sessions"
LANGUAGES = ["en", "es", "ht", "pt", "vi", "zh-hans", "ar"]


def build_site(seats):
    """A home page, a listening-session index and one session next week with ``seats`` seats."""
    import datetime

    from django.utils import timezone

    from wagtail.models import Page, Site

    from engagement.models.listening import ListeningSessionIndexPage, ListeningSessionPage
    from home.models import HomePage

    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Common Good", slug="bench-home", lead="Schools, together."))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": HOST, "port": 80, "root_page": home, "site_name": "Bench"}
    )
    index = home.add_child(instance=ListeningSessionIndexPage(title="Listening sessions", slug="sessions"))
    index.save_revision().publish()
    starts_at = timezone.now() + datetime.timedelta(days=7)
    session = ListeningSessionPage(
        title="Riverside families",
        slug="riverside",
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=2),
        session_format="hybrid",
        place_name="Roosevelt Elementary",
        address="25 Main Street",
        online_link="https://meet.example.org/riverside",
        interpretation_languages=["es", "ht", "vi", "zh", "ar", "pt"],
        childcare=True,
        capacity=seats,
    )
    index.add_child(instance=session)
    session.save_revision().publish()
    return ListeningSessionPage.objects.get(pk=session.pk)


def registration_fields(number, rng):
    language = rng.choice(LANGUAGES)
    children = rng.choice([0, 0, 1, 2])
    return {
        "name": f"Bench person {number}",
        "email": f"person{number}@bench.example",
        "phone": "",
        "language": language,
        "interpretation_language": rng.choice(["", "es", "ht", "vi"]),
        "children_count": str(children),
        "children_ages": ", ".join(str(rng.randint(1, 12)) for _ in range(children)),
        "accessibility_needs": "",
        "connection": rng.choice(["family", "student", "educator", "community"]),
        "consent_to_contact": "on",
    }


def register_once(port, path, number, rng):
    browser = Browser(port)
    response, content = browser.request("GET", path)
    if response.status != 200:
        return False, f"GET {path}: {response.status}"
    fields = {**hidden_fields(content.decode()), **registration_fields(number, rng)}
    response, content = browser.request(
        "POST",
        path,
        body=urlencode(fields, doseq=True),
        extra={
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"https://{HOST}",
            "Referer": f"https://{HOST}{path}",
        },
    )
    browser.connection.close()
    location = response.getheader("Location", "")
    if response.status == 302 and "/listening/r/" in urlsplit(location).path:
        return True, "registered"
    return False, f"POST {path}: {response.status} {location}"


def load(port, path, registrations, clients):
    accepted, refused, problems = [0], [0], []
    lock = threading.Lock()
    remaining = iter(range(1, registrations + 1))

    def client(number):
        rng = random.Random(number)
        while True:
            with lock:
                person = next(remaining, None)
            if person is None:
                return
            try:
                ok, what = register_once(port, path, person, rng)
            except OSError as error:
                ok, what = False, str(error)
            with lock:
                if ok:
                    accepted[0] += 1
                else:
                    refused[0] += 1
                    problems.append(what)

    threads = [threading.Thread(target=client, args=(number,)) for number in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return accepted[0], refused[0], time.monotonic() - started, problems[:5]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--registrations", type=int, default=400, help="registrations to send over HTTP")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients")
    parser.add_argument("--seats", type=int, default=150, help="seats of the session")
    parser.add_argument("--keep-database", action="store_true", help="do not drop the database made for the run")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="commongood-session-bench-"))
    url, own_database = database_url("bench/sessions.py", OWN_DATABASE)
    try:
        env = configure(workdir, url, "bench/sessions.py")
        from django.core.management import call_command

        print("Preparing: migrate, collectstatic, a session with limited seats ...", flush=True)
        call_command("migrate", "--no-input", verbosity=0)
        call_command("collectstatic", "--no-input", verbosity=0)
        session = build_site(args.seats)
        port = free_port()
        server = run_server(env, port)
        try:
            wait_until_up(port)
            accepted, refused, elapsed, problems = load(port, session.url, args.registrations, args.clients)
        finally:
            server.terminate()
            server.wait(timeout=30)
        from engagement.models.listening import ListeningRegistration, RegistrationStatus

        registrations = ListeningRegistration.objects.filter(session=session)
        confirmed = registrations.filter(status=RegistrationStatus.CONFIRMED).count()
        waitlisted = registrations.filter(status=RegistrationStatus.WAITLISTED).count()
    finally:
        from django.db import connections

        connections.close_all()
        shutil.rmtree(workdir, ignore_errors=True)
        if own_database and not args.keep_database:
            drop_database(own_database)

    print(f"\nRegistrations: gunicorn 2 workers, {args.clients} concurrent clients, each a new browser (GET then POST)")
    print(f"  accepted {accepted}, refused {refused}, in {elapsed:.1f}s: {accepted / elapsed:.1f} registrations/s")
    for problem in problems:
        print(f"  refused: {problem}")
    print(f"  seats {args.seats}: confirmed {confirmed}, waitlisted {waitlisted}")
    capacity_kept = confirmed <= args.seats and confirmed == min(args.seats, accepted)
    none_lost = confirmed + waitlisted == accepted
    print(f"  confirmed never above the seats: {'yes' if capacity_kept else 'NO'}")
    print(f"  none lost (confirmed + waitlisted == accepted): {'yes' if none_lost else 'NO'}")
    sys.exit(0 if capacity_kept and none_lost else 1)


if __name__ == "__main__":
    main()
