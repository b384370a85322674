"""Member profiles: a person edits their own; sign-up asks for name and role; administrators see every field."""

from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from home import roles
from home.choices import MemberRole
from home.models import School, User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

HYPOTHESIS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
PROFILE_URL = "/en/account/profile/"


@pytest.fixture
def school(db):
    return School.objects.create(name="Lincoln Elementary", neighbourhood="Eastside")


@pytest.fixture
def member(db):
    return UserFactory(email="robin@example.org", first_name="Robin", last_name="Okafor")


def profile_data(**changes):
    data = {
        "first_name": "Robin",
        "last_name": "Okafor",
        "preferred_language": "en",
        "phone": "",
        "school": "",
        "member_role": MemberRole.MEMBER,
        "years_of_service": "",
    }
    data.update(changes)
    return data


# Seeing and editing one's profile ---------------------------------------------------------------


def test_the_profile_asks_anonymous_visitors_to_sign_in(client, home_page):
    response = client.get(PROFILE_URL)
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/en/account/profile/"


def test_the_profile_shows_the_persons_own_details(client, home_page, member, school):
    member.school = school
    member.phone = "617 555 0100"
    member.save()
    client.force_login(member)
    response = client.get(PROFILE_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "robin@example.org" in html
    assert 'value="Okafor"' in html
    assert 'value="617 555 0100"' in html
    assert f'<option value="{school.pk}" selected>Lincoln Elementary</option>' in html
    assert '<label for="id_phone">Phone:</label>' in html
    assert "Union staff" not in html  # the staff role is not on offer


def test_saving_the_profile_stores_every_field(client, home_page, member, school):
    client.force_login(member)
    response = client.post(
        PROFILE_URL,
        profile_data(
            first_name="Robin Ann",
            last_name="Okafor-Nguyễn",
            phone="+1 (617) 555-0100 ext. 12",
            school=school.pk,
            member_role=MemberRole.EDUCATOR,
            years_of_service="12",
        ),
    )
    assert response.status_code == 302
    assert response["Location"] == PROFILE_URL
    member.refresh_from_db()
    assert (member.first_name, member.last_name) == ("Robin Ann", "Okafor-Nguyễn")
    assert member.phone == "+1 (617) 555-0100 ext. 12"
    assert member.school == school
    assert member.member_role == MemberRole.EDUCATOR
    assert member.years_of_service == 12
    assert "Your profile is saved." in client.get(PROFILE_URL).content.decode()


def test_choosing_another_language_moves_the_site_to_it(client, home_page, member):
    client.force_login(member)
    response = client.post(PROFILE_URL, profile_data(preferred_language="es"))
    assert response.status_code == 302
    assert response["Location"] == "/es/account/profile/"
    assert response.cookies["django_language"].value == "es"
    member.refresh_from_db()
    assert member.preferred_language == "es"
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert '<html lang="es" dir="ltr">' in page.content.decode()
    # An address without a language now leads to Spanish, whatever the browser prefers.
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en")["Location"] == "/es/"


def test_choosing_arabic_gives_the_right_to_left_page(client, home_page, member):
    client.force_login(member)
    response = client.post(PROFILE_URL, profile_data(preferred_language="ar"), follow=True)
    assert response.redirect_chain[-1][0] == "/ar/account/profile/"
    assert '<html lang="ar" dir="rtl">' in response.content.decode()


def test_staff_cannot_be_chosen_by_a_tampered_form(client, home_page, member):
    client.force_login(member)
    response = client.post(PROFILE_URL, profile_data(member_role=MemberRole.STAFF, first_name="Changed"))
    assert response.status_code == 200
    assert "member_role" in response.context["form"].errors
    member.refresh_from_db()
    assert member.member_role == MemberRole.MEMBER
    assert member.first_name == "Robin"  # nothing of the rejected form was saved


def test_staff_keep_their_role_and_do_not_see_the_field(client, home_page):
    staff = UserFactory(member_role=MemberRole.STAFF)
    client.force_login(staff)
    html = client.get(PROFILE_URL).content.decode()
    assert 'name="member_role"' not in html
    assert "An administrator sets the role of union staff." in html
    response = client.post(PROFILE_URL, profile_data(member_role=MemberRole.RETIREE, first_name="Dana"))
    assert response.status_code == 302
    staff.refresh_from_db()
    assert staff.member_role == MemberRole.STAFF
    assert staff.first_name == "Dana"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("school", "999999"),
        ("school", "not-a-number"),
        ("school", "99999999999999999999999999"),
        ("years_of_service", "-1"),
        ("years_of_service", "500"),
        ("years_of_service", "twelve"),
        ("years_of_service", "1e400"),
        ("phone", "call me maybe"),
        ("phone", "12"),
        ("phone", "=HYPERLINK(1234567)"),
        ("preferred_language", "klingon"),
        ("first_name", ""),
        ("first_name", "x" * 151),
        ("first_name", "Ω" * 1_000_000),
        ("first_name", "Robin\x00"),
        ("last_name", "Oka\x07for"),
    ],
)
def test_bad_values_are_form_errors_that_keep_what_was_typed(client, home_page, member, field, value):
    client.force_login(member)
    data = profile_data(last_name="Kept-Typed")
    data[field] = value
    response = client.post(PROFILE_URL, data)
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors
    html = response.content.decode()
    assert 'role="alert"' in html
    if field != "last_name":
        assert 'value="Kept-Typed"' in html
    member.refresh_from_db()
    assert member.last_name == "Okafor"


