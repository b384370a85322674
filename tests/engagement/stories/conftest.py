import pytest

from tests.engagement.stories.factories import StoryIndexPageFactory, make_communications, make_theme


@pytest.fixture
def story_index(home_page):
    return StoryIndexPageFactory(parent=home_page)


@pytest.fixture
def class_size(db):
    return make_theme("class-size", "Class size", {"es": "Tamaño de las clases", "vi": "Sĩ số lớp"})


@pytest.fixture
def nurses(db):
    return make_theme("school-nurses", "School nurses", {"es": "Enfermeras escolares"})


@pytest.fixture
def communications(db):
    return make_communications(email="comms@example.org")
