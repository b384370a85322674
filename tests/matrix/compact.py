"""Permission matrix rows.

Community partners (Organizers only), the compact page and sign-on verification, "You said, we proposed".
"""

from django.urls import reverse
from django.utils import translation

from home import roles
from tests.matrix.vocabulary import NOT_FOUND, Row, admin_area, everyone, page, public


def build_compact(d):
    """The compact in English and Spanish, a partner, and an unconfirmed signature with its link."""
    from engagement.compact import services
    from engagement.models.compact import SignerKind
    from tests.engagement.compact.factories import CommunityPartnerFactory, SignatureFactory, make_compact

    pages = make_compact(d.pages["home_en"], title="Community compact", slug="our-compact", languages=("es",))
    d.pages["compact"], d.pages["compact_es"] = pages["en"], pages["es"]
    d.partner = CommunityPartnerFactory(name="Matrix Parents")
    d.compact_signature = SignatureFactory(
        compact_page=pages["es"], kind=SignerKind.ORGANISATION, organisation_name="Matrix Org", verified_at=None
    )
    d.compact_token = services.make_token(d.compact_signature)


BUILDERS = [build_compact]


def verify(token):
    def build(d):
        with translation.override("es"):
            return reverse("compact:verify", args=[token(d)])

    return build


def partner_admin(name, with_pk=False):
    return lambda d: reverse(f"community_partners:{name}", args=[d.partner.pk] if with_pk else None)


def signature_admin(name, with_pk=False):
    return lambda d: reverse(f"compact_signatures:{name}", args=[d.compact_signature.pk] if with_pk else None)


# Partners and signatures: Organizers (engagement.*_communitypartner, *_compactsignature); other admin
# users are sent to the dashboard by Wagtail (the CSV download's PermissionDenied included).
ORGANIZERS_ADMIN = admin_area(allowed=(roles.ORGANIZERS,))

ROWS = [
    Row("community compact", page("compact"), public(), covers=("engagement.CompactPage",)),
    Row("community compact in Spanish", page("compact_es"), public()),
    Row("community compact signed with nothing (the form with its errors)", page("compact"), public(), method="post"),
    Row(
        "community compact: check your e-mail",
        page("compact_es", "check-your-email/"),
        public(),
        covers=("engagement.CompactPage:check_your_email",),
    ),
    Row(
        "compact verification link (asks to confirm)",
        verify(lambda d: d.compact_token),
        public(),
        covers=("compact:verify",),
    ),
    Row("compact verification link, altered", verify(lambda d: d.compact_token + "x"), everyone(NOT_FOUND)),
    Row(
        "compact verification link, altered, confirmed",
        verify(lambda d: d.compact_token[:-2] + "xx"),
        everyone(NOT_FOUND),
        method="post",
    ),
    Row("community partners", partner_admin("index"), ORGANIZERS_ADMIN, covers=("community_partners:index",)),
    Row("community partners (filtered results)", partner_admin("index_results"), ORGANIZERS_ADMIN),
    Row("a community partner's contacts", partner_admin("inspect", True), ORGANIZERS_ADMIN),
    Row("edit a community partner", partner_admin("edit", True), ORGANIZERS_ADMIN),
    Row("new community partner", partner_admin("add"), ORGANIZERS_ADMIN),
    Row("delete a community partner (confirmation)", partner_admin("delete", True), ORGANIZERS_ADMIN),
    Row(
        "community partners as CSV",
        partner_admin("export_csv"),
        ORGANIZERS_ADMIN,
    ),
    Row("compact signatures", signature_admin("index"), ORGANIZERS_ADMIN),
    Row("link a compact signature to a partner", signature_admin("edit", True), ORGANIZERS_ADMIN),
]