def test_field_errors_are_linked_to_their_fields(client, home_page, member):
    client.force_login(member)
    html = client.post(PROFILE_URL, profile_data(phone="12")).content.decode()
    assert 'id="id_phone_error"' in html
    assert 'aria-describedby="id_phone_helptext id_phone_error"' in html
    assert 'aria-invalid="true"' in html
    assert '<a href="#id_phone">' in html  # the summary at the top leads to the field


@HYPOTHESIS
@given(
    data=st.fixed_dictionaries(
        {
            "first_name": st.text(max_size=300),
            "last_name": st.text(max_size=300),
            "preferred_language": st.one_of(st.sampled_from(["en", "es", "ar"]), st.text(max_size=20)),
            "phone": st.text(max_size=60),
            "school": st.one_of(st.integers(min_value=-(2**70), max_value=2**70).map(str), st.text(max_size=20)),
            "member_role": st.text(max_size=20),
            "years_of_service": st.one_of(
                st.integers(min_value=-(2**70), max_value=2**70).map(str), st.text(max_size=20)
            ),
        }
    )
)
def test_any_input_is_saved_or_refused_never_a_500(client, home_page, member, data):
    client.force_login(member)
    response = client.post(PROFILE_URL, data)
    assert response.status_code in (200, 302)
    member.refresh_from_db()
    assert member.member_role != MemberRole.STAFF


def test_a_post_over_the_size_limit_is_a_bad_request_page(client, home_page, member):
    client.force_login(member)
    response = client.post(PROFILE_URL, profile_data(first_name="x" * (6 * 1024 * 1024)))
    assert response.status_code == 400
    assert 'class="skip-link"' in response.content.decode()  # the site's own page
    member.refresh_from_db()
    assert member.first_name == "Robin"


def test_a_list_where_a_single_value_is_expected_is_handled(client, home_page, member):
    client.force_login(member)
    response = client.post(PROFILE_URL, {**profile_data(), "member_role": ["member", "staff"], "school": ["1", "2"]})
    assert response.status_code in (200, 302)
    member.refresh_from_db()
    assert member.member_role == MemberRole.MEMBER


def test_the_profile_works_without_javascript_and_has_a_form_that_posts(client, home_page, member):
    client.force_login(member)
    html = client.get(PROFILE_URL).content.decode()
    assert '<form method="post" action="/en/account/profile/"' in html
    assert '<button type="submit">Save my profile</button>' in html
    assert '<option value="ar" lang="ar">العربية</option>' in html


# The header ----------------------------------------------------------------------------------


def test_the_header_links_signed_in_people_to_their_profile_and_to_sign_out(client, home_page, member):
    client.force_login(member)
    html = client.get("/en/").content.decode()
    assert '<a href="/en/account/profile/">My account</a>' in html
    assert 'action="/en/accounts/logout/"' in html
    assert "Sign out" in html
    assert "Sign in" not in html


def test_the_header_offers_sign_in_to_visitors(client, home_page):
    html = client.get("/en/").content.decode()
    assert "Sign in" in html
    assert "/en/account/profile/" not in html


def test_signing_out_from_the_header(client, home_page, member):
    client.force_login(member)
    response = client.post("/en/accounts/logout/")
    assert response.status_code == 302
    assert client.get(PROFILE_URL).status_code == 302


# Sign-up -------------------------------------------------------------------------------------


def signup_data(**changes):
    data = {
        "email": "Maria@Example.org",
        "first_name": "María",
        "last_name": "Gómez",
        "member_role": MemberRole.RETIREE,
        "password1": "a-long-test-password",
        "password2": "a-long-test-password",
    }
    data.update(changes)
    return data


def test_sign_up_stores_the_names_and_the_role(client, home_page):
    response = client.post("/es/accounts/signup/", signup_data())
    assert response.status_code == 302
    user = User.objects.get(email="maria@example.org")
    assert (user.first_name, user.last_name) == ("María", "Gómez")
    assert user.member_role == MemberRole.RETIREE
    assert user.preferred_language == "es"
    assert len(mail.outbox) == 1


