"""What the benchmarks that load a real server share: a PostgreSQL database of their own, production
settings without the rate limit, gunicorn, and a minimal browser that keeps cookies.

Each benchmark (bench/surveys.py, bench/sessions.py, bench/network.py) calls ``database_url`` and
``configure`` before it imports anything from Django, starts ``run_server`` with the environment
``configure`` returns, and drops its own database at the end with ``drop_database``.
"""

import http.client
import os
import re
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432"
HOST = "127.0.0.1"

# Production settings, with the per-address rate limit off for this process only: every client of
# a benchmark is 127.0.0.1. ``extra`` adds lines a benchmark needs.
BENCH_SETTINGS = '''"""Production settings for {script} only: no rate limit (every client is 127.0.0.1)."""

from config.settings.production import *  # noqa: F403

RATELIMIT_ENABLE = False
STATIC_ROOT = {static_root!r}
{extra}'''


def _maintenance_connection():
    import psycopg2

    connection = psycopg2.connect(f"{DEFAULT_SERVER}/postgres")
    connection.autocommit = True
    return connection


def database_url(script, own_database):
    """DATABASE_URL if it names PostgreSQL, else a new database ``own_database`` on the local server.

    Returns ``(url, name to drop at the end or None)``.
    """
    url = os.environ.get("DATABASE_URL", "")
    if url:
        if not url.startswith(("postgres://", "postgresql://")):
            sys.exit(f"{script} measures PostgreSQL: DATABASE_URL must be a postgres:// address.")
        return url, None
    connection = _maintenance_connection()
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {own_database}")
        cursor.execute(f"CREATE DATABASE {own_database}")
    connection.close()
    return f"{DEFAULT_SERVER}/{own_database}", own_database


def drop_database(name):
    connection = _maintenance_connection()
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {name}")
    connection.close()


def configure(workdir, url, script, extra_settings=""):
    """Write the settings module into ``workdir``, set up Django in this process and return the
    environment for the server (the same settings, database, media folder and e-mail backend)."""
    module = "bench_" + Path(script).stem + "_settings"
    settings = BENCH_SETTINGS.format(script=script, static_root=str(workdir / "static"), extra=extra_settings)
    (workdir / f"{module}.py").write_text(settings)
    env = {
        "DJANGO_SETTINGS_MODULE": module,
        "PYTHONPATH": os.pathsep.join([str(workdir), str(PROJECT_DIR)]),
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": f"{HOST},localhost,testserver",
        "DATABASE_URL": url,
        "MEDIA_ROOT": str(workdir / "media"),
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    sys.path[:0] = [str(workdir), str(PROJECT_DIR)]
    os.chdir(PROJECT_DIR)
    import django

    django.setup()
    return {**os.environ}


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def run_server(env, port):
    """gunicorn with two workers, as the site runs in production."""
    command = [
        PYTHON, "-m", "gunicorn", "config.wsgi", "--workers", "2", "--bind", f"{HOST}:{port}",
        "--log-level", "warning", "--access-logfile", "/dev/null",
    ]  # fmt: skip
    return subprocess.Popen(command, cwd=PROJECT_DIR, env=env)


def wait_until_up(port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=2)
            connection.request("GET", "/healthz", headers={"Host": HOST, "X-Forwarded-Proto": "https"})
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer /healthz in time")


class Browser:
    """One visitor: its own connection and cookies, as a fresh browser would have."""

    def __init__(self, port, cookies=None):
        self.connection = http.client.HTTPConnection(HOST, port, timeout=60)
        self.cookies = dict(cookies or {})

    def request(self, method, path, body=None, extra=None):
        headers = {"Host": HOST, "X-Forwarded-Proto": "https", **(extra or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        content = response.read()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response, content


HIDDEN_INPUT = re.compile(r'<input[^>]*type="hidden"[^>]*>')
ATTRIBUTE = re.compile(r'(name|value)="([^"]*)"')


def hidden_fields(html):
    """The hidden inputs of a page's form (CSRF token, submission token) as ``{name: value}``."""
    fields = {}
    for tag in HIDDEN_INPUT.findall(html):
        attributes = dict(ATTRIBUTE.findall(tag))
        if "name" in attributes:
            fields[attributes["name"]] = attributes.get("value", "")
    return fields
