#!/usr/bin/env python
"""PDF speed under production settings: the platform book rendered cold, then served from storage.

Builds a throw-away SQLite database and media folder with the demo content (the vision, the
platform of five planks and thirteen proposals, in every language), collects the static files,
and asks for the platform book through Django's test client, in English and in Arabic.
Publishing renders nothing here (the tasks backend is the dummy one), so the first request
renders the book; the next ones are served from media storage. WeasyPrint and the fonts are
loaded once before timing, as in a long-running worker.

Usage: python bench/pdf.py [--repeat 20]
Target (issue #3): serving the book from the cache takes under 1% of the time to render it.
"""

import argparse
import io
import os
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
MIN_PROPOSALS = 12
TARGET_RATIO = 0.01


def configure(workdir):
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "localhost,127.0.0.1",
            "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
            "MEDIA_ROOT": str(workdir / "media"),
            # Nothing renders on publish: the benchmark's first request must find no PDF.
            "TASKS_BACKEND": "django_tasks.backends.dummy.DummyBackend",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "LOG_LEVEL": "WARNING",
        }
    )
    sys.path.insert(0, str(PROJECT_DIR))
    os.chdir(PROJECT_DIR)
    import django

    django.setup()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20, help="cached requests to time (the median is shown)")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="commongood-pdf-bench-"))
    try:
        configure(workdir)
        from django.core.management import call_command

        print("Preparing: migrate, demo content, collectstatic ...", flush=True)
        call_command("migrate", "--no-input", verbosity=0)
        call_command("load_demo_content", verbosity=0, stdout=io.StringIO())
        call_command("collectstatic", "--no-input", verbosity=0)
        results = [measure(language, args.repeat) for language in ("en", "ar")]
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report(results)


# Measuring


def measure(language, repeat):
    from django.test import Client

    from home.pdf import render_pdf
    from proposals.models import PlatformPage, ProposalPage

    platform = PlatformPage.objects.live().filter(locale__language_code=language).order_by("path").first()
    if platform is None:
        raise RuntimeError(f"No live platform page in {language!r}: nothing to make a book of")
    proposals = ProposalPage.objects.live().filter(locale__language_code=language).count()
    if proposals < MIN_PROPOSALS:
        raise RuntimeError(f"Only {proposals} proposals in {language!r}: the demo content is not a representative book")
    url = f"{platform.url}book/"
    client = Client(HTTP_HOST="localhost", HTTP_X_FORWARDED_PROTO="https")
    render_pdf('<html lang="en"><p>warm-up</p></html>', "https://localhost/")  # load WeasyPrint and the fonts

    started = time.perf_counter()
    body = fetch(client, url)
    cold = time.perf_counter() - started
    cached_times = []
    for _ in range(repeat):
        started = time.perf_counter()
        assert fetch(client, url) == body, "the cached book differs from the one rendered"
        cached_times.append(time.perf_counter() - started)
    return {
        "language": language,
        "url": url,
        "proposals": proposals,
        "cold": cold,
        "pages": page_count(body),
        "bytes": len(body),
        "cached": statistics.median(cached_times),
    }


def fetch(client, url):
    response = client.get(url)
    if response.status_code != 200 or response["Content-Type"] != "application/pdf":
        raise RuntimeError(f"{url} answered {response.status_code} {response['Content-Type']}, not a PDF")
    return b"".join(response.streaming_content)


def page_count(pdf):
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def report(results):
    columns = f"{'book':<6} {'proposals':>9} {'pages':>6} {'KiB':>6} {'cold s':>8} {'s/page':>7}"
    print(f"\n{columns} {'cached ms':>10} {'ratio':>8}")
    verdicts = []
    for result in results:
        ratio = result["cached"] / result["cold"]
        print(
            f"{result['language']:<6} {result['proposals']:>9} {result['pages']:>6} {result['bytes'] // 1024:>6} "
            f"{result['cold']:>8.2f} {result['cold'] / result['pages']:>7.3f} {result['cached'] * 1000:>10.2f} "
            f"{ratio:>8.4f}  {result['url']}"
        )
        verdicts.append(ratio < TARGET_RATIO)
    print(f"\ncached/cold below {TARGET_RATIO}: {'yes' if all(verdicts) else 'NO'}")
    if not all(verdicts):
        sys.exit(1)


if __name__ == "__main__":
    main()
