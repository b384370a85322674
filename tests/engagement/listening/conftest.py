import pytest

from tests.engagement.listening.factories import make_index, make_organizer, make_session


@pytest.fixture
def index(home_page):
    return make_index(home_page)


@pytest.fixture
def session(index):
    return make_session(index)


@pytest.fixture
def organizer(db):
    return make_organizer(email="organizer@example.org")


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed():`` runs what waits for the commit (the e-mails) at the end of the block."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
