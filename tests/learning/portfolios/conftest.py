import pytest

from home.choices import MemberRole
from tests.factories import UserFactory
from tests.learning.portfolios.factories import EducatorFactory


@pytest.fixture
def owner(db):
    return EducatorFactory(first_name="Layla", last_name="Haddad", preferred_language="en")


@pytest.fixture
def colleague(db):
    return UserFactory(first_name="Sam", last_name="Ortiz", member_role=MemberRole.MEMBER)


@pytest.fixture
def staff(db):
    return UserFactory(first_name="Staff", last_name="Person", member_role=MemberRole.STAFF, is_staff=True)
