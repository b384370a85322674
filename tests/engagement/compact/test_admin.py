"""The Organizers' community partners in the Wagtail admin: who may open them, status history, CSV, audit."""

import csv
import io

from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest

from engagement.models.compact import CommunityPartner, PartnerStatus, SignerKind
from home import audit, roles
from tests.engagement.compact.factories import CommunityPartnerFactory, SignatureFactory, make_organizer, make_staff
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organizer(db):
    return make_organizer(email="organizer@example.org")


@pytest.fixture
def partner(db):
    return CommunityPartnerFactory(name="Eastgate Parents", email="rosa@eastgate.example.org")


def admin_urls(partner):
    return [
        reverse("community_partners:index"),
        reverse("community_partners:inspect", args=[partner.pk]),
        reverse("community_partners:edit", args=[partner.pk]),
        reverse("community_partners:add"),
        reverse("community_partners:export_csv"),
        reverse("compact_signatures:index"),
    ]


def test_organizers_open_every_partner_view(client, organizer, partner):
    client.force_login(organizer)

    for url in admin_urls(partner):
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("group", [roles.COMMUNICATIONS, roles.MENTOR_COORDINATORS, roles.LEARNING_COORDINATORS])
def test_other_admin_roles_are_turned_away(client, partner, group):
    client.force_login(make_staff(group))

    for url in admin_urls(partner):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response["Location"] in (
                reverse("wagtailadmin_home"),
                reverse("wagtailadmin_login") + "?next=" + url,
            )


def test_captains_members_and_visitors_are_sent_to_sign_in(client, partner):
    captain = make_staff(roles.CAPTAINS)
    member = UserFactory()
    for user in (captain, member, None):
        client.logout()
        if user:
            client.force_login(user)
        for url in admin_urls(partner):
            response = client.get(url)
            assert response.status_code in (302, 403), url
            if response.status_code == 302:
                assert "/admin/login/" in response["Location"], url


def test_the_list_filters_by_status_and_kind_and_searches(client, organizer):
    CommunityPartnerFactory(name="Vetted Faith Group", kind="faith", status=PartnerStatus.VETTED)
    CommunityPartnerFactory(name="Proposed Youth Club", kind="youth", status=PartnerStatus.PROPOSED)
    client.force_login(organizer)

    by_status = client.get(reverse("community_partners:index"), {"status": "vetted"}).content.decode()
    by_kind = client.get(reverse("community_partners:index"), {"kind": "youth"}).content.decode()
    by_search = client.get(reverse("community_partners:index"), {"q": "Faith"}).content.decode()

    assert "Vetted Faith Group" in by_status and "Proposed Youth Club" not in by_status
    assert "Proposed Youth Club" in by_kind and "Vetted Faith Group" not in by_kind
    assert "Vetted Faith Group" in by_search and "Proposed Youth Club" not in by_search


def partner_form(**fields):
    data = {
        "name": "Harbor View Neighbours",
        "kind": "neighbourhood",
        "status": "proposed",
        "neighbourhood": "Harbor View",
        "website": "",
        "contact_name": "Minh Tran",
        "email": "minh@example.org",
        "phone": "555-0199",
        "languages": ["vi", "en"],
        "notes": "",
    }
    data.update(fields)
    return data


def test_adding_and_changing_status_keeps_the_history(client, organizer):
    client.force_login(organizer)

    response = client.post(reverse("community_partners:add"), partner_form())
    assert response.status_code == 302
    partner = CommunityPartner.objects.get()
    assert partner.languages == ["en", "vi"]
    assert partner.status_changed_by == organizer

    client.post(reverse("community_partners:edit", args=[partner.pk]), partner_form(status="vetted"))
    client.post(reverse("community_partners:edit", args=[partner.pk]), partner_form(status="vetted", notes="Met"))

    partner.refresh_from_db()
    assert partner.status == PartnerStatus.VETTED
    changes = list(partner.status_changes.order_by("changed_at", "pk").values_list("from_status", "to_status"))
    assert changes == [("", "proposed"), ("proposed", "vetted")]
    assert all(change.changed_by == organizer for change in partner.status_changes.all())

    inspect = client.get(reverse("community_partners:inspect", args=[partner.pk])).content.decode()
    assert "Vetted" in inspect


def test_opening_a_partners_contacts_is_audited(client, organizer, partner):
    client.force_login(organizer)

    client.get(reverse("community_partners:inspect", args=[partner.pk]))
    client.get(reverse("community_partners:edit", args=[partner.pk]))

    entries = ModelLogEntry.objects.filter(action=audit.VIEW_PERSONAL_DATA, object_id=str(partner.pk))
    assert entries.count() == 2
    assert all(entry.user_id == organizer.pk for entry in entries)
    assert "rosa@" not in " ".join(entry.label for entry in entries)


def test_the_csv_lists_every_partner_and_escapes_formulas(client, organizer):
    CommunityPartnerFactory(name='=HYPERLINK("http://evil")', notes="+1 call", email="a@example.org")
    CommunityPartnerFactory(name="Plain Group", notes="@mention", phone="-555")
    client.force_login(organizer)

    response = client.get(reverse("community_partners:export_csv"))

    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 3
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://evil")' in cells
    assert "'+1 call" in cells and "'@mention" in cells and "'-555" in cells
    assert not any(cell.startswith(("=", "+", "@", "-")) for cell in cells)


def test_the_csv_is_refused_to_other_staff(client, partner):
    client.force_login(make_staff(roles.COMMUNICATIONS))

    response = client.get(reverse("community_partners:export_csv"))

    assert response.status_code in (302, 403)
    assert response.status_code == 403 or "text/csv" not in response.get("Content-Type", "")


def test_an_organizer_links_a_signature_to_a_partner(client, organizer, partner, compact):
    signature = SignatureFactory(compact_page=compact["en"], kind=SignerKind.ORGANISATION, organisation_name="EP")
    client.force_login(organizer)

    response = client.post(
        reverse("compact_signatures:edit", args=[signature.pk]), {"partner": partner.pk, "show_publicly": "on"}
    )

    assert response.status_code == 302
    signature.refresh_from_db()
    assert signature.partner == partner and signature.show_publicly


def test_the_signature_list_has_no_add_view(client, organizer):
    client.force_login(organizer)

    content = client.get(reverse("compact_signatures:index")).content.decode()

    assert "/admin/compact_signatures/new/" not in content
