"""Demo content of the community compact, loaded by ``manage.py load_demo_content``.

The compact page under the home page (translated into every language through wagtail-localize),
ten community partners across the three statuses, and the compact's signatures: twenty-five
confirmed (organisations and individuals, in several languages, some listed by name) and four
waiting for their signer to confirm.

Idempotent: the page is found by its slug; partners and signatures are created only when none of
the demo's exist yet (they share an e-mail domain). Records are written directly, as the services
would leave them, so that loading sends no e-mail.
"""

import datetime

from django.utils import timezone

from engagement.compact import demo_text
from engagement.models.compact import (
    CommunityPartner,
    CompactPage,
    CompactSignature,
    PartnerKind,
    PartnerStatus,
    PartnerStatusChange,
    SignerKind,
)
from home.demo.feature import FeatureDemoLoader
from home.demo.spec import PageSpec

EMAIL_DOMAIN = "compact.example.org"

PAGE = PageSpec(
    model="CompactPage",
    slug=demo_text.PAGE_SLUG,
    title=demo_text.TITLE,
    fields={"intro": demo_text.INTRO, "thank_you": demo_text.THANK_YOU},
    body=demo_text.BODY,
)

# (name, kind, status, neighbourhood, contact, languages, days since the status changed)
PARTNERS = [
    (
        "Eastgate Parents United",
        PartnerKind.PARENT_GROUP,
        PartnerStatus.PARTNER,
        "Eastgate",
        "Marisol Díaz",
        ["en", "es"],
        300,
    ),
    (
        "Iglesia Bautista La Esperanza",
        PartnerKind.FAITH,
        PartnerStatus.PARTNER,
        "Southfield",
        "Rev. Tomás Ortega",
        ["es"],
        250,
    ),
    (
        "Harbor View Neighbours Association",
        PartnerKind.NEIGHBOURHOOD,
        PartnerStatus.PARTNER,
        "Harbor View",
        "Minh Tran",
        ["en", "vi"],
        200,
    ),
    (
        "Fanmi Ayisyen pou Edikasyon",
        PartnerKind.PARENT_GROUP,
        PartnerStatus.VETTED,
        "Mill Hill",
        "Marie-Claire Joseph",
        ["ht", "fr", "en"],
        90,
    ),
    (
        "Lincoln Heights Youth Council",
        PartnerKind.YOUTH,
        PartnerStatus.VETTED,
        "Lincoln Heights",
        "Jordan Reyes",
        ["en"],
        75,
    ),
    (
        "Riverside Tenants for Schools",
        PartnerKind.ADVOCACY,
        PartnerStatus.VETTED,
        "Riverside",
        "Aisha Rahman",
        ["en", "ar", "so"],
        60,
    ),
    (
        "Transit Workers Local 12",
        PartnerKind.LABOUR,
        PartnerStatus.PARTNER,
        "Downtown",
        "Dennis O'Brien",
        ["en", "pt"],
        400,
    ),
    (
        "Associação Cabo-Verdiana de Oak Park",
        PartnerKind.OTHER,
        PartnerStatus.PROPOSED,
        "Oak Park",
        "Ana Tavares",
        ["kea", "pt"],
        20,
    ),
    (
        "Chinatown Family Resource Center",
        PartnerKind.ADVOCACY,
        PartnerStatus.PROPOSED,
        "Downtown",
        "Li Wei",
        ["zh", "en"],
        12,
    ),
    (
        "Cedar Heights Mosque Youth Circle",
        PartnerKind.FAITH,
        PartnerStatus.PROPOSED,
        "Cedar Heights",
        "Omar Haddad",
        ["ar", "en"],
        5,
    ),
]

# Organisations that signed: (name, contact, language, listed, partner name or None)
ORGANISATION_SIGNATURES = [
    ("Eastgate Parents United", "Marisol Díaz", "es", True, "Eastgate Parents United"),
    ("Iglesia Bautista La Esperanza", "Tomás Ortega", "es", True, "Iglesia Bautista La Esperanza"),
    ("Harbor View Neighbours Association", "Minh Tran", "vi", True, "Harbor View Neighbours Association"),
    ("Fanmi Ayisyen pou Edikasyon", "Marie-Claire Joseph", "ht", True, "Fanmi Ayisyen pou Edikasyon"),
    ("Transit Workers Local 12", "Dennis O'Brien", "en", True, "Transit Workers Local 12"),
    ("Lincoln Heights Youth Council", "Jordan Reyes", "en", True, "Lincoln Heights Youth Council"),
    ("Riverside Tenants for Schools", "Aisha Rahman", "ar", False, "Riverside Tenants for Schools"),
    ("Chinatown Family Resource Center", "Li Wei", "zh-hans", True, "Chinatown Family Resource Center"),
    ("Southfield Soccer League", "Carlos Mendes", "pt", True, None),
    ("Mill Hill Library Friends", "Grace Okafor", "en", False, None),
]
# People who signed: (name, language, neighbourhood, show name)
INDIVIDUAL_SIGNATURES = [
    ("Lucía Gómez", "es", "Eastgate", True),
    ("Jean-Robert Pierre", "ht", "Mill Hill", True),
    ("Nguyễn Thị Lan", "vi", "Harbor View", True),
    ("Fatima Al-Sayed", "ar", "Cedar Heights", False),
    ("Zhang Min", "zh-hans", "Downtown", True),
    ("Beatriz Souza", "pt", "Oak Park", True),
    ("Sam Whitfield", "en", "Lincoln Heights", True),
    ("Keisha Brown", "en", "Riverside", False),
    ("Roberto Salinas", "es", "Southfield", True),
    ("Thu Pham", "vi", "Harbor View", False),
    ("Mariana Costa", "pt", "Oak Park", False),
    ("Eleanor Hughes", "en", "Downtown", True),
    ("Yusuf Abdi", "en", "Riverside", True),
    ("Carmen Villanueva", "es", "Eastgate", False),
    ("Widline Charles", "ht", "Mill Hill", True),
]
# Signed, not confirmed yet: (kind, organisation name, name, language)
UNVERIFIED_SIGNATURES = [
    (SignerKind.ORGANISATION, "Oak Park Cape Verdean Association", "Ana Tavares", "pt"),
    (SignerKind.INDIVIDUAL, "", "Hoang Van Duc", "vi"),
    (SignerKind.INDIVIDUAL, "", "Maria Fernandes", "pt"),
    (SignerKind.INDIVIDUAL, "", "Peter Lindqvist", "en"),
]


