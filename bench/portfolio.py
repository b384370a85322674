#!/usr/bin/env python
"""The portfolio PDF: seconds to render a portfolio of 50 entries with 50 photos, and the memory it takes.

Builds a throw-away test database (SQLite in memory, or a new PostgreSQL database next to the one
DATABASE_URL names, dropped at the end) with one educator whose portfolio holds ``--entries``
entries, each with a reflection of three paragraphs and one photo (a 1600 x 1200 JPEG, as an
uploaded phone photo is stored after ``learning.portfolios.evidence`` has shrunk it), in media
kept in memory. Then it renders the whole portfolio PDF (``render_portfolio_pdf``, as the
background task does) after a warm-up render of a small one (WeasyPrint's import and font loading
are not the portfolio's cost), and prints:

- the seconds of the render (best and median of ``--runs``);
- the peak of Python allocations during one render (tracemalloc: WeasyPrint's boxes, the images
  it decodes), and the growth of the process's peak resident memory (getrusage maxrss) over it;
- the PDF's size and page count.

Usage: .venv/bin/python bench/portfolio.py [--entries 50] [--runs 3]
"""

import argparse
import io
import os
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.core.files.base import ContentFile  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from PIL import Image, ImageDraw  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from home.choices import MemberRole  # noqa: E402
from home.models import User  # noqa: E402
from learning.models.portfolios import Evidence, EvidenceKind, PortfolioEntry  # noqa: E402
from learning.portfolios.pdf import render_portfolio_pdf  # noqa: E402

REFLECTION = (
    "<p>I tried the new routine with my third period class for two weeks and kept notes every day.</p>"
    "<p>What surprised me most was how quickly the quieter students took over the discussion once the prompt "
    "came from something they had photographed themselves.</p>"
    "<p>Next I want to try it with the whole grade team and compare what we see.</p>"
)


def photo(number):
    image = Image.new("RGB", (1600, 1200), (243, 241, 234))
    draw = ImageDraw.Draw(image)
    for row in range(8):
        for column in range(10):
            shade = (number * 37 + row * 23 + column * 11) % 200
            draw.rectangle(
                (column * 160, row * 150, column * 160 + 140, row * 150 + 130), fill=(shade, 80, 200 - shade)
            )
    output = io.BytesIO()
    image.save(output, format="JPEG", quality=85)
    return output.getvalue()


def build(owner, entries):
    for number in range(entries):
        entry = PortfolioEntry.objects.create(
            owner=owner,
            title=f"Entry {number + 1}: trying something new",
            reflection=REFLECTION,
            standards=["inquiry", "documented"],
            subject="math",
            hours=2,
        )
        data = photo(number)
        evidence = Evidence(
            entry=entry, kind=EvidenceKind.IMAGE, title=f"Photo {number + 1}", content_type="image/jpeg", size=len(data)
        )
        evidence.file.save("photo.jpg", ContentFile(data), save=False)
        evidence.save()


def maxrss_mb():
    # Linux reports kilobytes.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=50, help="entries, each with one photo")
    parser.add_argument("--runs", type=int, default=3, help="timed renders (best and median shown)")
    args = parser.parse_args()

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        warm = User.objects.create_user("warm@bench.example.org", member_role=MemberRole.EDUCATOR)
        build(warm, 1)
        render_portfolio_pdf(warm, "en")  # imports WeasyPrint, loads the fonts

        owner = User.objects.create_user(
            "bench@bench.example.org", first_name="Bench", last_name="Educator", member_role=MemberRole.EDUCATOR
        )
        build(owner, args.entries)

        rss_before = maxrss_mb()
        timings = []
        for _ in range(args.runs):
            started = time.perf_counter()
            pdf = render_portfolio_pdf(owner, "en")
            timings.append(time.perf_counter() - started)
            if len(timings) == 1:
                rss_growth = maxrss_mb() - rss_before  # the first render's, before any other grows it
        tracemalloc.start()
        render_portfolio_pdf(owner, "en")
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)

    print(f"Portfolio PDF, {args.entries} entries and {args.entries} photos (1600 x 1200), {connection.vendor}")
    print(f"  render: best {min(timings):.2f} s, median {statistics.median(timings):.2f} s over {len(timings)} runs")
    print(f"  peak Python allocations during one more render (tracemalloc): {peak / 1024 / 1024:.1f} MB")
    print(f"  growth of the process's peak resident memory (maxrss): {rss_growth:.1f} MB (now {maxrss_mb():.0f} MB)")
    print(f"  PDF: {len(pdf) / 1024 / 1024:.1f} MB, {pages} pages")


if __name__ == "__main__":
    main()
