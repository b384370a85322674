"""Background work of the catalog: the e-mails sent at each step.

Tasks take ids (they may run in another process, later) and read the records again; one that has
gone in between is skipped. Queued by ``learning.catalog.services`` with ``transaction.on_commit``;
a failing mail server is logged, never raised into the request that queued it.
"""

import logging

from django_tasks import task

from learning.catalog import emails
from learning.models.catalog import Enrolment, OfferingProposal

logger = logging.getLogger(__name__)


def _proposal(proposal_id):
    return OfferingProposal.objects.select_related("proposer", "offering").filter(pk=proposal_id).first()


def _enrolment(enrolment_id):
    return Enrolment.objects.select_related("educator", "offering").filter(pk=enrolment_id).first()


def _send(send, record):
    if record is None:
        return
    try:
        send(record)
    except Exception:  # the change is saved; only the message failed
        logger.exception("Could not send the catalog e-mail %s", send.__name__)


@task()
def tell_coordinators_of_proposal(proposal_id):
    _send(emails.new_proposal, _proposal(proposal_id))


@task()
def tell_proposal_reviewed(proposal_id):
    _send(emails.proposal_reviewed, _proposal(proposal_id))


@task()
def tell_promoted(enrolment_id):
    _send(emails.promoted, _enrolment(enrolment_id))


@task()
def tell_completed(enrolment_id):
    _send(emails.completed, _enrolment(enrolment_id))
