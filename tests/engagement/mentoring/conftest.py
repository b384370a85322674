import pytest

from tests.engagement.mentoring.factories import (
    EducatorFactory,
    MentorProfileFactory,
    MentorRequestFactory,
    RetireeFactory,
    make_coordinator,
)


@pytest.fixture
def coordinator(db):
    return make_coordinator(email="coordinator@example.org", preferred_language="es")


@pytest.fixture
def retiree(db):
    return RetireeFactory(preferred_language="pt")


@pytest.fixture
def educator(db):
    return EducatorFactory(preferred_language="vi")


@pytest.fixture
def mentor(db):
    return MentorProfileFactory(user__preferred_language="pt")


@pytest.fixture
def mentor_request(educator):
    return MentorRequestFactory(mentee=educator)
