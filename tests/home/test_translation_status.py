"""The "Translation status" report: translated, out of date or missing, per page and language."""

from django.contrib.auth.models import Group

import pytest

from home import roles
from home.translation_status import TranslationState, translation_status
from tests.factories import StandardPageFactory, UserFactory, translate_page

pytestmark = pytest.mark.django_db


def states_of(page):
    row = next(row for row in translation_status() if row.page.pk == page.pk)
    return {status.locale.language_code: status.state for status in row.languages}


def test_the_three_states(home_page):
    about = StandardPageFactory(parent=home_page, title="About us", slug="about")
    for code in ("es", "pt"):
        translate_page(home_page, code, title=f"Home {code}")
    translate_page(about, "es", title="Quiénes somos")
    about.title = "About the union"
    about.save_revision().publish()
    translate_page(about, "pt", title="Quem somos")
    states = states_of(about)
    assert states["es"] == TranslationState.OUT_OF_DATE
    assert states["pt"] == TranslationState.TRANSLATED
    assert states["vi"] == TranslationState.MISSING
    assert set(states) == {"es", "ht", "pt", "vi", "zh-hans", "ar"}


def test_wagtail_localize_sync_brings_a_translation_up_to_date(home_page):
    from wagtail_localize.models import TranslationSource

    about = StandardPageFactory(parent=home_page, title="About us", slug="about")
    translate_page(home_page, "es", title="Inicio")
    translate_page(about, "es", title="Quiénes somos")
    about.title = "About the union"
    about.save_revision().publish()
    assert states_of(about)["es"] == TranslationState.OUT_OF_DATE
    TranslationSource.update_or_create_from_instance(about)
    assert states_of(about)["es"] == TranslationState.TRANSLATED


def test_translated_when_the_translation_is_newer(home_page):
    translate_page(home_page, "pt", title="Início")
    assert states_of(home_page)["pt"] == TranslationState.TRANSLATED


def test_missing_links_to_submit_a_translation(home_page):
    row = next(row for row in translation_status() if row.page.pk == home_page.pk)
    missing = next(status for status in row.languages if status.locale.language_code == "ht")
    assert missing.action_url == f"/admin/localize/submit/page/{home_page.pk}/"


def test_report_page_for_communications_staff(client, home_page):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=roles.COMMUNICATIONS))
    client.force_login(user)
    response = client.get("/admin/reports/translation-status/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Translation status" in html
    assert 'data-state="missing"' in html


def test_report_filters_by_state(client, home_page):
    translate_page(home_page, "es", title="Inicio")
    StandardPageFactory(parent=home_page, title="Untranslated page")
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    html = client.get("/admin/reports/translation-status/?state=translated").content.decode()
    assert "Untranslated page" not in html


def test_report_is_refused_to_people_without_translation_rights(client, home_page):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=roles.ORGANIZERS))
    client.force_login(user)
    assert client.get("/admin/reports/translation-status/").status_code in (302, 403)
