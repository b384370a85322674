"""The rules of the catalog: every change of state goes through one of these functions.

Each runs in one transaction and raises a ``ValidationError`` with a translated message (and a
``code`` tests and views rely on) when the records do not allow it. Enrolment locks the offering's
row first (``select_for_update``), so two educators taking the last place at once cannot both get
it, and a cancellation promotes exactly one person from the waitlist. E-mails are queued with
``transaction.on_commit``: a failing mail server never undoes what was saved.

Enrolments, attendance and certificates are filed under the offering's original language version
(``OfferingPage.original``) and its sessions.
"""

import html

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.log_actions import log
from wagtail.models import Locale

from home.after_commit import enqueue_after_commit
from home.audit import neutral_label
from learning.catalog import tasks
from learning.catalog.permissions import can_enrol, can_take_attendance, is_learning_coordinator
from learning.models.catalog import (
    ACTIVE_STATUSES,
    Attendance,
    CatalogPage,
    Certificate,
    Enrolment,
    EnrolmentStatus,
    OfferingPage,
    OfferingProposal,
    OfferingStandard,
    ProposalStatus,
)


def _log(instance, action, user):
    """An entry in the instance's history (Wagtail's log), labelled without a name (home.audit)."""
    log(instance, action, user=user, title=neutral_label(instance))


def _locked_offering(offering):
    original = offering.original
    return OfferingPage.objects.select_for_update(of=("self",)).get(pk=original.pk)


def places_taken(offering):
    return Enrolment.objects.filter(offering=offering.original, status__in=ACTIVE_STATUSES).count()


# Enrolment


@transaction.atomic
def enrol(offering, educator):
    """Enrol ``educator``, or put them on the waitlist when the offering is full. Safe to send twice."""
    if not can_enrol(educator):
        raise PermissionDenied(_("Only signed-in educators can enrol."))
    offering = _locked_offering(offering)
    enrolment = Enrolment.objects.select_for_update().filter(offering=offering, educator=educator).first()
    if enrolment is not None and enrolment.status != EnrolmentStatus.CANCELLED:
        return enrolment  # a second click: nothing changes
    if not offering.enrolment_open or not offering.live:
        raise ValidationError(_("Enrolment in this offering is closed."), code="closed")
    full = places_taken(offering) >= offering.capacity
    status = EnrolmentStatus.WAITLISTED if full else EnrolmentStatus.ENROLLED
    if enrolment is None:
        try:
            with transaction.atomic():
                enrolment = Enrolment.objects.create(offering=offering, educator=educator, status=status)
        except IntegrityError:  # sent twice at once: the first one won
            return Enrolment.objects.get(offering=offering, educator=educator)
    else:
        # Coming back after cancelling: a new place in line.
        enrolment.status, enrolment.created_at = status, timezone.now()
        enrolment.save(update_fields=["status", "created_at", "updated_at"])
    _log(enrolment, "learning.waitlist" if full else "learning.enrol", educator)
    return enrolment


@transaction.atomic
def cancel_enrolment(enrolment, by):
    """Give up a place (or a place in line); the first person waiting takes a freed place."""
    if by.pk != enrolment.educator_id and not is_learning_coordinator(by):
        raise PermissionDenied(_("You can only cancel your own enrolment."))
    offering = _locked_offering(enrolment.offering)
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status == EnrolmentStatus.COMPLETED:
        raise ValidationError(_("A completed offering cannot be cancelled."), code="completed")
    if enrolment.status == EnrolmentStatus.CANCELLED:
        return enrolment
    freed_place = enrolment.status == EnrolmentStatus.ENROLLED
    enrolment.status = EnrolmentStatus.CANCELLED
    enrolment.save(update_fields=["status", "updated_at"])
    _log(enrolment, "learning.cancel", by)
    if freed_place:
        promote_waitlist(offering)
    return enrolment


def promote_waitlist(offering):
    """Move the first people waiting into free places (inside the caller's transaction and lock)."""
    free = offering.capacity - places_taken(offering)
    if free <= 0:
        return []
    waiting = list(
        Enrolment.objects.select_for_update()
        .filter(offering=offering, status=EnrolmentStatus.WAITLISTED)
        .order_by("created_at", "pk")[:free]
    )
    for enrolment in waiting:
        enrolment.status = EnrolmentStatus.ENROLLED
        enrolment.save(update_fields=["status", "updated_at"])
        _log(enrolment, "learning.promote", None)
        enqueue_after_commit(tasks.tell_promoted, enrolment.pk)
    return waiting


