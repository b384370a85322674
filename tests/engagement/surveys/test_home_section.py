"""The home page invites visitors to the surveys open now, and to no other."""

import datetime

from django.utils import timezone

from tests.engagement.surveys.factories import make_survey, make_survey_index


def test_home_page_shows_open_surveys_only(client, home_page):
    index = make_survey_index(home_page)
    now = timezone.now()
    make_survey(index, title="Family survey", slug="family", closes_at=now + datetime.timedelta(days=20))
    make_survey(index, title="Last year", slug="last-year", closes_at=now - datetime.timedelta(days=1))
    make_survey(index, title="Next month", slug="next-month", opens_at=now + datetime.timedelta(days=30))
    html = client.get("/en/").content.decode()
    assert "Tell us what you think" in html
    assert "Family survey" in html and "Open until" in html
    assert "Last year" not in html
    assert "Next month" not in html


def test_no_open_survey_no_section(client, home_page):
    make_survey_index(home_page)
    assert "Tell us what you think" not in client.get("/en/").content.decode()
