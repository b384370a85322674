"""The Action Team network in the browser, on a small phone.

A captain who reads the site in Spanish opens the running campaign from her list, finds one-tap
call and text links (the text in each person's language), and marks three co-workers; an
Organizer's live view in the admin shows them reached after a reload. axe-core checks the
captain's pages, and none of them scrolls sideways at 320 px.
"""

import re

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from engagement.models.network import Contact
from engagement.network import services
from tests.browser.screens import SMALL_PHONE, assert_no_sideways_scroll
from tests.engagement.network.factories import MemberFactory, SchoolFactory, make_campaign, make_captain, make_organizer
from tests.factories import make_multilingual_news_site

pytestmark = pytest.mark.browser

PASSWORD = "a-long-test-password"


@pytest.fixture
def network(live_server, django_db_serialized_rollback):
    make_multilingual_news_site()
    school = SchoolFactory(name="Escuela Cesar Chavez")
    captain = make_captain(school, name="Lucía Torres", email="lucia@example.org", language="es")
    captain.member.user.preferred_language = "es"
    captain.member.user.save()
    EmailAddress.objects.create(user=captain.member.user, email="lucia@example.org", verified=True, primary=True)
    people = [
        MemberFactory(school=school, name=name, language=language)
        for name, language in [("Ana Souza", "pt"), ("Bao Tran", "vi"), ("Carlos Ruiz", "es"), ("Dana Lee", "en")]
    ]
    services.balance(schools=[school])
    campaign = make_campaign(
        [school],
        title="Vístete de rojo el viernes",
        messages={
            "en": "Wear red on Friday.",
            "es": "Vístete de rojo el viernes.",
            "pt": "Vista vermelho na sexta.",
            "vi": "Mặc áo đỏ vào thứ Sáu.",
        },  # fmt: skip
    )
    organizer = make_organizer([school], email="organizer@example.org", is_staff=True)
    return {"captain": captain, "people": people, "campaign": campaign, "organizer": organizer}


def test_a_captain_calls_and_marks_three_people_and_the_organizer_sees_it(
    new_page, network, ui_text, assert_no_serious_violations
):
    campaign, people = network["campaign"], network["people"]
    page = new_page(viewport=SMALL_PHONE, is_mobile=True, has_touch=True)

    page.goto("/es/accounts/login/")
    page.locator("input[name=login]").fill("lucia@example.org")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))

    page.goto("/es/team/")
    expect(page.get_by_role("heading", level=1)).to_have_text(ui_text("es", "My Action Team list"))
    assert_no_sideways_scroll(page)
    assert_no_serious_violations(page)

    page.get_by_role("link", name=campaign.title).click()
    expect(page).to_have_url(re.compile(rf"/es/team/campaigns/{campaign.pk}/$"))
    assert_no_sideways_scroll(page)
    assert_no_serious_violations(page)

    # One tap to call or text, the text in the person's own language.
    ana = page.locator(f"#person-{people[0].pk}")
    expect(ana.locator("a.team-call")).to_have_attribute("href", re.compile(r"^tel:\+1617555"))
    expect(ana.locator("a.team-text")).to_have_attribute("href", re.compile(r"^sms:.*Vista%20vermelho"))

    for person in people[:3]:
        entry = page.locator(f"#person-{person.pk}")
        entry.get_by_label(ui_text("es", "Reached"), exact=True).check()
        entry.get_by_role("button").click()
        expect(page.locator(f"#person-{person.pk} .team-outcome")).to_have_text(ui_text("es", "Reached"))
    assert Contact.objects.filter(campaign=campaign, outcome="reached").count() == 3
    assert_no_sideways_scroll(page)

    # A co-worker's page: the captain's own notes and the conversation form.
    page.goto(f"/es/team/people/{people[3].pk}/")
    assert_no_sideways_scroll(page)
    assert_no_serious_violations(page)

    # The Organizer's live view.
    admin = new_page(viewport={"width": 1280, "height": 900})
    admin.goto("/admin/login/")
    admin.locator("input[name=username]").fill("organizer@example.org")
    admin.locator("input[name=password]").fill(PASSWORD)
    admin.locator("input[name=password]").press("Enter")
    expect(admin).to_have_url(re.compile(r"/admin/$"))
    admin.goto(f"/admin/action-team/campaigns/{campaign.pk}/")
    expect(admin.locator(".live-total")).to_have_attribute("data-reached", "3")

    # One more mark, and a reload shows it.
    page.goto(f"/es/team/campaigns/{campaign.pk}/")
    entry = page.locator(f"#person-{people[3].pk}")
    entry.get_by_label(ui_text("es", "Reached"), exact=True).check()
    entry.get_by_role("button").click()
    expect(page.locator(f"#person-{people[3].pk} .team-outcome")).to_have_text(ui_text("es", "Reached"))
    admin.reload()
    expect(admin.locator(".live-total")).to_have_attribute("data-reached", "4")
    expect(admin.locator(".live-total")).to_have_attribute("data-total", "4")
    # Everyone reached: the time to 100% is shown.
    hundred = admin.get_by_role("row").filter(has=admin.get_by_role("cell", name="100%", exact=True))
    expect(hundred).not_to_contain_text("not yet")
