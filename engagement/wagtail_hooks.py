"""Loads the admin registrations of each engagement domain; each keeps its own beside its views."""

from engagement.mentoring import wagtail_hooks as mentoring_hooks  # noqa: F401
from engagement.surveys import admin_entry as survey_entry_hooks  # noqa: F401
from engagement.surveys import wagtail_hooks as survey_hooks  # noqa: F401
