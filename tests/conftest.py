from django.conf import settings
from django.core.cache import cache
from django.utils import translation

import pytest

from tests.factories import make_site


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The page cache must never leak between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """A test that activates a language (a request, an e-mail) must not leave it to the next one."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home_page(db):
    return make_site()
