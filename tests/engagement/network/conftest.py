import pytest

from engagement.network import services
from tests.engagement.network.factories import MemberFactory, SchoolFactory, make_captain, make_organizer


@pytest.fixture
def school(db):
    return SchoolFactory(name="Maple Street Elementary School")


@pytest.fixture
def other_school(db):
    return SchoolFactory(name="Eastgate High School")


@pytest.fixture
def captain(school):
    return make_captain(school, name="Rosa Captain", email="rosa@example.org")


@pytest.fixture
def team(school, captain):
    """Eight co-workers on the captain's list."""
    members = [MemberFactory(school=school, name=f"Co-worker {n}", language="es" if n % 2 else "en") for n in range(8)]
    services.balance(schools=[school])
    return members


@pytest.fixture
def organizer(school):
    return make_organizer([school], email="organizer@example.org")
