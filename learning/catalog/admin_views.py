"""The Learning coordinators' views in the Wagtail admin.

Coordinators read proposals and enrolments through listing and inspect views (``wagtail_hooks``
registers them) and act through the small POST views below, which call ``learning.catalog.services``,
so every change follows the same rules as on the public site. Opening one person's record is written
to the audit log (``home.audit.log_personal_data_view``).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from home import audit
from home.admin_records import AuditedInspectView, require, show_errors
from learning.catalog import roll, services
from learning.catalog.forms import AttendanceForm, ReviewForm
from learning.catalog.permissions import is_learning_coordinator
from learning.models.catalog import (
    Enrolment,
    OfferingPage,
    OfferingProposal,
    ProposalStatus,
)
from learning.standards import Standard, explanation


class ProposalInspectView(AuditedInspectView):
    template_name = "learning/catalog/admin/proposal_inspect.html"
    audit_what = "offering proposal"
    page_title = gettext_lazy("Offering proposal")

    def get_object(self, queryset=None):
        return get_object_or_404(
            OfferingProposal.objects.select_related("proposer", "reviewed_by", "offering"), pk=self.pk
        )

    def people_seen(self):
        return [self.object.proposer]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        proposal = self.object
        labels = dict(Standard.choices)
        context.update(
            {
                "proposal": proposal,
                "standards": [
                    (labels.get(code, code), explanation(code), how) for code, how in proposal.standards.items()
                ],
                "review_form": ReviewForm(),
                "can_review": proposal.status == ProposalStatus.SUBMITTED,
                "can_decline": proposal.status in (ProposalStatus.SUBMITTED, ProposalStatus.CHANGES_REQUESTED),
            }
        )
        return context


class EnrolmentInspectView(AuditedInspectView):
    template_name = "learning/catalog/admin/enrolment_inspect.html"
    audit_what = "enrolment, attendance and reflection"
    page_title = gettext_lazy("Enrolment")

    def get_object(self, queryset=None):
        return get_object_or_404(
            Enrolment.objects.select_related("educator", "offering", "certificate").annotate(
                attended=Count("attendance")
            ),
            pk=self.pk,
        )

    def people_seen(self):
        return [self.object.educator]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["enrolment"] = self.object
        context["certificate"] = getattr(self.object, "certificate", None)
        return context


def review_proposal(inspect_url_name):
    @require_POST
    def view(request, pk):
        require(request, is_learning_coordinator)
        proposal = get_object_or_404(OfferingProposal, pk=pk)
        form = ReviewForm(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                for message in errors:
                    messages.error(request, message)
            return redirect(inspect_url_name, pk)
        decision, note = form.cleaned_data["decision"], form.cleaned_data["note"]
        try:
            if decision in (ReviewForm.APPROVE_DRAFT, ReviewForm.APPROVE_LIVE):
                page = services.approve_proposal(
                    proposal, request.user, publish=decision == ReviewForm.APPROVE_LIVE, note=note
                )
                messages.success(request, _("The offering “%(title)s” is created.") % {"title": page.title})
                return redirect("wagtailadmin_pages:edit", page.pk)
            if decision == ReviewForm.REQUEST_CHANGES:
                services.request_changes(proposal, request.user, note)
                messages.success(request, _("The educator is asked for changes."))
            else:
                services.decline_proposal(proposal, request.user, note)
                messages.success(request, _("The proposal is declined."))
        except ValidationError as error:
            show_errors(request, error)
        return redirect(inspect_url_name, pk)

    return view


def cancel_enrolment(inspect_url_name):
    @require_POST
    def view(request, pk):
        require(request, is_learning_coordinator)
        enrolment = get_object_or_404(Enrolment, pk=pk)
        try:
            services.cancel_enrolment(enrolment, request.user)
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("The enrolment is cancelled."))
        return redirect(inspect_url_name, pk)

    return view


def revoke_certificate(inspect_url_name):
    @require_POST
    def view(request, pk):
        require(request, is_learning_coordinator)
        enrolment = get_object_or_404(Enrolment.objects.select_related("certificate"), pk=pk)
        certificate = getattr(enrolment, "certificate", None)
        if certificate is not None and not certificate.revoked:
            certificate.revoked = True
            certificate.save(update_fields=["revoked"])
            messages.success(request, _("The certificate is withdrawn: its code no longer verifies."))
        return redirect(inspect_url_name, pk)

    return view


@require_http_methods(["GET", "POST"])
def offering_attendance(request, pk):
    """The roll of an offering, session by session, for a coordinator in the admin."""
    require(request, is_learning_coordinator)
    offering = get_object_or_404(OfferingPage, pk=pk).original
    enrolments, sessions = roll.load_roll(offering)
    if request.method == "POST":
        session = roll.posted_session(sessions, request)
        form = AttendanceForm(request.POST, enrolments=enrolments)
        if session is not None and form.is_valid():
            try:
                services.record_attendance(session, form.cleaned_data["attended"], request.user)
            except ValidationError as error:
                show_errors(request, error)
            else:
                messages.success(request, _("Attendance is saved."))
        else:
            messages.error(request, _("Choose educators from the list."))
        return redirect("learning_catalog_attendance", pk=offering.pk)
    audit.log_personal_data_view(request.user, offering, what="attendance list")
    rows = roll.session_forms(sessions, enrolments)
    return TemplateResponse(
        request,
        "learning/catalog/admin/attendance.html",
        {"offering": offering, "rows": rows, "enrolments": enrolments, "page_title": _("Attendance")},
    )
