import pytest

from tests.proposals.factories import PlatformPageFactory, ProposalIndexPageFactory, add_plank


@pytest.fixture
def proposal_index(home_page):
    return ProposalIndexPageFactory(parent=home_page)


@pytest.fixture
def platform(home_page):
    return PlatformPageFactory(parent=home_page)


@pytest.fixture
def plank(platform):
    return add_plank(platform, "Students at the center", "students-at-the-center")
