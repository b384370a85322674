from django.core.cache import cache

import pytest

from tests.factories import make_site


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The page cache must never leak between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_page(db):
    return make_site()
