"""The retiree mentor network in the browser.

A retired teacher who reads the site in Portuguese signs in, offers to mentor on the sign-up form
(which axe-core checks), a Mentor coordinator approves her in the admin and proposes her for a new
teacher's request; she accepts the proposal and logs their first check-in. The new teacher is told
by e-mail, in Vietnamese, the language she reads the site in.
"""

import re

from django.core import mail

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from engagement.models.mentoring import CheckIn, MentorProfile, Mentorship, MentorshipStatus, MentorStatus
from home.models import School
from tests.browser.screens import SMALL_PHONE, assert_no_sideways_scroll
from tests.engagement.mentoring.factories import (
    EducatorFactory,
    MentorProfileFactory,
    MentorRequestFactory,
    RetireeFactory,
    make_coordinator,
)
from tests.factories import make_multilingual_news_site, make_site

pytestmark = pytest.mark.browser

PASSWORD = "a-long-test-password"


@pytest.fixture
def mentoring_site(live_server, django_db_serialized_rollback):
    """The site in every language, a school, a verified retiree who reads Portuguese, a coordinator,
    and a new teacher's request for help with maths."""
    make_multilingual_news_site()
    school = School.objects.create(name="Escola Lincoln", neighbourhood="Eastside")
    retiree = RetireeFactory(
        email="conceicao@example.org", first_name="Conceição", last_name="Barbosa", preferred_language="pt"
    )
    EmailAddress.objects.create(user=retiree, email=retiree.email, verified=True, primary=True)
    coordinator = make_coordinator(email="coordinator@example.org", is_staff=True)
    mentee = EducatorFactory(first_name="Thảo", last_name="Nguyễn", preferred_language="vi", school=school)
    mentor_request = MentorRequestFactory(
        mentee=mentee, subject="math", grade_band="middle", language="pt", school=school, help_with=["assessment"]
    )
    return {"retiree": retiree, "coordinator": coordinator, "request": mentor_request, "school": school}


