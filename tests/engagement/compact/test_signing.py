"""Signing the compact on its page, and confirming the signature from the e-mail's link."""

from django.core import mail, signing
from django.utils import translation
from django.utils.translation import gettext

import pytest

from engagement.compact import services
from engagement.models.compact import CommunityPartner, CompactSignature, PartnerStatus
from tests.engagement.compact.factories import CommunityPartnerFactory, SignatureFactory
from tests.engagement.compact.helpers import organisation_data, sign_data, verification_path

pytestmark = pytest.mark.django_db


@pytest.fixture
def sign(client, django_capture_on_commit_callbacks):
    def post(page, data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(page.url, data)

    return post


def test_signing_files_an_unverified_signature_and_sends_the_link(sign, compact):
    response = sign(compact["es"], sign_data())

    assert response.status_code == 302
    assert response["Location"] == compact["es"].url + "check-your-email/"
    signature = CompactSignature.objects.get()
    assert signature.compact_key == compact["en"].translation_key
    assert signature.language == "es"
    assert not signature.is_verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["lucia@example.org"]
    assert verification_path().startswith("/es/compact/verify/")


def test_the_email_is_in_the_language_the_signer_chose(sign, compact):
    sign(compact["en"], sign_data(language="ar"))

    with translation.override("ar"):
        subject = gettext("Confirm your signature of the community compact")
    assert mail.outbox[0].subject == subject
    assert verification_path().startswith("/ar/compact/verify/")


def test_the_check_your_email_page_answers(client, compact):
    response = client.get(compact["es"].url + "check-your-email/")

    assert response.status_code == 200


def test_opening_the_link_asks_to_confirm_and_confirming_counts(client, sign, compact):
    sign(compact["es"], sign_data())
    path = verification_path()

    shown = client.get(path)
    assert shown.status_code == 200
    assert not CompactSignature.objects.get().is_verified

    confirmed = client.post(path)
    assert confirmed.status_code == 200
    assert CompactSignature.objects.get().is_verified
    assert services.tally(compact["en"]).total == 1


def test_confirming_twice_is_harmless(client, sign, compact):
    sign(compact["es"], sign_data())
    path = verification_path()
    client.post(path)
    first = CompactSignature.objects.get().verified_at

    again = client.post(path)
    opened_again = client.get(path)

    assert again.status_code == opened_again.status_code == 200
    assert CompactSignature.objects.get().verified_at == first
    assert services.tally(compact["en"]).total == 1


@pytest.mark.parametrize(
    "token",
    [
        "nonsense",
        "WzEsIjAwIl0:1xVkTY:forged",
        "",
        "%00",
        "a" * 600,
    ],
)
def test_a_wrong_link_says_it_is_not_valid(client, compact, token):
    response = client.get(f"/es/compact/verify/{token}/") if token else client.get("/es/compact/verify//")

    assert response.status_code == 404


def test_a_tampered_link_is_refused_and_counts_nothing(client, sign, compact):
    sign(compact["es"], sign_data())
    path = verification_path()
    tampered = path[:-3] + ("A" if path[-3] != "A" else "B") + path[-2:]

    response = client.post(tampered)

    assert response.status_code == 404
    with translation.override("es"):
        assert gettext("This link is not valid") in response.content.decode()
    assert not CompactSignature.objects.get().is_verified


def test_a_link_for_another_signature_id_is_refused(client, compact):
    signature = SignatureFactory(compact_page=compact["en"], verified_at=None)
    forged = signing.dumps([signature.pk + 1, signature.verification_nonce.hex], salt="another-salt")

    assert client.post(f"/en/compact/verify/{forged}/").status_code == 404
    assert client.get(f"/en/compact/verify/{forged}/").status_code == 404


def test_an_expired_link_is_refused(client, compact, monkeypatch):
    signature = SignatureFactory(compact_page=compact["en"], verified_at=None)
    token = services.make_token(signature)
    monkeypatch.setattr(services, "VERIFICATION_MAX_AGE", services.datetime.timedelta(seconds=-1))

    assert client.post(f"/en/compact/verify/{token}/").status_code == 404
    signature.refresh_from_db()
    assert not signature.is_verified


def test_signing_again_resends_the_link_and_only_the_newest_works(client, sign, compact):
    sign(compact["es"], sign_data())
    old_path = verification_path()
    sign(compact["en"], sign_data(email="LUCIA@example.org", language="en"))
    new_path = verification_path()

    assert CompactSignature.objects.count() == 1
    assert len(mail.outbox) == 2
    assert new_path.startswith("/en/")
    assert client.post(old_path).status_code == 404
    assert client.post(new_path).status_code == 200
    assert services.tally(compact["es"]).total == 1


def test_signing_again_after_confirming_does_not_count_twice(client, sign, compact):
    sign(compact["es"], sign_data())
    client.post(verification_path())

    sign(compact["es"], sign_data(name="Someone else"))

    signature = CompactSignature.objects.get()
    assert signature.name == "Lucía Gómez"
    assert services.tally(compact["en"]).total == 1
    with translation.override("es"):
        assert mail.outbox[-1].subject == gettext("You have already signed the community compact")


def test_a_double_click_makes_one_signature(sign, compact):
    sign(compact["es"], sign_data())
    sign(compact["es"], sign_data())

    assert CompactSignature.objects.count() == 1


def test_an_organisation_must_give_its_name(client, compact):
    response = client.post(compact["es"].url, sign_data(kind="organisation", organisation_name="  "))

    assert response.status_code == 200
    assert CompactSignature.objects.count() == 0
    with translation.override("es"):
        assert gettext("Give the name of the organisation you sign for.") in response.content.decode()


def test_the_form_keeps_what_was_typed_on_an_error(client, compact):
    response = client.post(compact["es"].url, sign_data(email="not an address"))

    assert response.status_code == 200
    assert "Lucía Gómez" in response.content.decode()


def test_a_robot_filling_the_honeypot_is_thanked_and_nothing_is_kept(client, compact):
    response = client.post(compact["es"].url, sign_data(website="http://spam.example"))

    assert response.status_code == 302
    assert CompactSignature.objects.count() == 0
    assert mail.outbox == []


def test_too_many_signatures_from_one_address_are_refused(client, compact, settings, monkeypatch):
    from engagement.compact import views

    monkeypatch.setattr(views, "SIGN_RATE", "2/h")
    for number in range(2):
        client.post(compact["es"].url, sign_data(email=f"person{number}@example.org"))

    response = client.post(compact["es"].url, sign_data(email="third@example.org"))

    assert response.status_code == 429
    assert CompactSignature.objects.count() == 2


def test_recaptcha_is_asked_when_its_keys_are_set(compact):
    from engagement.compact.forms import SignCompactForm

    assert "captcha" in SignCompactForm(recaptcha=True).fields
    assert "captcha" not in SignCompactForm(recaptcha=False).fields


def test_a_failing_mail_server_never_loses_the_signature(sign, compact, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("SMTP down")

    monkeypatch.setattr("django.core.mail.send_mail", broken)

    response = sign(compact["es"], sign_data())

    assert response.status_code == 302
    assert CompactSignature.objects.count() == 1


# Partners


def test_a_confirmed_organisation_becomes_a_proposed_partner(client, sign, compact):
    sign(compact["es"], organisation_data())
    client.post(verification_path())

    partner = CommunityPartner.objects.get()
    assert partner.name == "Padres Unidos de Eastgate"
    assert partner.status == PartnerStatus.PROPOSED
    assert partner.contact_name == "Ana Ruiz"
    assert CompactSignature.objects.get().partner == partner
    assert partner.status_changes.count() == 1


def test_a_confirmed_organisation_is_linked_to_its_existing_partner(client, sign, compact):
    existing = CommunityPartnerFactory(name="Padres unidos de Eastgate", status=PartnerStatus.PARTNER)
    sign(compact["es"], organisation_data())
    client.post(verification_path())

    assert CommunityPartner.objects.count() == 1
    assert CompactSignature.objects.get().partner == existing
    existing.refresh_from_db()
    assert existing.status == PartnerStatus.PARTNER


def test_an_unconfirmed_organisation_makes_no_partner(sign, compact):
    sign(compact["es"], organisation_data())

    assert CommunityPartner.objects.count() == 0
