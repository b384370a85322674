#!/usr/bin/env python
"""Survey speed on PostgreSQL: submissions under load with nothing lost, and results at scale.

1. Submissions. Starts gunicorn (2 workers, config.wsgi, production settings with DEBUG off and
   the per-address rate limit switched off for this process only: every client here shares
   127.0.0.1) and sends complete answer sets from concurrent clients. Each submission is a new
   browser: it fetches the form (CSRF cookie and token, submission token), then posts it. A
   submission is accepted when the server answers with the redirect to the thank-you page.
   Prints submissions per second and the responses in the database, which must equal the
   accepted count.
2. Results. Bulk-inserts generated responses (every kind of question, seven languages, twenty
   schools) into a second survey and times the results: survey_results() alone and the whole
   admin results view (charts and tables rendered), for 1,000 and for 100,000 responses, after
   VACUUM ANALYZE as autovacuum would leave the table. Cold: nothing cached, every answer
   aggregated in SQL (GROUP BY over the indexes). Warm: the tally of settled responses cached
   (engagement/surveys/tally.py), newer responses counted live, as staff meet it after a first look.

Needs PostgreSQL: DATABASE_URL (postgres://...), or the server at 127.0.0.1:5432 (user postgres)
where it creates (and at the end drops) its own database, commongood_bench_surveys.

Usage: python bench/surveys.py [--submissions 400] [--clients 16] [--responses 1000 100000] [--keep-database]
Targets (issue #4): responses in the database == accepted submissions; results for 100,000
responses cost at most 3x those for 1,000.
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
import uuid
from decimal import Decimal
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

OWN_DATABASE = "commongood_bench_surveys"
LANGUAGES = ["en", "es", "ht", "pt", "vi", "zh-hans", "ar"]
TARGET_RATIO = 3.0
# Responses settle at once: nothing writes while the results are timed (the default is 10 minutes).
EXTRA_SETTINGS = "SURVEY_RESULTS_SETTLE_SECONDS = 0\n"


def choices(*pairs):
    return [{"label": label, "code": code} for code, label in pairs]


def question(kind, code, text, **extra):
    value = {
        "question": text,
        "help_text": "",
        "required": False,
        "code": code,
        "condition": {"question_code": "", "operator": "equals", "choice_code": ""},
        "publish_results": True,
        **extra,
    }
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def survey_questions():
    """One step, one question of every kind (the form posts in one request)."""
    return [
        question(
            "single_choice",
            "travel",
            "How does your child usually get to school?",
            required=True,
            choices=choices(("walk", "Walking"), ("bus", "School bus"), ("car", "By car")),
            allow_other=True,
        ),
        question(
            "multiple_choice",
            "priorities",
            "What should the next contract pay for first?",
            choices=choices(
                ("smaller-classes", "Smaller classes"),
                ("counselors", "More counselors"),
                ("arts", "Arts and music"),
                ("libraries", "Open libraries"),
            ),
            allow_other=False,
            min_choices=None,
            max_choices=2,
        ),
        question(
            "rating", "safety", "How safe does your child feel?", scale_size=5, low_label="Not", high_label="Very"
        ),
        question(
            "ranking",
            "investments",
            "Put these in order of importance.",
            choices=choices(("nurses", "A nurse in every school"), ("libraries", "Librarians"), ("aides", "Aides")),
        ),
        question(
            "matrix",
            "school-life",
            "How much do you agree?",
            rows=choices(("homework", "Homework is manageable"), ("news", "The school keeps me informed")),
            columns=choices(("agree", "Agree"), ("unsure", "Not sure"), ("disagree", "Disagree")),
        ),
        question(
            "number",
            "children",
            "How many of your children go to our schools?",
            min_value=None,
            max_value=None,
            whole_numbers_only=True,
        ),
        question("date", "last-visit", "When did you last visit the school?"),
        question("long_text", "anything-else", "Anything else you want us to know?", max_length=3000),
    ]


# Setting up


def build_site():
    """A home page, a survey index and two surveys: one to answer over HTTP, one to fill in bulk."""
    from wagtail.models import Page, Site

    from engagement.models import SurveyIndexPage, SurveyPage
    from home.models import HomePage

    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Common Good", slug="bench-home", lead="Schools, together."))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": HOST, "port": 80, "root_page": home, "site_name": "Bench"}
    )
    index = home.add_child(instance=SurveyIndexPage(title="Surveys", slug="surveys"))
    index.save_revision().publish()
    surveys = []
    for title in ("Family survey", "Results survey"):
        survey = SurveyPage(title=title, slug=title.lower().replace(" ", "-"), ask_profile=False)
        survey.questions = survey_questions()
        index.add_child(instance=survey)
        survey.save_revision().publish()
        surveys.append(SurveyPage.objects.get(pk=survey.pk))
    return surveys


# 1. Submissions over HTTP


def answer_fields(questions, rng):
    """A complete, valid answer set as the form posts it (field names from engagement/surveys/forms.py)."""
    fields = {"audience": rng.choice(["family", "student", "educator", "community"])}
    by_code = {block["value"]["code"]: block["id"] for block in questions}
    fields[f"q-{by_code['travel']}"] = rng.choice(["walk", "bus", "car"])
    fields[f"q-{by_code['priorities']}"] = rng.sample(["smaller-classes", "counselors", "arts", "libraries"], 2)
    fields[f"q-{by_code['safety']}"] = str(rng.randint(1, 5))
    for position, rank in enumerate(rng.sample([1, 2, 3], 3), start=1):
        fields[f"q-{by_code['investments']}-{position}"] = str(rank)
    for row in (1, 2):
        fields[f"q-{by_code['school-life']}-{row}"] = rng.choice(["agree", "unsure", "disagree"])
    fields[f"q-{by_code['children']}"] = str(rng.randint(1, 4))
    fields[f"q-{by_code['last-visit']}"] = "2026-02-14"
    fields[f"q-{by_code['anything-else']}"] = "Smaller classes and a nurse, please. Merci. 谢谢. شكرا."
    return fields


def submit_once(port, path, questions, rng):
    """Fetch the form and post it; returns (accepted, what happened)."""
    browser = Browser(port)
    response, content = browser.request("GET", path)
    if response.status != 200:
        return False, f"GET {path}: {response.status}"
    fields = hidden_fields(content.decode())
    fields.update(answer_fields(questions, rng))
    body = urlencode(fields, doseq=True)
    response, content = browser.request(
        "POST",
        path,
        body=body,
        extra={
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"https://{HOST}",
            "Referer": f"https://{HOST}{path}",
        },
    )
    browser.connection.close()
    location = response.getheader("Location", "")
    if response.status == 302 and urlsplit(location).path.endswith("/thanks/"):
        return True, "thanked"
    errors = re.findall(r'class="[^"]*error[^"]*"[^>]*>([^<]+)<', content.decode(errors="replace"))
    return False, f"POST {path}: {response.status} {location} {errors[:5]}"


def load(port, path, questions, submissions, clients):
    accepted, refused = [0], [0]
    lock = threading.Lock()
    remaining = iter(range(submissions))

    def client(number):
        rng = random.Random(number)
        while True:
            with lock:
                if next(remaining, None) is None:
                    return
            try:
                ok, _what = submit_once(port, path, questions, rng)
            except OSError:
                ok = False
            with lock:
                if ok:
                    accepted[0] += 1
                else:
                    refused[0] += 1

    threads = [threading.Thread(target=client, args=(number,)) for number in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return accepted[0], refused[0], time.perf_counter() - began


# 2. Results at scale


def generate(survey, count, schools, rng):
    """Bulk-insert ``count`` responses with answers filed as the form files them."""
    from django.db import transaction
    from django.utils import timezone

    from engagement.models import SurveyAnswer, SurveyResponse

    ids = {block.value["code"]: block.id for block in survey.question_blocks()}
    start = timezone.now() - datetime.timedelta(days=60)
    batch = 5000
    for offset in range(0, count, batch):
        size = min(batch, count - offset)
        with transaction.atomic():
            responses = SurveyResponse.objects.bulk_create(
                SurveyResponse(
                    survey_key=survey.survey_key,
                    survey_page=survey,
                    language=rng.choice(LANGUAGES),
                    audience=rng.choice(["family", "student", "educator", "community", ""]),
                    school=rng.choice(schools),
                    submitted_at=start + datetime.timedelta(seconds=rng.randint(0, 60 * 86400)),
                )
                for _ in range(size)
            )
            answers = []
            for response in responses:
                base = {"response": response, "survey_key": survey.survey_key}
                if rng.random() < 0.05:
                    answers.append(SurveyAnswer(**base, question_id=ids["travel"], text="My grandmother drives us"))
                else:
                    choice = rng.choice(["walk", "bus", "car"])
                    answers.append(SurveyAnswer(**base, question_id=ids["travel"], choice=choice))
                for code in rng.sample(["smaller-classes", "counselors", "arts", "libraries"], rng.randint(1, 2)):
                    answers.append(SurveyAnswer(**base, question_id=ids["priorities"], choice=code))
                point = rng.randint(1, 5)
                answers.append(SurveyAnswer(**base, question_id=ids["safety"], choice=str(point), number=point))
                for rank, code in enumerate(rng.sample(["nurses", "libraries", "aides"], 3), start=1):
                    answers.append(SurveyAnswer(**base, question_id=ids["investments"], choice=code, rank=rank))
                for row in ("homework", "news"):
                    choice = rng.choice(["agree", "unsure", "disagree"])
                    answers.append(SurveyAnswer(**base, question_id=ids["school-life"], row=row, choice=choice))
                answers.append(SurveyAnswer(**base, question_id=ids["children"], number=Decimal(rng.randint(1, 5))))
                if rng.random() < 0.6:
                    day = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 60))
                    answers.append(SurveyAnswer(**base, question_id=ids["last-visit"], date=day))
                if rng.random() < 0.2:
                    answers.append(SurveyAnswer(**base, question_id=ids["anything-else"], text="More buses."))
            SurveyAnswer.objects.bulk_create(answers, batch_size=10000)


def vacuum():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE engagement_surveyanswer")
        cursor.execute("VACUUM ANALYZE engagement_surveyresponse")


def timed(function, repeat, before=None):
    """The median time of ``function``; ``before`` runs ahead of each call, untimed."""
    times = []
    for _ in range(repeat):
        if before:
            before()
        began = time.perf_counter()
        function()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def time_results(survey, organizer, repeat):
    """(cold, warm) times of survey_results() and of the admin view.

    Cold: the cache emptied before each build, so every response is counted in SQL. Warm: the
    tally of the settled responses is cached (engagement.surveys.tally), as it is for staff after
    the first look; only responses newer than the last settled checkpoint are counted live.
    """
    from django.core.cache import cache
    from django.test import Client

    from engagement.surveys.results import survey_results

    client = Client()
    client.force_login(organizer)
    address = f"/admin/survey-results/{survey.pk}/"

    def compute():
        survey_results(survey, language="en")

    def view():
        response = client.get(address, secure=True, HTTP_HOST=HOST)
        assert response.status_code == 200, response.status_code

    view()  # warm-up: imports, templates, the database's own caches
    cold = (timed(compute, repeat, before=cache.clear), timed(view, repeat, before=cache.clear))
    cache.clear()
    compute()  # notes a checkpoint (settled at once here: nothing else writes during the timing)
    compute()  # counts the settled responses and keeps their tally
    warm = (timed(compute, repeat), timed(view, repeat))
    return cold, warm


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--submissions", type=int, default=400, help="submissions to send over HTTP")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients")
    parser.add_argument("--responses", type=int, nargs=2, default=[1000, 100_000], help="the two results sizes")
    parser.add_argument("--repeat", type=int, default=5, help="timed builds of the results (the median is shown)")
    parser.add_argument("--keep-database", action="store_true", help="do not drop the database made for the run")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="commongood-survey-bench-"))
    url, own_database = database_url("bench/surveys.py", OWN_DATABASE)
    try:
        env = configure(workdir, url, "bench/surveys.py", EXTRA_SETTINGS)
        from django.contrib.auth.models import Group
        from django.core.management import call_command

        print("Preparing: migrate, collectstatic, a site with two surveys ...", flush=True)
        call_command("migrate", "--no-input", verbosity=0)
        call_command("collectstatic", "--no-input", verbosity=0)
        answered, results_survey = build_site()
        questions = answered.questions.get_prep_value()

        # 1. Submissions
        port = free_port()
        server = run_server(env, port)
        try:
            wait_until_up(port)
            path = answered.url
            ok, what = submit_once(port, path, questions, random.Random(0))
            if not ok:
                raise RuntimeError(f"A test submission was not accepted ({what}): the benchmark would measure errors.")
            accepted, refused, elapsed = load(port, path, questions, args.submissions, args.clients)
        finally:
            server.terminate()
            server.wait(timeout=30)
        from engagement.models import SurveyResponse

        in_database = SurveyResponse.objects.filter(survey_key=answered.survey_key).count()

        # 2. Results
        from home.models import School, User
        from home.roles import ORGANIZERS

        schools = [School.objects.create(name=f"School {number:02}") for number in range(1, 21)] + [None]
        organizer = User.objects.create_user(email="organizer@bench.example", password=secrets.token_urlsafe())
        organizer.groups.add(Group.objects.get(name=ORGANIZERS))
        rng = random.Random(4)
        small, large = args.responses
        timings = {}
        done = 0
        for size in (small, large):
            print(f"Inserting responses up to {size:,} ...", flush=True)
            generate(results_survey, size - done, schools, rng)
            done = size
            vacuum()
            timings[size] = time_results(results_survey, organizer, args.repeat)
    finally:
        from django.db import connections

        connections.close_all()
        shutil.rmtree(workdir, ignore_errors=True)
        if own_database and not args.keep_database:
            drop_database(own_database)

    print(f"\nSubmissions: gunicorn 2 workers, {args.clients} concurrent clients, each a new browser (GET then POST)")
    print(f"  accepted {accepted}, refused {refused}, in {elapsed:.1f}s: {accepted / elapsed:.1f} submissions/s")
    expected = accepted + 1  # and the one test submission sent before the load
    verdict = "nothing lost" if in_database == expected else f"MISMATCH: {expected} accepted"
    print(f"  responses in the database: {in_database} (accepted {accepted} + 1 test submission: {verdict})")
    print(f"\nResults (median of {args.repeat}), PostgreSQL, after VACUUM ANALYZE; times in ms")
    print("  cold: nothing cached, every response counted in SQL")
    print("  warm: the settled responses' tally cached, newer ones counted live (what staff meet after the first look)")
    print(f"{'responses':>10} {'cold compute':>13} {'cold view':>10} {'warm compute':>13} {'warm view':>10}")
    for size in (small, large):
        (cold_compute, cold_view), (warm_compute, warm_view) = timings[size]
        print(
            f"{size:>10,} {cold_compute * 1000:>13.1f} {cold_view * 1000:>10.1f}"
            f" {warm_compute * 1000:>13.1f} {warm_view * 1000:>10.1f}"
        )
    ratios = [timings[large][mode][part] / timings[small][mode][part] for mode in (0, 1) for part in (0, 1)]
    print(f"{'ratio':>10} {ratios[0]:>12.2f}x {ratios[1]:>9.2f}x {ratios[2]:>12.2f}x {ratios[3]:>9.2f}x")
    for mode, ratio in (("warm", ratios[3]), ("cold", ratios[1])):
        verdict = "within" if ratio <= TARGET_RATIO else "over"
        print(f"{mode} results view, {large:,} against {small:,} responses: {ratio:.2f}x, {verdict} the 3x target")


if __name__ == "__main__":
    main()
