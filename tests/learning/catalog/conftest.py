import pytest

from tests.factories import UserFactory
from tests.learning.catalog.factories import EducatorFactory, make_catalog, make_coordinator, make_offering


@pytest.fixture
def catalog(home_page):
    return make_catalog(home_page)


@pytest.fixture
def facilitator(db):
    return EducatorFactory(first_name="Fatima", last_name="Facilitator", preferred_language="ar")


@pytest.fixture
def offering(catalog, facilitator):
    return make_offering(catalog, facilitators=[facilitator])


@pytest.fixture
def educator(db):
    return EducatorFactory(preferred_language="es")


@pytest.fixture
def coordinator(db):
    return make_coordinator(email="learning-coordinator@example.org", preferred_language="pt")


@pytest.fixture
def stranger(db):
    """Signed in, but a retiree: may look, may not enrol or take attendance."""
    return UserFactory(member_role="retiree")