# Attendance, reflection, completion


@transaction.atomic
def record_attendance(session, attended_enrolment_ids, by):
    """Set who attended ``session`` (a session of the original offering): exactly the given enrolments."""
    offering = session.page.specific
    if not can_take_attendance(by, offering):
        raise PermissionDenied(_("Only the facilitators and the Learning coordinators take attendance."))
    offering = _locked_offering(offering)
    if session.page_id != offering.pk:
        raise ValidationError(_("This session belongs to another offering."), code="wrong_session")
    enrolments = {
        enrolment.pk: enrolment for enrolment in Enrolment.objects.filter(offering=offering, status__in=ACTIVE_STATUSES)
    }
    wanted = {int(pk) for pk in attended_enrolment_ids} & set(enrolments)
    present = set(Attendance.objects.filter(session=session).values_list("enrolment_id", flat=True))
    Attendance.objects.filter(session=session).exclude(enrolment_id__in=wanted).delete()
    Attendance.objects.bulk_create(
        [Attendance(enrolment_id=pk, session=session, recorded_by=by) for pk in wanted - present]
    )
    _log(session.page, "learning.attendance", by)
    for pk in wanted - present:
        complete_if_done(enrolments[pk], offering)
    return wanted


@transaction.atomic
def write_reflection(enrolment, text, by):
    """Save the educator's closing reflection (they can rewrite it); it may complete the offering."""
    if by.pk != enrolment.educator_id:
        raise PermissionDenied(_("You can only write your own reflection."))
    enrolment = Enrolment.objects.select_for_update().select_related("offering").get(pk=enrolment.pk)
    if enrolment.status not in ACTIVE_STATUSES:
        raise ValidationError(_("Only enrolled educators write a closing reflection."), code="not_enrolled")
    enrolment.reflection, enrolment.reflected_at = text.strip(), timezone.now()
    enrolment.save(update_fields=["reflection", "reflected_at", "updated_at"])
    _log(enrolment, "learning.reflection", by)
    complete_if_done(enrolment, enrolment.offering)
    return enrolment


def sessions_attended(enrolment):
    return enrolment.attendance.count()


def meets_completion_rule(enrolment, offering):
    if offering.reflection_required and not enrolment.reflection.strip():
        return False
    return sessions_attended(enrolment) >= offering.min_sessions_attended


def complete_if_done(enrolment, offering):
    """Complete the enrolment and issue its certificate when the offering's rule is met (inside a transaction)."""
    if enrolment.status != EnrolmentStatus.ENROLLED or not meets_completion_rule(enrolment, offering):
        return None
    enrolment.status, enrolment.completed_at = EnrolmentStatus.COMPLETED, timezone.now()
    enrolment.save(update_fields=["status", "completed_at", "updated_at"])
    certificate, _created = Certificate.objects.get_or_create(
        enrolment=enrolment,
        defaults={"credit_type": offering.credit_type, "credit_amount": offering.credit_amount},
    )
    _log(enrolment, "learning.complete", None)
    enqueue_after_commit(tasks.tell_completed, enrolment.pk)
    return certificate


# Proposals


def _require_coordinator(user):
    if not is_learning_coordinator(user):
        raise PermissionDenied(_("Only Learning coordinators can do this."))


def submit_proposal(proposal):
    """Save a new proposal (built by the form) for review, and tell the coordinators."""
    if not can_enrol(proposal.proposer):
        raise PermissionDenied(_("Only signed-in educators can propose an offering."))
    proposal.status = ProposalStatus.SUBMITTED
    with transaction.atomic():
        proposal.save()
        _log(proposal, "learning.propose", proposal.proposer)
        enqueue_after_commit(tasks.tell_coordinators_of_proposal, proposal.pk)
    return proposal


@transaction.atomic
def resubmit_proposal(proposal, by):
    """Save the educator's changes; a proposal sent back for changes returns to the coordinators."""
    locked = OfferingProposal.objects.select_for_update().get(pk=proposal.pk)
    if by.pk != locked.proposer_id:
        raise PermissionDenied(_("You can only change your own proposals."))
    if not locked.editable_by_proposer:
        raise ValidationError(_("This proposal has been reviewed and can no longer be changed."), code="reviewed")
    proposal.status = ProposalStatus.SUBMITTED
    proposal.save()
    _log(proposal, "learning.resubmit", by)
    enqueue_after_commit(tasks.tell_coordinators_of_proposal, proposal.pk)
    return proposal


