"""Sign-in and sign-up with django-allauth: e-mail as login, in the site's layout and language."""

from django.core import mail

import pytest

from home.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path", ["/en/accounts/login/", "/en/accounts/signup/", "/en/accounts/password/reset/", "/en/accounts/login/code/"]
)
def test_account_pages_use_the_site_layout(client, home_page, path):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="skip-link"' in html
    assert 'aria-label="Languages"' in html


def test_sign_up_remembers_the_language_and_sends_a_verification_email(client, home_page):
    response = client.post(
        "/es/accounts/signup/",
        {
            "email": "Maria@Example.org",
            "first_name": "María",
            "last_name": "Gómez",
            "member_role": "educator",
            "password1": "a-long-test-password",
            "password2": "a-long-test-password",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="maria@example.org")
    assert user.preferred_language == "es"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["maria@example.org"]


def test_sign_in_with_email_and_password(client, home_page):
    user = UserFactory(email="sam@example.org")
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    response = client.post("/en/accounts/login/", {"login": "SAM@example.org", "password": "a-long-test-password"})
    assert response.status_code == 302
    assert client.get("/en/accounts/email/").status_code == 200


def test_users_are_created_with_email_as_login():
    user = User.objects.create_user("Pat@Example.ORG", "secret-password-123")
    assert user.email == "pat@example.org"
    assert User.USERNAME_FIELD == "email"
    assert not hasattr(user, "username") or user.username is None
