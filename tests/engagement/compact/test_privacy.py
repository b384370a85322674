"""The compact's part of the privacy export (read back from the ZIP) and of account deletion."""

import json
import zipfile

import pytest

from engagement.compact import services
from engagement.models.compact import CommunityPartner, CompactSignature, SignerKind
from home import account_data
from tests.engagement.compact.factories import CommunityPartnerFactory, SignatureFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def export_of(user):
    with zipfile.ZipFile(account_data.build_export(user)) as archive:
        return {name: json.loads(archive.read(name)) for name in archive.namelist() if name.endswith(".json")}


@pytest.fixture
def person(db):
    return UserFactory(email="marie@example.org", preferred_language="ht")


def test_a_signer_downloads_their_signature_and_partner_contact(person, compact):
    SignatureFactory(
        compact_page=compact["es"],
        email="Marie@Example.org",
        kind=SignerKind.ORGANISATION,
        organisation_name="Fanmi Ini",
        name="Marie Joseph",
    )
    SignatureFactory(compact_page=compact["es"], email="someone-else@example.org", name="Someone Else")
    CommunityPartnerFactory(name="Fanmi Ini", email="marie@example.org", contact_name="Marie Joseph")

    data = export_of(person)

    [signature] = data["compact_signatures.json"]
    assert signature["organisation"] == "Fanmi Ini"
    assert signature["name"] == "Marie Joseph"
    assert signature["verified_at"]
    [contact] = data["community_partner_contacts.json"]
    assert contact == {
        "organisation": "Fanmi Ini",
        "contact_name": "Marie Joseph",
        "email": "marie@example.org",
        "phone": "555-0100",
    }


def test_deleting_the_account_removes_the_signature_and_the_contact_details(person, compact):
    SignatureFactory(compact_page=compact["en"], email="marie@example.org")
    SignatureFactory(compact_page=compact["en"], email="other@example.org")
    partner = CommunityPartnerFactory(name="Fanmi Ini", email="MARIE@example.org", contact_name="Marie Joseph")

    account_data.delete_account(person)

    assert list(CompactSignature.objects.values_list("email", flat=True)) == ["other@example.org"]
    assert services.tally(compact["es"]).total == 1
    partner = CommunityPartner.objects.get(pk=partner.pk)
    assert partner.name == "Fanmi Ini"
    assert (partner.contact_name, partner.email, partner.phone) == ("", "", "")


def test_someone_without_signatures_exports_empty_lists(person):
    data = export_of(person)

    assert data["compact_signatures.json"] == []
    assert data["community_partner_contacts.json"] == []
