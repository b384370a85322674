"""The Mentor coordinators' views in the Wagtail admin.

Coordinators read mentor profiles, requests and mentorships through listing and inspect views
(``wagtail_hooks`` registers them), and act through the small POST views below, which call
``engagement.mentoring.services``: nothing is created, edited or deleted through a generic admin
form, so every change follows the same rules as on the public site. Opening one person's record
is written to the audit log (``home.audit.log_personal_data_view``).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from engagement.mentoring import services
from engagement.mentoring.forms import CoordinatorEndForm, ProposeForm, ReviewForm
from engagement.mentoring.matching import MAX_SCORE, rank_mentors
from engagement.mentoring.permissions import is_mentor_coordinator
from engagement.models.mentoring import (
    LIVE_STATUSES,
    MentorProfile,
    MentorRequest,
    Mentorship,
    MentorshipStatus,
    MentorStatus,
    RequestStatus,
)
from home.admin_records import AuditedInspectView, require, show_errors

# How many mentors the ranking shows for a request: the best ones, with their reasons.
RANKING_LIMIT = 20


class MentorProfileInspectView(AuditedInspectView):
    template_name = "engagement/mentoring/admin/mentor_profile_inspect.html"
    audit_what = "mentor profile"
    page_title = gettext_lazy("Mentor profile")

    def get_object(self, queryset=None):
        return get_object_or_404(
            MentorProfile.objects.select_related("user", "user__school", "reviewed_by"), pk=self.pk
        )

    def people_seen(self):
        return [self.object]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        profile = self.object
        context.update(
            {
                "profile": profile,
                "person": profile.user,
                "schools": list(profile.schools.order_by("name")),
                "mentorships": list(
                    profile.mentorships.exclude(status=MentorshipStatus.DECLINED).select_related("mentee")
                ),
                "review_form": ReviewForm(),
                "can_approve": profile.status in (MentorStatus.PENDING, MentorStatus.DECLINED),
                "can_decline": profile.status == MentorStatus.PENDING,
            }
        )
        return context


class MentorRequestInspectView(AuditedInspectView):
    """A request with the mentors that fit it best, the reasons for each score, and "propose"."""

    template_name = "engagement/mentoring/admin/mentor_request_inspect.html"
    audit_what = "mentor request"
    page_title = gettext_lazy("Mentor request")

    def get_object(self, queryset=None):
        return get_object_or_404(MentorRequest.objects.select_related("mentee", "school"), pk=self.pk)

    def people_seen(self):
        return [self.object.mentee]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        mentor_request = self.object
        history = list(mentor_request.mentorships.select_related("mentor__user").order_by("-proposed_at"))
        live = next((m for m in history if m.status in LIVE_STATUSES), None)
        can_propose = mentor_request.status == RequestStatus.OPEN and live is None
        context.update(
            {
                "mentor_request": mentor_request,
                "history": history,
                "live": live,
                "can_propose": can_propose,
                "suggestions": rank_mentors(mentor_request, limit=RANKING_LIMIT) if can_propose else [],
                "max_score": MAX_SCORE,
                "propose_form": ProposeForm(),
            }
        )
        return context


class MentorshipInspectView(AuditedInspectView):
    template_name = "engagement/mentoring/admin/mentorship_inspect.html"
    audit_what = "mentorship and check-ins"
    page_title = gettext_lazy("Mentorship")

    def get_object(self, queryset=None):
        return get_object_or_404(
            Mentorship.objects.select_related("mentor__user", "mentee", "request", "request__school", "proposed_by"),
            pk=self.pk,
        )

    def people_seen(self):
        mentorship = self.object
        return [mentorship.mentor.user if mentorship.mentor else None, mentorship.mentee]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        mentorship = self.object
        # Private notes are their authors' alone: they are not even read from the database here.
        checkins = mentorship.checkins.select_related("author").defer("private_note")
        context.update(
            {
                "mentorship": mentorship,
                "checkins": list(checkins),
                "end_form": CoordinatorEndForm() if mentorship.is_live else None,
                "is_pending": mentorship.status == MentorshipStatus.PENDING,
            }
        )
        return context


# Actions (POST only)


def review_profile(inspect_url_name):
    @require_POST
    def view(request, pk):
        require(request, is_mentor_coordinator)
        profile = get_object_or_404(MentorProfile, pk=pk)
        form = ReviewForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose to approve or decline the profile."))
            return redirect(inspect_url_name, pk)
        try:
            if form.cleaned_data["decision"] == ReviewForm.APPROVE:
                services.approve_mentor(profile, request.user, form.cleaned_data["note"])
                messages.success(request, _("%(name)s is approved as a mentor.") % {"name": profile.user})
            else:
                services.decline_mentor(profile, request.user, form.cleaned_data["note"])
                messages.success(request, _("The profile of %(name)s is declined.") % {"name": profile.user})
        except ValidationError as error:
            show_errors(request, error)
        return redirect(inspect_url_name, pk)

    return view


def propose(inspect_url_name):
    @require_POST
    def view(request, pk):
        require(request, is_mentor_coordinator)
        mentor_request = get_object_or_404(MentorRequest, pk=pk)
        form = ProposeForm(request.POST)
        if not form.is_valid():
            # A tampered or vanished mentor id, or a length outside one to twelve months.
            for errors in form.errors.values():
                for message in errors:
                    messages.error(request, message)
            return redirect(inspect_url_name, pk)
        mentor = form.cleaned_data["mentor"]
        try:
            services.propose_match(mentor_request, mentor, request.user, form.cleaned_data["planned_months"])
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(
                request, _("%(mentor)s has been asked by e-mail whether they will mentor.") % {"mentor": mentor.user}
            )
        return redirect(inspect_url_name, pk)

    return view


def end_mentorship(inspect_url_name):
    @require_POST
    def view(request, pk):
        require(request, is_mentor_coordinator)
        mentorship = get_object_or_404(Mentorship, pk=pk)
        form = CoordinatorEndForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose whether the mentorship is completed or cancelled."))
            return redirect(inspect_url_name, pk)
        try:
            if form.cleaned_data["outcome"] == CoordinatorEndForm.COMPLETE:
                services.complete_mentorship(mentorship, request.user)
                messages.success(request, _("The mentorship is marked completed."))
            else:
                services.cancel_mentorship(mentorship, request.user, form.cleaned_data["note"])
                messages.success(request, _("The mentorship is cancelled."))
        except ValidationError as error:
            show_errors(request, error)
        return redirect(inspect_url_name, pk)

    return view
