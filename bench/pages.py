#!/usr/bin/env python
"""Page speed under production settings: requests/s and p95 latency, uncached and cached.

Builds a throw-away SQLite database with the demo content, starts gunicorn (2 workers) on
loopback with config.settings.production, and loads it with wrk (Debian's `wrk`; a Python load
generator is used when wrk is missing). Each URL is measured twice: with the anonymous page cache
off (PAGE_CACHE_SECONDS=0) and on. Figures are printed as a table, with each page's ratio to a
trivial Django view (robots.txt: no database, no template) measured the same way.

Usage: python bench/pages.py [--duration 10] [--connections 16]
Targets (issue #2): uncached pages >= 10% of the trivial view; cached anonymous pages >= 50%.
"""

import argparse
import http.client
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PAGES = [("trivial view", "/robots.txt"), ("home page", "/en/"), ("news page", None)]
HEADERS = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}

WRK_REPORT = """
done = function(summary, latency, requests)
  io.write(string.format('{"requests": %d, "errors": %d, "seconds": %f, "p95_us": %d}\\n',
    summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status +
      summary.errors.timeout,
    summary.duration / 1e6, latency:percentile(95)))
end
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=PROJECT_DIR, env=env, check=True, stdout=subprocess.DEVNULL)


def first_news_url(env):
    script = (
        "from home.models import NewsPage; "
        "print(NewsPage.objects.live().filter(locale__language_code='en').order_by('-date').first().url)"
    )
    command = [PYTHON, "manage.py", "shell", "-c", script]
    result = subprocess.run(command, cwd=PROJECT_DIR, env=env, check=True, capture_output=True, text=True)
    return result.stdout.strip().splitlines()[-1]


def wait_until_up(port, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz", headers=HEADERS)
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer /healthz in time")


def check_page(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers=HEADERS)
    response = connection.getresponse()
    response.read()
    if response.status != 200:
        raise RuntimeError(f"{path} answered {response.status}, not 200: the benchmark would measure an error page")
    return response.getheader("X-Page-Cache")


def load_with_wrk(port, path, duration, connections, script):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "-s", script]
    for name, value in HEADERS.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(command + [f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True)
    report = json.loads(output.stdout.strip().splitlines()[-1])
    return report["requests"] / report["seconds"], report["p95_us"] / 1000, report["errors"]


def load_with_python(port, path, duration, connections):
    """A fallback closed-loop load generator: one keep-alive connection per thread."""
    latencies, errors, stop_at = [], [0], time.monotonic() + duration
    lock = threading.Lock()

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=HEADERS)
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                ok = False
            with lock:
                if ok:
                    latencies.append(time.perf_counter() - started)
                else:
                    errors[0] += 1

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    p95 = statistics.quantiles(latencies, n=20)[18] * 1000 if len(latencies) > 20 else float("nan")
    return len(latencies) / elapsed, p95, errors[0]


def measure(port, path, args, script):
    check_page(port, path)  # and warm the cache where it is on
    if shutil.which("wrk"):
        return load_with_wrk(port, path, args.duration, args.connections, script)
    return load_with_python(port, path, args.duration, args.connections)


def run_server(env, port):
    command = [
        PYTHON, "-m", "gunicorn", "config.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}",
        "--log-level", "warning", "--access-logfile", "/dev/null",
    ]  # fmt: skip
    return subprocess.Popen(command, cwd=PROJECT_DIR, env=env)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per measurement")
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="commongood-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "WARNING",
    }
    script = workdir / "report.lua"
    script.write_text(WRK_REPORT)
    print("Preparing: migrate, demo content, collectstatic ...", flush=True)
    manage(env, "migrate", "--no-input")
    manage(env, "load_demo_content")
    manage(env, "collectstatic", "--no-input")
    pages = [(name, path or first_news_url(env)) for name, path in PAGES]

    results = {}
    for mode, cache_seconds in (("uncached", "0"), ("cached", "600")):
        port = free_port()
        server = run_server({**env, "PAGE_CACHE_SECONDS": cache_seconds}, port)
        try:
            wait_until_up(port)
            for name, path in pages:
                results[(mode, name)] = measure(port, path, args, str(script))
        finally:
            server.terminate()
            server.wait(timeout=30)
    shutil.rmtree(workdir, ignore_errors=True)

    generator = "wrk" if shutil.which("wrk") else "python threads"
    print(f"\ngunicorn 2 workers, {args.connections} connections, {args.duration}s each, load from {generator}")
    print(f"{'page':<14} {'mode':<9} {'req/s':>9} {'p95 ms':>8} {'vs trivial':>10} {'errors':>7}")
    for mode in ("uncached", "cached"):
        trivial_rate = results[(mode, "trivial view")][0]
        for name, path in pages:
            rate, p95, errors = results[(mode, name)]
            print(f"{name:<14} {mode:<9} {rate:>9.1f} {p95:>8.1f} {rate / trivial_rate:>9.0%} {errors:>7}  {path}")
    verdicts = []
    for name, _path in pages[1:]:
        uncached = results[("uncached", name)][0] / results[("uncached", "trivial view")][0]
        cached = results[("cached", name)][0] / results[("cached", "trivial view")][0]
        verdicts.append(f"{name}: uncached {uncached:.0%} (target 10%), cached {cached:.0%} (target 50%)")
    print("\n" + "\n".join(verdicts))


if __name__ == "__main__":
    main()