def _locked_for_review(proposal, by, allowed=(ProposalStatus.SUBMITTED,)):
    _require_coordinator(by)
    proposal = OfferingProposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status not in allowed:
        raise ValidationError(_("Only a proposal waiting for review can be reviewed."), code="not_submitted")
    return proposal


@transaction.atomic
def request_changes(proposal, by, note):
    if not note.strip():
        raise ValidationError(_("Say what should change."), code="note_required")
    proposal = _locked_for_review(proposal, by)
    proposal.status, proposal.review_note, proposal.reviewed_by = ProposalStatus.CHANGES_REQUESTED, note, by
    proposal.save(update_fields=["status", "review_note", "reviewed_by", "updated_at"])
    _log(proposal, "learning.request_changes", by)
    enqueue_after_commit(tasks.tell_proposal_reviewed, proposal.pk)
    return proposal


@transaction.atomic
def decline_proposal(proposal, by, note=""):
    proposal = _locked_for_review(proposal, by, (ProposalStatus.SUBMITTED, ProposalStatus.CHANGES_REQUESTED))
    proposal.status, proposal.review_note, proposal.reviewed_by = ProposalStatus.DECLINED, note, by
    proposal.save(update_fields=["status", "review_note", "reviewed_by", "updated_at"])
    _log(proposal, "learning.decline", by)
    enqueue_after_commit(tasks.tell_proposal_reviewed, proposal.pk)
    return proposal


def catalog_for(language):
    """The catalog page in ``language``, else the catalog of the default language."""
    catalogs = CatalogPage.objects.select_related("locale").order_by("pk")
    return (
        catalogs.filter(locale__language_code=language).first()
        or catalogs.filter(locale=Locale.get_default()).first()
        or catalogs.first()
    )


def _rich_text(text):
    """Plain text an educator typed, as paragraphs of rich text (escaped: nothing they type is markup)."""
    paragraphs = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]
    return "".join(f"<p>{html.escape(part).replace(chr(10), '<br/>')}</p>" for part in paragraphs)


def _unique_slug(parent, title):
    base = slugify(title, allow_unicode=True)[:60].strip("-") or "offering"
    slug, number = base, 2
    taken = set(parent.get_children().values_list("slug", flat=True))
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def approve_proposal(proposal, by, publish=False, note=""):
    """Make the offering page from the proposal under the catalog (a draft, or live), the proposer facilitating it."""
    proposal = _locked_for_review(proposal, by)
    catalog = catalog_for(proposal.language)
    if catalog is None:
        raise ValidationError(_("There is no catalog page to add the offering to yet."), code="no_catalog")
    description = _rich_text(proposal.description)
    if proposal.schedule.strip():
        description += f"<h2>{html.escape(_('When and where'))}</h2>" + _rich_text(proposal.schedule)
    page = OfferingPage(
        title=proposal.title,
        slug=_unique_slug(catalog, proposal.title),
        format=proposal.format,
        summary=proposal.summary,
        description=description,
        audience_roles=proposal.audience_roles,
        grade_bands=proposal.grade_bands,
        subjects=proposal.subjects,
        capacity=proposal.capacity,
        credit_type=proposal.credit_type,
        credit_amount=proposal.credit_amount,
        language_of_instruction=proposal.language_of_instruction,
        live=False,
        owner=by,
    )
    page.standards = [OfferingStandard(standard=code, how=how or "") for code, how in proposal.standards.items()]
    page.facilitators.set([proposal.proposer])
    catalog.add_child(instance=page)
    revision = page.save_revision(user=by, log_action=True)
    if publish:
        revision.publish(user=by)
    proposal.status, proposal.review_note, proposal.reviewed_by = ProposalStatus.APPROVED, note, by
    proposal.offering = page
    proposal.save(update_fields=["status", "review_note", "reviewed_by", "offering", "updated_at"])
    _log(proposal, "learning.approve", by)
    enqueue_after_commit(tasks.tell_proposal_reviewed, proposal.pk)
    return page


def enrolment_counts(offering_ids):
    """{original offering id: (enrolled, waiting)} in one query."""
    counts = {}
    for row in (
        Enrolment.objects.filter(offering_id__in=offering_ids)
        .values("offering_id", "status")
        .annotate(number=Count("pk"))
        .order_by()
    ):
        enrolled, waiting = counts.get(row["offering_id"], (0, 0))
        if row["status"] in ACTIVE_STATUSES:
            enrolled += row["number"]
        elif row["status"] == EnrolmentStatus.WAITLISTED:
            waiting += row["number"]
        counts[row["offering_id"]] = (enrolled, waiting)
    return counts
