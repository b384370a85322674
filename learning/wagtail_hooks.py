"""Loads the admin registrations of each learning domain; each keeps its own beside its views."""

from learning.catalog import wagtail_hooks as catalog_hooks  # noqa: F401
from learning.portfolios import wagtail_hooks as portfolio_hooks  # noqa: F401
