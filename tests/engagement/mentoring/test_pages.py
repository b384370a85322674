"""The invitation page and the way into the mentoring pages."""

import pytest

from engagement.models.mentoring import MentorNetworkPage
from home.models import HomePage, StandardPage
from tests.engagement.mentoring.factories import EducatorFactory, MentorProfileFactory, RetireeFactory
from tests.factories import UserFactory, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def network_page(home_page):
    page = MentorNetworkPage(title="Mentor network", slug="mentor-network", intro="Pairs across generations.")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_the_page_invites_retirees_and_educators(client, network_page):
    response = client.get("/en/mentor-network/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Pairs across generations." in content
    for link in ("/en/mentoring/mentor/join/", "/en/mentoring/ask/", "/en/mentoring/directory/"):
        assert f'href="{link}"' in content


def test_a_translated_page_links_in_its_language(client, network_page):
    translate_page(network_page, "ar", title="شبكة الإرشاد")

    content = client.get("/ar/mentor-network/").content.decode()

    assert '<html lang="ar" dir="rtl">' in content
    assert 'href="/ar/mentoring/mentor/join/"' in content


def test_a_mentor_is_sent_to_their_mentees_instead_of_the_sign_up(client, network_page):
    mentor = MentorProfileFactory()
    client.force_login(mentor.user)

    content = client.get("/en/mentor-network/").content.decode()

    assert 'href="/en/mentoring/mentor/"' in content
    assert 'href="/en/mentoring/mentor/join/"' not in content


def test_the_page_lives_under_the_home_page():
    assert MentorNetworkPage.can_create_at(HomePage())
    assert not MentorNetworkPage.can_create_at(MentorNetworkPage())
    assert MentorNetworkPage.can_create_at(StandardPage())


@pytest.mark.parametrize(
    ("person", "destination"),
    [
        (lambda: RetireeFactory(), "/en/mentoring/mentor/join/"),
        (lambda: MentorProfileFactory().user, "/en/mentoring/mentor/"),
        (lambda: EducatorFactory(), "/en/mentoring/mine/"),
        (lambda: UserFactory(), "/en/mentoring/directory/"),
    ],
)
def test_my_mentoring_leads_each_person_to_their_page(client, person, destination):
    client.force_login(person())

    response = client.get("/en/mentoring/")

    assert response["Location"] == destination


@pytest.mark.parametrize("language", ["en", "es", "ht", "pt", "vi", "zh-hans", "ar"])
def test_every_mentoring_page_answers_in_every_language(client, language):
    mentor = MentorProfileFactory()
    client.force_login(mentor.user)

    for path in ("mentor/", "mentor/profile/", "directory/"):
        response = client.get(f"/{language}/mentoring/{path}")
        assert response.status_code == 200
        assert f'<html lang="{language}"' in response.content.decode()