def _email(name):
    local = "".join(char for char in name.lower() if char.isascii() and char.isalnum()) or "signer"
    return f"{local}@{EMAIL_DOMAIN}"


class CompactDemoLoader(FeatureDemoLoader):
    """Loads the compact demo under the home page ``home_loader`` has just loaded (same transaction)."""

    def __init__(self, home_loader):
        super().__init__(home_loader)
        self.now = timezone.now()

    def load(self):
        page = self.page_under_home(PAGE, CompactPage)
        partners = self._partners()
        signatures_created = self._signatures(page, partners)
        return page, signatures_created

    def _partners(self):
        existing = {partner.name: partner for partner in CommunityPartner.objects.filter(email__iendswith=EMAIL_DOMAIN)}
        if existing:
            return existing
        partners = {}
        for name, kind, status, neighbourhood, contact, languages, days in PARTNERS:
            changed_at = self.now - datetime.timedelta(days=days)
            partner = CommunityPartner.objects.create(
                name=name,
                kind=kind,
                status=status,
                neighbourhood=neighbourhood,
                contact_name=contact,
                email=_email(contact),
                phone=f"555-01{len(partners):02d}",
                languages=languages,
                website=f"https://{_email(name).split('@')[0]}.example.org/",
                created_at=changed_at - datetime.timedelta(days=30),
                status_changed_at=changed_at,
            )
            self._history(partner, changed_at)
            partners[name] = partner
        return partners

    def _history(self, partner, changed_at):
        """Proposed, then vetted, then partner: each step a few weeks before the next."""
        steps = [PartnerStatus.PROPOSED, PartnerStatus.VETTED, PartnerStatus.PARTNER]
        reached = steps[: steps.index(partner.status) + 1]
        previous = ""
        for position, status in enumerate(reached):
            weeks_before = 3 * (len(reached) - 1 - position)
            PartnerStatusChange.objects.create(
                partner=partner,
                from_status=previous,
                to_status=status,
                changed_at=changed_at - datetime.timedelta(weeks=weeks_before),
            )
            previous = status

    def _signatures(self, page, partners):
        if CompactSignature.objects.filter(compact_key=page.translation_key, email__iendswith=EMAIL_DOMAIN).exists():
            return 0
        versions = {version.locale.language_code: version for version in page.get_translations(inclusive=True)}
        rows = []
        day = 0
        for name, contact, language, listed, partner_name in ORGANISATION_SIGNATURES:
            day += 2
            rows.append(
                self._signature(
                    page,
                    versions,
                    SignerKind.ORGANISATION,
                    contact,
                    language,
                    day,
                    organisation_name=name,
                    show_publicly=listed,
                    partner=partners.get(partner_name),
                    email=_email(f"{name}{contact}"),
                )
            )
        for name, language, neighbourhood, shown in INDIVIDUAL_SIGNATURES:
            day += 1
            rows.append(
                self._signature(
                    page,
                    versions,
                    SignerKind.INDIVIDUAL,
                    name,
                    language,
                    day,
                    neighbourhood=neighbourhood,
                    show_publicly=shown,
                )
            )
        for kind, organisation_name, name, language in UNVERIFIED_SIGNATURES:
            rows.append(
                self._signature(
                    page,
                    versions,
                    kind,
                    name,
                    language,
                    1,
                    organisation_name=organisation_name,
                    verified=False,
                    show_publicly=True,
                )
            )
        CompactSignature.objects.bulk_create(rows)
        return len(rows)

    def _signature(self, page, versions, kind, name, language, days_ago, *, verified=True, email=None, **fields):
        signed_at = self.now - datetime.timedelta(days=40 - days_ago, hours=days_ago % 7)
        return CompactSignature(
            compact_key=page.translation_key,
            compact_page=versions.get(language, page),
            kind=kind,
            name=name,
            email=email or _email(name),
            language=language,
            signed_at=signed_at,
            verification_sent_at=signed_at,
            verified_at=signed_at + datetime.timedelta(minutes=20) if verified else None,
            **fields,
        )
