import pytest

from tests.engagement.compact.factories import make_compact


@pytest.fixture
def compact(home_page):
    """The compact in English, Spanish and Arabic: {"en": page, "es": page, "ar": page}."""
    return make_compact(home_page, languages=("es", "ar"))
