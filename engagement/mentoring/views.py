"""The mentor network on the public site, for signed-in people, in every language.

Every view finds its objects through a queryset limited to what the signed-in person may see,
so an id typed into the address bar or a form answers 404 rather than someone else's record.
The rules themselves are in ``engagement.mentoring.services``; a ``ValidationError`` from them is
shown on the form it came from, with what was typed kept.
"""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q, TextField
from django.db.models.functions import Cast
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from django_ratelimit.decorators import ratelimit

from engagement.mentoring import services
from engagement.mentoring.forms import (
    CheckInForm,
    EndMentorshipForm,
    MentorProfileForm,
    MentorRequestForm,
    ProposalAnswerForm,
)
from engagement.mentoring.permissions import is_mentor_coordinator
from engagement.models.mentoring import Expertise, MentorProfile, MentorRequest, Mentorship, MentorshipStatus
from home import audit
from home.choices import GradeBand, SpokenLanguage, Subject
from home.form_fields import add_service_errors
from home.models import School
from home.views import rate_limited

DIRECTORY_PER_PAGE = 20
# Directory filter -> the profile's list of codes it looks in.
DIRECTORY_LIST_FIELDS = {
    "subject": "subjects",
    "grade_band": "grade_bands",
    "language": "languages",
    "expertise": "expertise",
}
# Generous for a person, tight for a script.
POST_RATE = "60/h"


def _not_for_you(request, title, explanation, status=403):
    return render(
        request,
        "engagement/mentoring/not_for_you.html",
        {"page_title": title, "explanation": explanation},
        status=status,
    )


def _mentor_profile_or_none(user):
    return MentorProfile.objects.filter(user=user).first()


@never_cache
@login_required
@require_GET
def index(request):
    """Where "My mentoring" leads: the mentor's page, the mentee's page, or the directory."""
    user = request.user
    if user.is_retiree:
        return redirect("mentoring:mentor_home" if _mentor_profile_or_none(user) else "mentoring:become_mentor")
    if user.is_educator:
        return redirect("mentoring:mentee_home")
    return redirect("mentoring:directory")


