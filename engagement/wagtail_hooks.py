"""Loads the admin registrations of each engagement domain; each keeps its own beside its views."""

from engagement.compact import wagtail_hooks as compact_hooks  # noqa: F401
from engagement.listening import wagtail_hooks as listening_hooks  # noqa: F401
from engagement.mentoring import wagtail_hooks as mentoring_hooks  # noqa: F401
from engagement.network import wagtail_hooks as network_hooks  # noqa: F401
from engagement.stories import wagtail_hooks as stories_hooks  # noqa: F401
from engagement.surveys import admin_entry as survey_entry_hooks  # noqa: F401
from engagement.surveys import wagtail_hooks as survey_hooks  # noqa: F401
