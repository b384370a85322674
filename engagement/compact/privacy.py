"""What the compact keeps about a person: their signatures, and partner records naming them as contact.

Both are found by the account's e-mail address (compared without case): signers need no account.
Erasure deletes the person's signatures, so they no longer count or appear; a partner record stays
(it is the organisation's), with the person's name, e-mail and phone removed from it.
"""

from django.utils import translation

from engagement.models.compact import CommunityPartner, CompactSignature
from home.privacy import PersonalDataSource, register_personal_data


def _signatures_of(user):
    if not user.email:
        return CompactSignature.objects.none()
    return CompactSignature.objects.filter(email__iexact=user.email)


def _partners_naming(user):
    if not user.email:
        return CommunityPartner.objects.none()
    return CommunityPartner.objects.filter(email__iexact=user.email)


def export_compact_signatures(user):
    signatures = _signatures_of(user).select_related("compact_page").order_by("signed_at")
    with translation.override(getattr(user, "preferred_language", None) or None):
        return [
            {
                "compact": signature.compact_page.title if signature.compact_page else str(signature.compact_key),
                "signed_as": str(signature.get_kind_display()),
                "organisation": signature.organisation_name,
                "name": signature.name,
                "email": signature.email,
                "neighbourhood": signature.neighbourhood,
                "shown_on_the_page": signature.show_publicly,
                "language": signature.language,
                "signed_at": signature.signed_at.isoformat(),
                "verified_at": signature.verified_at.isoformat() if signature.verified_at else None,
            }
            for signature in signatures
        ]


def export_partner_contacts(user):
    return [
        {
            "organisation": partner.name,
            "contact_name": partner.contact_name,
            "email": partner.email,
            "phone": partner.phone,
        }
        for partner in _partners_naming(user).order_by("name")
    ]


def erase_compact_signatures(user):
    _signatures_of(user).delete()


def erase_partner_contacts(user):
    _partners_naming(user).update(contact_name="", email="", phone="")


def register_sources():
    register_personal_data(
        PersonalDataSource(name="compact_signatures", export=export_compact_signatures, erase=erase_compact_signatures)
    )
    register_personal_data(
        PersonalDataSource(
            name="community_partner_contacts", export=export_partner_contacts, erase=erase_partner_contacts
        )
    )
