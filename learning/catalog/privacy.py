"""What the catalog keeps about a person: its part of the privacy export and of account deletion.

Four sources (``home.privacy``): enrolments with attendance, closing reflections and certificates;
offering proposals; the person's renewal-cycle start; and the offerings they facilitate.

Erasure deletes the person's enrolments (and with them attendance, reflections and certificates: a
certificate names its holder, so it cannot outlive them), freeing their places for the waitlist, and
their proposals; as a facilitator they are taken off the offerings, which stay in the catalog.
"""

from django.db import transaction
from django.utils import translation

from home.privacy import PersonalDataSource, register_personal_data
from learning.catalog import services
from learning.models.catalog import CreditCycle, Enrolment, EnrolmentStatus, OfferingPage, OfferingProposal


def export_enrolments(user):
    enrolments = (
        Enrolment.objects.filter(educator=user)
        .select_related("offering", "certificate")
        .prefetch_related("attendance__session")
        .order_by("pk")
    )
    with translation.override(user.preferred_language):
        exported = []
        for enrolment in enrolments:
            certificate = getattr(enrolment, "certificate", None)
            exported.append(
                {
                    "offering": enrolment.offering.title,
                    "status": enrolment.status,
                    "status_label": str(enrolment.get_status_display()),
                    "enrolled": enrolment.created_at,
                    "completed": enrolment.completed_at,
                    "sessions_attended": [row.session.starts_at for row in enrolment.attendance.all()],
                    "closing_reflection": enrolment.reflection,
                    "certificate": {
                        "number": str(certificate.number),
                        "verification_code": certificate.code,
                        "credit_type": certificate.credit_type,
                        "credits": str(certificate.credit_amount),
                        "issued": certificate.issued_at,
                        "withdrawn": certificate.revoked,
                    }
                    if certificate
                    else None,
                }
            )
        return exported


def export_proposals(user):
    return [
        {
            "title": proposal.title,
            "status": proposal.status,
            "proposed": proposal.created_at,
            "format": proposal.format,
            "summary": proposal.summary,
            "description": proposal.description,
            "standards": proposal.standards,
            "schedule": proposal.schedule,
            "note_from_the_coordinator": proposal.review_note,
        }
        for proposal in OfferingProposal.objects.filter(proposer=user).order_by("pk")
    ]


def export_credit_cycle(user):
    cycle = CreditCycle.objects.filter(user=user).first()
    return {"renewal_cycle_starts": cycle.starts_on} if cycle else {}


def export_facilitating(user):
    return [
        {"offering": page.title, "language": page.locale.language_code}
        for page in OfferingPage.objects.filter(facilitators=user).select_related("locale").order_by("pk")
    ]


@transaction.atomic
def erase_enrolments(user):
    """Give up the person's places (the first people waiting take them), then delete their records."""
    for enrolment in Enrolment.objects.filter(educator=user, status=EnrolmentStatus.ENROLLED).select_related(
        "offering"
    ):
        offering = services._locked_offering(enrolment.offering)
        Enrolment.objects.filter(pk=enrolment.pk).update(status=EnrolmentStatus.CANCELLED)
        services.promote_waitlist(offering)
    Enrolment.objects.filter(educator=user).delete()


def erase_proposals(user):
    OfferingProposal.objects.filter(proposer=user).delete()


def erase_credit_cycle(user):
    CreditCycle.objects.filter(user=user).delete()


def erase_facilitating(user):
    # Straight in the link table: the pages' drafts and revisions are not changed for it.
    OfferingPage.facilitators.through.objects.filter(user=user).delete()


SOURCES = [
    PersonalDataSource(name="learning_enrolments", export=export_enrolments, erase=erase_enrolments),
    PersonalDataSource(name="learning_proposals", export=export_proposals, erase=erase_proposals),
    PersonalDataSource(name="learning_credit_cycle", export=export_credit_cycle, erase=erase_credit_cycle),
    PersonalDataSource(name="learning_facilitating", export=export_facilitating, erase=erase_facilitating),
]


def register_sources():
    """Called from ``LearningConfig.ready``."""
    for source in SOURCES:
        register_personal_data(source)
