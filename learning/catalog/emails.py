"""The catalog's e-mails, each written in its recipient's language.

Every message is a pair of templates under ``learning/catalog/emails/``: ``<name>_subject.txt`` (one
line) and ``<name>_body.txt``, rendered with the recipient's language active so that links carry it.
Called from ``learning.catalog.tasks`` after the change they report has been committed.
"""

from django.utils import translation

from home.emails import send_to_user
from home.localization import language_of
from learning.catalog.permissions import coordinators
from learning.models.catalog import ProposalStatus

TEMPLATE_DIR = "learning/catalog/emails"


def send_to(user, name, context):
    """Send the ``name`` message to ``user`` in their language; nobody to send to is not an error."""
    return send_to_user(user, TEMPLATE_DIR, name, context)


def new_proposal(proposal):
    return sum(send_to(person, "new_proposal", {"proposal": proposal}) for person in coordinators())


def proposal_reviewed(proposal):
    context = {
        "proposal": proposal,
        "approved": proposal.status == ProposalStatus.APPROVED,
        "changes_requested": proposal.status == ProposalStatus.CHANGES_REQUESTED,
    }
    send_to(proposal.proposer, "proposal_reviewed", context)


def promoted(enrolment):
    send_to(enrolment.educator, "promoted", {"enrolment": enrolment, "offering": _localized(enrolment)})


def completed(enrolment):
    send_to(enrolment.educator, "completed", {"enrolment": enrolment, "offering": _localized(enrolment)})


def _localized(enrolment):
    """The offering in the educator's language when it is translated (links then lead to that version)."""
    offering = enrolment.offering
    with translation.override(language_of(enrolment.educator)):
        return offering.localized.specific
