"""Settings: production refuses to run unsafely; environment variables are read with types."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import get_language_info

import pytest

from config.env import env_bool, env_int, env_list

PROJECT_DIR = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DJANGO_SETTINGS_MODULE")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="config.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_passes_the_deployment_checks_with_no_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="union.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout + result.stderr


def test_boolean_variables_reject_nonsense(monkeypatch):
    monkeypatch.setenv("SOME_FLAG", "perhaps")
    with pytest.raises(ImproperlyConfigured, match="SOME_FLAG"):
        env_bool("SOME_FLAG")


def test_integer_and_list_variables_are_parsed(monkeypatch):
    monkeypatch.setenv("SOME_NUMBER", "42")
    monkeypatch.setenv("SOME_HOSTS", "a.example.org, b.example.org,,")
    assert env_int("SOME_NUMBER", 0) == 42
    assert env_list("SOME_HOSTS") == ["a.example.org", "b.example.org"]


def test_haitian_creole_is_known_to_django():
    info = get_language_info("ht")
    assert info["name_local"] == "Kreyòl ayisyen"
    assert info["bidi"] is False


def test_time_zone_is_new_york(settings):
    assert settings.TIME_ZONE == "America/New_York"