def sign_in(page, email, language="pt"):
    page.goto(f"/{language}/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))


def sign_in_to_admin(page, email):
    page.goto("/admin/login/")
    page.locator("input[name=username]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    expect(page).to_have_url(re.compile(r"/admin/$"))


def test_a_retiree_signs_up_in_portuguese_is_approved_accepts_a_mentee_and_logs_a_check_in(
    new_page, mentoring_site, ui_text, assert_no_serious_violations
):
    retiree, coordinator, mentor_request = (mentoring_site[key] for key in ("retiree", "coordinator", "request"))
    page = new_page(viewport={"width": 1280, "height": 900})

    # She signs in and offers to mentor, in Portuguese.
    sign_in(page, retiree.email)
    page.goto("/pt/mentoring/mentor/join/")
    expect(page.locator("html")).to_have_attribute("lang", "pt")
    expect(page.get_by_role("heading", level=1)).to_have_text(ui_text("pt", "Become a mentor"))
    assert_no_serious_violations(page)

    def group(name):
        return page.get_by_role("group", name=ui_text("pt", name))

    page.get_by_label(ui_text("pt", "Years in education")).fill("31")
    group("Roles you held").get_by_label(ui_text("pt", "Classroom teacher"), exact=True).check()
    group("Subjects you taught").get_by_label(ui_text("pt", "Mathematics"), exact=True).check()
    group("Grade bands you taught").get_by_label(ui_text("pt", "Middle school (grades 6 to 8)")).check()
    group("Schools where you worked").get_by_label("Escola Lincoln").check()
    languages = group("Languages you speak")
    expect(languages.get_by_label(ui_text("pt", "Portuguese"), exact=True)).to_be_checked()  # from her account
    languages.get_by_label(ui_text("pt", "English"), exact=True).check()
    group("Areas where you can help").get_by_label(ui_text("pt", "Assessment and grading")).check()
    group("How you can help").get_by_label(ui_text("pt", "In person"), exact=True).check()
    page.get_by_label(ui_text("pt", "Hours a month you can give")).fill("6")
    page.get_by_label(ui_text("pt", "How many mentees at once")).fill("2")
    page.get_by_label(ui_text("pt", "A short bio")).fill("Professora de matemática durante trinta e um anos.")
    page.get_by_role("button", name=ui_text("pt", "Send my profile for review")).click()

    expect(page).to_have_url(re.compile(r"/pt/mentoring/mentor/profile/$"))
    expect(page.get_by_text(ui_text("pt", "Waiting for review"), exact=True)).to_be_visible()
    profile = MentorProfile.objects.get(user=retiree)
    assert profile.status == MentorStatus.PENDING
    assert profile.languages == ["en", "pt"]

    # A coordinator approves her profile, then proposes her for the new teacher's request.
    admin = new_page(viewport={"width": 1280, "height": 900})
    sign_in_to_admin(admin, coordinator.email)
    admin.goto(f"/admin/mentor_profiles/inspect/{profile.pk}/")
    admin.get_by_role("button", name="Approve").click()
    expect(admin.get_by_text("Conceição Barbosa is approved as a mentor.")).to_be_visible()
    admin.goto(f"/admin/mentor_requests/inspect/{mentor_request.pk}/")
    expect(admin.get_by_text("+30 Taught Mathematics")).to_be_visible()
    admin.get_by_role("button", name="Propose Conceição Barbosa").click()
    expect(admin.get_by_text("Conceição Barbosa has been asked by e-mail whether they will mentor.")).to_be_visible()

    # She accepts.
    page.goto("/pt/mentoring/mentor/")
    proposal = page.get_by_role("article")
    expect(proposal).to_contain_text(ui_text("pt", "Assessment and grading"))
    proposal.get_by_role("button", name=ui_text("pt", "Accept"), exact=True).click()

    mentorship = Mentorship.objects.get(request=mentor_request)
    expect(page).to_have_url(re.compile(rf"/pt/mentoring/mentorships/{mentorship.pk}/$"))
    assert Mentorship.objects.get(pk=mentorship.pk).status == MentorshipStatus.ACTIVE

    # And logs their first conversation, with a note for herself.
    page.get_by_role("link", name=ui_text("pt", "Log a check-in")).click()
    page.get_by_label(ui_text("pt", "Minutes")).fill("45")
    page.get_by_label(ui_text("pt", "What you talked about")).fill("Avaliação formativa e o primeiro teste.")
    page.get_by_label(ui_text("pt", "Private note")).fill("Parece cansada; perguntar sobre a carga de trabalho.")
    page.get_by_role("button", name=ui_text("pt", "Save the check-in")).click()

    expect(page).to_have_url(re.compile(rf"/pt/mentoring/mentorships/{mentorship.pk}/$"))
    checkins = page.locator(".checkin-list > li")
    expect(checkins).to_have_count(1)
    expect(checkins.first).to_contain_text("Avaliação formativa e o primeiro teste.")
    expect(checkins.first).to_contain_text("Parece cansada")
    checkin = CheckIn.objects.get(mentorship=mentorship)
    assert (checkin.author, checkin.minutes, checkin.shared_to_portfolio) == (retiree, 45, False)

    # The proposal reached her, and the acceptance the new teacher, each in their own language.
    to_retiree = [message for message in mail.outbox if message.to == [retiree.email]]
    to_mentee = [message for message in mail.outbox if message.to == [mentor_request.mentee.email]]
    assert any("/pt/mentoring/mentor/" in message.body for message in to_retiree)
    assert any(f"/vi/mentoring/mentorships/{mentorship.pk}/" in message.body for message in to_mentee)


@pytest.fixture
def arabic_site(live_server, django_db_serialized_rollback):
    """A bare site, a verified retiree who reads Arabic, and mentors listed in the directory."""
    make_site()
    retiree = RetireeFactory(email="samira@example.org", first_name="Samira", preferred_language="ar")
    EmailAddress.objects.create(user=retiree, email=retiree.email, verified=True, primary=True)
    for name in ("Youssef", "Nadia", "Karim"):
        MentorProfileFactory(user__first_name=name, in_directory=True, languages=["ar", "en"])
    return retiree


def test_the_mentoring_pages_fit_a_small_phone_right_to_left_with_no_serious_violations(
    new_page, arabic_site, ui_text, assert_no_serious_violations
):
    page = new_page(viewport=SMALL_PHONE)
    sign_in(page, arabic_site.email, language="ar")

    page.goto("/ar/mentoring/mentor/join/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert_no_sideways_scroll(page)
    assert_no_serious_violations(page)
    page.get_by_role("button", name=ui_text("ar", "Send my profile for review")).click()  # nothing filled in
    expect(page.get_by_role("alert")).to_be_visible()
    assert_no_sideways_scroll(page)
    assert_no_serious_violations(page)
    assert not MentorProfile.objects.filter(user=arabic_site).exists()

    page.goto("/ar/mentoring/directory/")
    expect(page.locator(".directory > li")).to_have_count(3)
    assert_no_sideways_scroll(page)
    assert_no_serious_violations(page)