# Mentors


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@ratelimit(group="mentoring-post", key="user", rate=POST_RATE, method="POST", block=False)
def become_mentor(request):
    user = request.user
    if not user.is_retiree:
        return _not_for_you(
            request,
            _("Mentoring is for retired educators"),
            _(
                "The mentor network pairs retired educators with educators early in their careers. Your profile "
                "says you are not retired, so you cannot sign up as a mentor. If you have retired, change your "
                "role on your profile first. If you are an educator looking for help, ask for a mentor instead."
            ),
        )
    if _mentor_profile_or_none(user) is not None:
        messages.info(request, _("You have already signed up as a mentor: here is your profile."))
        return redirect("mentoring:my_profile")
    form = MentorProfileForm(user=user)
    if request.method == "POST":
        if request.limited:
            return rate_limited(request)
        form = MentorProfileForm(request.POST, user=user)
        if form.is_valid():
            try:
                services.sign_up_mentor(form.save(commit=False), form.cleaned_data["schools"])
            except ValidationError as error:
                if getattr(error, "code", None) == "duplicate":
                    messages.info(request, error.messages[0])
                    return redirect("mentoring:my_profile")
                add_service_errors(form, error)
            else:
                messages.success(
                    request, _("Thank you! A Mentor coordinator will review your profile and write to you.")
                )
                return redirect("mentoring:my_profile")
    return render(
        request,
        "engagement/mentoring/mentor_form.html",
        {"form": form, "page_title": _("Become a mentor"), "is_sign_up": True},
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@ratelimit(group="mentoring-post", key="user", rate=POST_RATE, method="POST", block=False)
def my_profile(request):
    profile = _mentor_profile_or_none(request.user)
    if profile is None:
        return redirect("mentoring:become_mentor")
    form = MentorProfileForm(instance=profile)
    if request.method == "POST":
        if request.limited:
            return rate_limited(request)
        form = MentorProfileForm(request.POST, instance=profile)
        if form.is_valid():
            try:
                services.update_mentor_profile(form.save(commit=False), form.cleaned_data["schools"])
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Your mentor profile is saved."))
                return redirect("mentoring:my_profile")
    return render(
        request,
        "engagement/mentoring/mentor_form.html",
        {"form": form, "profile": profile, "page_title": _("My mentor profile"), "is_sign_up": False},
    )


@login_required
@require_POST
def pause(request):
    profile = get_object_or_404(MentorProfile, user=request.user)
    try:
        returned = services.pause_mentor(profile, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        message = _("You are paused: no new mentees will be proposed to you. Your current mentees stay with you.")
        if returned:
            message += " " + _("The proposals waiting for your answer have gone back to the coordinators.")
        messages.success(request, message)
    return redirect("mentoring:my_profile")


@login_required
@require_POST
def resume(request):
    profile = get_object_or_404(MentorProfile, user=request.user)
    try:
        services.resume_mentor(profile, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Welcome back: coordinators can propose mentees to you again."))
    return redirect("mentoring:my_profile")


def _mentorships_of_mentor(profile):
    return profile.mentorships.select_related("mentee", "mentee__school", "request", "request__school")


@never_cache
@login_required
@require_GET
def mentor_home(request):
    """The mentor's proposals to answer, their mentees now, and those before."""
    profile = _mentor_profile_or_none(request.user)
    if profile is None:
        return redirect("mentoring:become_mentor")
    mentorships = list(_mentorships_of_mentor(profile).exclude(status=MentorshipStatus.DECLINED))
    return render(
        request,
        "engagement/mentoring/mentor_home.html",
        {
            "page_title": _("My mentees"),
            "profile": profile,
            "proposals": [m for m in mentorships if m.status == MentorshipStatus.PENDING],
            "active": [m for m in mentorships if m.status == MentorshipStatus.ACTIVE],
            "past": [m for m in mentorships if m.status not in (MentorshipStatus.PENDING, MentorshipStatus.ACTIVE)],
            "answer_form": ProposalAnswerForm(),
        },
    )


@login_required
@require_POST
@ratelimit(group="mentoring-post", key="user", rate=POST_RATE, method="POST", block=False)
def answer_proposal(request, pk):
    if request.limited:
        return rate_limited(request)
    mentorship = get_object_or_404(Mentorship, pk=pk, mentor__user=request.user)
    form = ProposalAnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose whether you accept or decline this proposal."))
        return redirect("mentoring:mentor_home")
    try:
        if form.cleaned_data["decision"] == ProposalAnswerForm.ACCEPT:
            services.accept_proposal(mentorship, request.user)
            messages.success(request, _("Thank you! Your new mentee has been told and will hear from you."))
            return redirect("mentoring:mentorship", pk=mentorship.pk)
        services.decline_proposal(mentorship, request.user, form.cleaned_data["note"])
        messages.success(request, _("You declined the proposal: the coordinators will find another mentor."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("mentoring:mentor_home")


# Mentees


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@ratelimit(group="mentoring-post", key="user", rate=POST_RATE, method="POST", block=False)
def ask_for_mentor(request):
    user = request.user
    if not user.is_educator:
        return _not_for_you(
            request,
            _("Mentors are for educators"),
            _(
                "Retired educators offer to mentor people who teach or work in our schools. Your profile does not "
                "say you are an educator, so you cannot ask for a mentor. If you are, change your role on your "
                "profile first."
            ),
        )
    open_request = MentorRequest.objects.open().filter(mentee=user).first()
    form = MentorRequestForm(user=user)
    if request.method == "POST":
        if request.limited:
            return rate_limited(request)
        form = MentorRequestForm(request.POST, user=user)
        if form.is_valid():
            try:
                services.submit_request(form.save(commit=False))
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Your request is sent. A Mentor coordinator will look for your mentor."))
                return redirect("mentoring:mentee_home")
    return render(
        request,
        "engagement/mentoring/request_form.html",
        {"form": form, "open_request": open_request, "page_title": _("Ask for a mentor")},
    )


@never_cache
@login_required
@require_GET
def mentee_home(request):
    """The educator's requests and mentorships."""
    user = request.user
    requests = list(MentorRequest.objects.filter(mentee=user).select_related("school"))
    mentorships = list(
        Mentorship.objects.filter(mentee=user, started_on__isnull=False).select_related("mentor__user", "request")
    )
    return render(
        request,
        "engagement/mentoring/mentee_home.html",
        {"page_title": _("My mentoring"), "mentor_requests": requests, "mentorships": mentorships},
    )


@never_cache
@login_required
@require_GET
def request_detail(request, pk):
    mentor_request = get_object_or_404(MentorRequest.objects.select_related("school"), pk=pk, mentee=request.user)
    mentorships = mentor_request.mentorships.filter(started_on__isnull=False).select_related("mentor__user")
    return render(
        request,
        "engagement/mentoring/request_detail.html",
        {"page_title": _("My request for a mentor"), "mentor_request": mentor_request, "mentorships": mentorships},
    )


@login_required
@require_POST
def withdraw_request(request, pk):
    mentor_request = get_object_or_404(MentorRequest, pk=pk, mentee=request.user)
    try:
        services.withdraw_request(mentor_request, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your request is withdrawn."))
    return redirect("mentoring:mentee_home")


# Mentorships


def _visible_mentorships(user):
    """The mentorships ``user`` may open: their own (a mentee sees theirs once the mentor said yes),
    or every one for a coordinator."""
    queryset = Mentorship.objects.select_related("mentor__user", "mentee", "request", "request__school")
    if is_mentor_coordinator(user):
        return queryset
    return queryset.filter(Q(mentor__user=user) | Q(mentee=user, started_on__isnull=False))


def _mentorship_for(request, pk):
    mentorship = get_object_or_404(_visible_mentorships(request.user), pk=pk)
    if not mentorship.is_side(request.user):
        # A coordinator reading a mentorship reads about both of its people.
        for person in (mentorship.mentee, mentorship.mentor.user if mentorship.mentor else None):
            if person is not None:
                audit.log_personal_data_view(request.user, person, what="mentorship and check-ins")
    return mentorship


@never_cache
@login_required
@require_GET
def mentorship_detail(request, pk):
    mentorship = _mentorship_for(request, pk)
    user = request.user
    checkins = list(mentorship.checkins.select_related("author"))
    for checkin in checkins:
        checkin.note_for_viewer = checkin.private_note if checkin.author_id == user.pk else ""
    side = mentorship.role_of(user)
    return render(
        request,
        "engagement/mentoring/mentorship_detail.html",
        {
            "page_title": _("Mentorship"),
            "mentorship": mentorship,
            "checkins": checkins,
            "side": side,
            "other": mentorship.other_side(user) if side else None,
            "can_log": side is not None and mentorship.status == MentorshipStatus.ACTIVE,
            "end_form": EndMentorshipForm() if side and mentorship.status == MentorshipStatus.ACTIVE else None,
            "total_minutes": sum(checkin.minutes for checkin in checkins),
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@ratelimit(group="mentoring-post", key="user", rate=POST_RATE, method="POST", block=False)
def log_checkin(request, pk):
    mentorship = get_object_or_404(_visible_mentorships(request.user), pk=pk)
    side = mentorship.role_of(request.user)
    if side is None:
        raise Http404  # coordinators read check-ins; only the two people write them
    if mentorship.status != MentorshipStatus.ACTIVE:
        messages.error(request, _("Check-ins are logged while a mentorship is active."))
        return redirect("mentoring:mentorship", pk=mentorship.pk)
    form = CheckInForm(author=request.user, is_mentee=side == "mentee")
    if request.method == "POST":
        if request.limited:
            return rate_limited(request)
        form = CheckInForm(request.POST, author=request.user, is_mentee=side == "mentee")
        if form.is_valid():
            try:
                services.log_checkin(mentorship, form.save(commit=False))
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Your check-in is saved."))
                return redirect("mentoring:mentorship", pk=mentorship.pk)
    return render(
        request,
        "engagement/mentoring/checkin_form.html",
        {"page_title": _("Log a check-in"), "form": form, "mentorship": mentorship, "side": side},
    )


@login_required
@require_POST
def end_mentorship(request, pk):
    mentorship = get_object_or_404(_visible_mentorships(request.user), pk=pk)
    if mentorship.role_of(request.user) is None:
        raise Http404
    form = EndMentorshipForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose whether the mentorship is completed or cancelled."))
        return redirect("mentoring:mentorship", pk=mentorship.pk)
    try:
        if form.cleaned_data["outcome"] == EndMentorshipForm.COMPLETE:
            services.complete_mentorship(mentorship, request.user)
            messages.success(request, _("The mentorship is marked completed. Thank you both!"))
        else:
            services.cancel_mentorship(mentorship, request.user, form.cleaned_data["note"])
            messages.success(request, _("The mentorship is cancelled."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("mentoring:mentorship", pk=mentorship.pk)


# The directory


def _valid(value, choices):
    return value if value in {code for code, _label in choices} else ""


@never_cache
@login_required
@require_GET
def directory(request):
    """Retired educators who chose to be listed: what they taught and offer, never how to reach them."""
    filters = {
        "subject": _valid(request.GET.get("subject", ""), Subject.choices),
        "grade_band": _valid(request.GET.get("grade_band", ""), GradeBand.choices),
        "language": _valid(request.GET.get("language", ""), SpokenLanguage.choices),
        "expertise": _valid(request.GET.get("expertise", ""), Expertise.choices),
    }
    mentors = MentorProfile.objects.in_directory().select_related("user")
    for name, code in filters.items():
        if code:
            field = DIRECTORY_LIST_FIELDS[name]
            mentors = mentors.alias(**{f"{field}_text": Cast(field, TextField())}).filter(
                **{f"{field}_text__contains": json.dumps(code)}
            )
    mentors = mentors.prefetch_related(Prefetch("schools", queryset=School.objects.order_by("name"))).order_by(
        "user__last_name", "user__first_name", "pk"
    )
    page = Paginator(mentors, DIRECTORY_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "engagement/mentoring/directory.html",
        {
            "page_title": _("Retiree directory"),
            "mentors": page,
            "filters": filters,
            "filter_query": urlencode({name: code for name, code in filters.items() if code}),
            "subjects": Subject.choices,
            "grade_bands": GradeBand.choices,
            "languages": SpokenLanguage.choices,
            "expertise_choices": Expertise.choices,
        },
    )
