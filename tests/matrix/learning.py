"""Permission matrix rows.

Professional learning: the catalog, offering pages, proposing an offering, enrolment, attendance,
certificates and their verification, credits.

The matrix educator is enrolled in an offering and has completed another (with a certificate) and
proposed one; the matrix member facilitates both offerings (so takes their attendance). Staff roles
other than Learning coordinators have no more rights than any colleague.
"""

from django.urls import reverse

from home import roles
from tests.matrix.vocabulary import (
    EDUCATOR,
    FORBIDDEN,
    MEMBER,
    NOT_FOUND,
    REDIRECT,
    SUPERUSER,
    Row,
    admin_area,
    but,
    everyone,
    named,
    only,
    page,
    public,
    signed_in,
)


def build_catalog(d):
    from learning.catalog import services
    from learning.models.catalog import OfferingProposal
    from tests.learning.catalog.factories import make_catalog, make_offering

    d.pages["catalog"] = catalog = make_catalog(d.pages["home_en"], slug="matrix-catalog")
    facilitator, educator = d.users[MEMBER], d.users[EDUCATOR]
    d.pages["offering"] = offering = make_offering(catalog, "Matrix workshop", facilitators=[facilitator])
    done = make_offering(catalog, "Matrix course", facilitators=[facilitator], reflection_required=False)
    services.enrol(offering, educator)
    d.completed_enrolment = services.enrol(done, educator)
    services.record_attendance(done.sessions.first(), [d.completed_enrolment.pk], facilitator)
    d.completed_enrolment.refresh_from_db()
    d.certificate = d.completed_enrolment.certificate
    d.offering_proposal = OfferingProposal.objects.create(
        proposer=educator,
        title="Matrix proposal",
        format="workshop",
        summary="A proposal.",
        standards={"relevant": "In class."},
        schedule="Tuesdays.",
    )


BUILDERS = [build_catalog]

COORDINATORS = admin_area(allowed=(roles.LEARNING_COORDINATORS,))
COORDINATORS_POST = but(COORDINATORS, {roles.LEARNING_COORDINATORS: REDIRECT, SUPERUSER: REDIRECT})
# Educators and members enrol and propose; retirees and staff (without a member role) are told it is for educators.
LEARNERS = (EDUCATOR, MEMBER)


def learning(name, key=None):
    def build(d):
        return reverse(f"learning:{name}", args=[getattr(d, key).pk] if key else None)

    return build


def admin(name, key=None):
    return lambda d: reverse(name, args=[getattr(d, key).pk] if key else None)


ROWS = [
    Row("professional-learning catalog", page("catalog"), public(), covers=("learning.CatalogPage",)),
    Row("an offering", page("offering"), public(), covers=("learning.OfferingPage",)),
    Row(
        "enrol in an offering",
        page("offering", "enrol/"),
        signed_in(REDIRECT),
        method="post",
        covers=("learning.OfferingPage:enrol",),
    ),
    Row(
        "cancel an enrolment (only the enrolled educator has one)",
        page("offering", "cancel/"),
        only((EDUCATOR,), REDIRECT),
        method="post",
        covers=("learning.OfferingPage:cancel",),
    ),
    Row(
        "the closing reflection (leads back to the offering)",
        page("offering", "reflection/"),
        only((EDUCATOR,), REDIRECT),
        covers=("learning.OfferingPage:reflection",),
    ),
    Row("my learning and credits", learning("my_learning"), signed_in(), covers=("learning:my_learning",)),
    Row("my transcript (PDF)", learning("transcript_pdf"), signed_in(), covers=("learning:transcript_pdf",)),
    Row(
        "a certificate (PDF): its holder's alone",
        learning("certificate_pdf", "completed_enrolment"),
        only((EDUCATOR,)),
        covers=("learning:certificate_pdf",),
    ),
    Row(
        "propose an offering",
        learning("propose"),
        only(LEARNERS, others=FORBIDDEN),
        covers=("learning:propose",),
    ),
    Row("my proposals", learning("my_proposals"), signed_in(), covers=("learning:my_proposals",)),
    Row(
        "change my proposal: the proposer's alone",
        learning("edit_proposal", "offering_proposal"),
        only((EDUCATOR,)),
        covers=("learning:edit_proposal",),
    ),
    Row(
        "take attendance: facilitators and Learning coordinators",
        lambda d: reverse("learning:attendance", args=[d.pages["offering"].pk]),
        only((MEMBER, roles.LEARNING_COORDINATORS, SUPERUSER)),
        covers=("learning:attendance",),
    ),
    Row("check a certificate", learning("verify_lookup"), public(), covers=("learning:verify_lookup",)),
    Row(
        "a certificate's public verification",
        lambda d: reverse("learning:verify_certificate", kwargs={"code": d.certificate.code}),
        public(),
        covers=("learning:verify_certificate",),
    ),
    Row(
        "a forged certificate code",
        named("learning:verify_certificate", code="0123456789abcdef0123456789abcdef.forgedsignature"),
        everyone(NOT_FOUND),
    ),
    Row("offering proposals", named("learning_proposals:index"), COORDINATORS, covers=("learning_proposals:index",)),
    Row(
        "offering proposals (filtered results)",
        named("learning_proposals:index_results"),
        COORDINATORS,
        covers=("learning_proposals:index_results",),
    ),
    Row(
        "an offering proposal in the admin",
        admin("learning_proposals:inspect", "offering_proposal"),
        COORDINATORS,
        covers=("learning_proposals:inspect",),
    ),
    Row(
        "review a proposal without a decision",
        admin("learning_proposals:review", "offering_proposal"),
        COORDINATORS_POST,
        method="post",
        covers=("learning_proposals:review",),
    ),
    Row("enrolments", named("learning_enrolments:index"), COORDINATORS, covers=("learning_enrolments:index",)),
    Row(
        "enrolments (filtered results)",
        named("learning_enrolments:index_results"),
        COORDINATORS,
        covers=("learning_enrolments:index_results",),
    ),
    Row(
        "an enrolment in the admin",
        admin("learning_enrolments:inspect", "completed_enrolment"),
        COORDINATORS,
        covers=("learning_enrolments:inspect",),
    ),
    Row(
        "cancel a completed enrolment in the admin (refused with a message)",
        admin("learning_enrolments:cancel", "completed_enrolment"),
        COORDINATORS_POST,
        method="post",
        covers=("learning_enrolments:cancel",),
    ),
    Row(
        "attendance in the admin",
        lambda d: reverse("learning_catalog_attendance", args=[d.pages["offering"].pk]),
        COORDINATORS,
        covers=("learning_catalog_attendance",),
    ),
    Row(
        "renewal cycles",
        named("learning_credit_cycles:index"),
        COORDINATORS,
        covers=("learning_credit_cycles:index", "learning_credit_cycles:index_results"),
    ),
    Row(
        "add a renewal cycle",
        named("learning_credit_cycles:add"),
        COORDINATORS,
        covers=("learning_credit_cycles:add",),
    ),
]

# Written last: withdrawing the certificate would change the rows above if it ran first (each row
# runs in its own rolled-back transaction, so it does not).
ROWS.append(
    Row(
        "withdraw a certificate in the admin",
        admin("learning_enrolments:revoke", "completed_enrolment"),
        COORDINATORS_POST,
        method="post",
        covers=("learning_enrolments:revoke",),
    )
)
