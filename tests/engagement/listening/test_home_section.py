"""The home page shows the next listening sessions in its own language, and never past ones."""

import datetime

from django.utils import timezone, translation
from django.utils.translation import gettext

from tests.engagement.listening.factories import make_session, translate_session
from tests.factories import translate_page


def test_home_page_shows_the_next_sessions(client, home_page, index):
    make_session(index, title="Evening at Riverside")
    make_session(
        index,
        title="Last spring's session",
        starts_at=timezone.now() - datetime.timedelta(days=60),
        ends_at=timezone.now() - datetime.timedelta(days=60, hours=-2),
    )
    html = client.get("/en/").content.decode()
    assert "Come and be heard" in html
    assert "Evening at Riverside" in html
    assert "Last spring&#x27;s session" not in html and "Last spring's session" not in html
    assert f'href="{index.url}"' in html


def test_the_section_is_in_the_home_page_language(client, home_page, index):
    session = make_session(index, title="Evening at Riverside")
    translate_page(home_page, "es", title="Bien Común")
    translate_page(index, "es", title="Sesiones de escucha")
    translate_session(session, "es", title="Tarde en Riverside")
    html = client.get("/es/").content.decode()
    with translation.override("es"):
        assert gettext("Come and be heard") in html
    assert "Tarde en Riverside" in html
    assert "Evening at Riverside" not in html


def test_no_upcoming_session_no_section(client, home_page, index):
    assert "Come and be heard" not in client.get("/en/").content.decode()