def test_sign_up_asks_for_names_and_role_without_staff(client, home_page):
    html = client.get("/en/accounts/signup/").content.decode()
    for name in ("first_name", "last_name", "member_role", "email", "password1"):
        assert f'name="{name}"' in html
    assert 'value="educator"' in html and 'value="retiree"' in html
    assert 'value="staff"' not in html
    assert html.index('name="first_name"') < html.index('name="email"')


@pytest.mark.parametrize(
    "changes",
    [{"member_role": MemberRole.STAFF}, {"member_role": "superuser"}, {"first_name": ""}, {"last_name": "x" * 500}],
)
def test_sign_up_refuses_a_tampered_role_or_missing_name(client, home_page, changes):
    response = client.post("/en/accounts/signup/", signup_data(**changes))
    assert response.status_code == 200
    assert not User.objects.filter(email="maria@example.org").exists()


# The Wagtail admin -----------------------------------------------------------------------------


@pytest.fixture
def admin_client(client, home_page):
    client.force_login(UserFactory(email="admin@example.org", is_superuser=True, is_staff=True))
    return client


def test_administrators_create_a_user_with_every_profile_field(admin_client, school):
    response = admin_client.post(
        reverse("wagtailusers_users:add"),
        {
            "email": "new.staff@example.org",
            "first_name": "Lee",
            "last_name": "Tran",
            "password1": "a-long-test-password",
            "password2": "a-long-test-password",
            "preferred_language": "vi",
            "member_role": MemberRole.STAFF,
            "phone": "617 555 0111",
            "school": school.pk,
            "years_of_service": "3",
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    user = User.objects.get(email="new.staff@example.org")
    assert (user.preferred_language, user.member_role, user.phone, user.school, user.years_of_service) == (
        "vi",
        MemberRole.STAFF,
        "617 555 0111",
        school,
        3,
    )


def test_the_admin_edit_form_shows_and_saves_the_profile_fields(admin_client, member, school):
    url = reverse("wagtailusers_users:edit", args=[member.pk])
    html = admin_client.get(url).content.decode()
    for name in ("preferred_language", "member_role", "phone", "school", "years_of_service"):
        assert f'name="{name}"' in html
    response = admin_client.post(
        url,
        {
            "email": member.email,
            "first_name": "Robin",
            "last_name": "Okafor",
            "preferred_language": "pt",
            "member_role": MemberRole.STAFF,
            "phone": "",
            "school": school.pk,
            "years_of_service": "",
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    member.refresh_from_db()
    assert (member.preferred_language, member.member_role, member.school) == ("pt", MemberRole.STAFF, school)


# Schools in the admin --------------------------------------------------------------------------


def staff_in(group_name):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_organizers_add_and_change_schools(client, home_page):
    client.force_login(staff_in(roles.ORGANIZERS))
    response = client.post(
        reverse("wagtailsnippets_home_school:add"),
        {"name": "Roosevelt Middle", "kind": School.Kind.SCHOOL, "neighbourhood": "Northside", "address": ""},
    )
    assert response.status_code == 302
    school = School.objects.get(name="Roosevelt Middle")
    response = client.post(
        reverse("wagtailsnippets_home_school:edit", args=[school.pk]),
        {"name": "Roosevelt Middle School", "kind": School.Kind.SCHOOL, "neighbourhood": "Northside", "address": ""},
    )
    assert response.status_code == 302
    school.refresh_from_db()
    assert school.name == "Roosevelt Middle School"
    assert (
        "Roosevelt Middle School"
        in client.get(reverse("wagtailsnippets_home_school:list"), {"q": "roosevelt"}).content.decode()
    )


@pytest.mark.parametrize("group_name", [roles.LEARNING_COORDINATORS, roles.MENTOR_COORDINATORS])
def test_coordinators_see_schools_but_do_not_change_them(client, school, group_name):
    client.force_login(staff_in(group_name))
    assert client.get(reverse("wagtailsnippets_home_school:list")).status_code == 200
    response = client.post(reverse("wagtailsnippets_home_school:add"), {"name": "Sneaky", "kind": School.Kind.SCHOOL})
    assert response.status_code in (302, 403)
    assert not School.objects.filter(name="Sneaky").exists()


def test_the_school_permissions_come_from_the_data_migration():
    organizers = Group.objects.get(name=roles.ORGANIZERS)
    assert set(organizers.permissions.filter(content_type__model="school").values_list("codename", flat=True)) == {
        "add_school",
        "change_school",
        "view_school",
    }
    communications = Group.objects.get(name=roles.COMMUNICATIONS)
    assert not communications.permissions.filter(content_type__model="school").exists()
