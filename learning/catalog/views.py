"""The catalog on the public site, in every language: the list, an offering, enrolment, the
closing reflection, proposals, attendance, certificates and credits.

Every view finds personal records through a queryset limited to what the signed-in person may see,
so an id typed into the address bar answers 404 rather than someone else's record. The rules are in
``learning.catalog.services``; a ``ValidationError`` from them is shown on the form or as a message.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from django_ratelimit.decorators import ratelimit

from home import audit
from home.form_fields import add_service_errors
from home.views import rate_limited
from learning.catalog import pdfs, roll, services
from learning.catalog.certificates import certificate_for_code
from learning.catalog.credits import credit_summary
from learning.catalog.forms import AttendanceForm, CatalogFilterForm, ProposalForm, ReflectionForm
from learning.catalog.permissions import can_enrol, can_take_attendance, facilitates
from learning.catalog.queries import filter_offerings, offerings_in, ordered, with_display_data
from learning.models.catalog import (
    ACTIVE_STATUSES,
    Enrolment,
    EnrolmentStatus,
    OfferingPage,
    OfferingProposal,
)

CATALOG_PER_PAGE = 20
# Generous for a person, tight for a script.
POST_RATE = "60/h"
PDF_RATE = "30/h"


def _private(response):
    """Pages that show one person's data are never cached by a shared cache."""
    response["Cache-Control"] = "private, no-store"
    return response


# The catalog and its offerings (routes of CatalogPage and OfferingPage)


@require_GET
def catalog(request, page):
    form = CatalogFilterForm(request.GET or None)
    filters = form.filters() if request.GET else {}
    offerings = ordered(filter_offerings(offerings_in(page), filters)).select_related("locale")
    paginator = Paginator(offerings, CATALOG_PER_PAGE)
    page_number = request.GET.get("page", "1")
    listing = paginator.get_page(page_number if str(page_number).isdigit() else 1)
    listing.object_list = with_display_data(listing.object_list)
    shared = {name: value for name, value in request.GET.items() if name != "page" and name in form.fields}
    return render(
        request,
        "learning/catalog/catalog_page.html",
        {
            "page": page,
            "self": page,
            "form": form,
            "listing": listing,
            "filtered": bool(filters),
            "querystring": urlencode(shared),
        },
    )


def _offering_context(request, page):
    original = page.original
    standards = list(page.standards.order_by("sort_order", "pk"))
    sessions = list(page.sessions.order_by("starts_at", "pk"))
    counts = services.enrolment_counts([original.pk]).get(original.pk, (0, 0))
    enrolment = None
    attended = 0
    if request.user.is_authenticated:
        enrolment = (
            Enrolment.objects.filter(offering=original, educator=request.user)
            .select_related("certificate")
            .annotate(attended=Count("attendance"))
            .first()
        )
        attended = enrolment.attended if enrolment else 0
    return {
        "page": page,
        "self": page,
        "standards": standards,
        "sessions": sessions,
        "facilitators": list(original.facilitators.order_by("first_name", "last_name", "pk")),
        "places_left": max(page.capacity - counts[0], 0),
        "waiting": counts[1],
        "enrolment": enrolment,
        "attended": attended,
        "certificate": getattr(enrolment, "certificate", None) if enrolment else None,
        "can_enrol": can_enrol(request.user),
        "can_take_attendance": can_take_attendance(request.user, page) if request.user.is_authenticated else False,
        "reflection_form": ReflectionForm(initial={"reflection": enrolment.reflection}) if enrolment else None,
    }


@require_GET
def offering_detail(request, page):
    response = render(request, "learning/catalog/offering_page.html", _offering_context(request, page))
    return _private(response) if request.user.is_authenticated else response


@login_required
@require_POST
@ratelimit(group="catalog-post", key="user", rate=POST_RATE, method="POST", block=False)
def enrol(request, page):
    if request.limited:
        return rate_limited(request)
    if not can_enrol(request.user):
        messages.error(request, _("Only signed-in educators can enrol. Check the role on your profile."))
        return redirect(page.url)
    try:
        enrolment = services.enrol(page, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if enrolment.status == EnrolmentStatus.WAITLISTED:
            messages.info(
                request, _("The offering is full: you are on the waitlist, and we will write when a place opens.")
            )
        else:
            messages.success(request, _("You are enrolled."))
    return redirect(page.url)


@login_required
@require_POST
def cancel_enrolment(request, page):
    enrolment = get_object_or_404(Enrolment, offering=page.original, educator=request.user)
    try:
        services.cancel_enrolment(enrolment, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your enrolment is cancelled."))
    return redirect(page.url)


@login_required
@require_http_methods(["GET", "POST"])
@ratelimit(group="catalog-post", key="user", rate=POST_RATE, method="POST", block=False)
def closing_reflection(request, page):
    enrolment = get_object_or_404(Enrolment, offering=page.original, educator=request.user, status__in=ACTIVE_STATUSES)
    if request.method == "GET":
        return redirect(page.url + "#reflection")
    if request.limited:
        return rate_limited(request)
    form = ReflectionForm(request.POST)
    if form.is_valid():
        try:
            enrolment = services.write_reflection(enrolment, form.cleaned_data["reflection"], request.user)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            if enrolment.status == EnrolmentStatus.COMPLETED:
                messages.success(
                    request,
                    _("Thank you for your reflection. You have completed the offering: your certificate is ready."),
                )
            else:
                messages.success(request, _("Your reflection is saved."))
            return redirect(page.url + "#reflection")
    context = _offering_context(request, page)
    context["reflection_form"] = form
    return _private(render(request, "learning/catalog/offering_page.html", context, status=400))


# Proposals


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@ratelimit(group="catalog-post", key="user", rate=POST_RATE, method="POST", block=False)
def propose(request):
    if not can_enrol(request.user):
        return _not_for_you(request)
    form = ProposalForm()
    if request.method == "POST":
        if request.limited:
            return rate_limited(request)
        form = ProposalForm(request.POST)
        if form.is_valid():
            proposal = form.save(commit=False)
            proposal.proposer = request.user
            proposal.language = translation.get_language()
            services.submit_proposal(proposal)
            messages.success(
                request, _("Thank you! A Learning coordinator will review your proposal and write to you.")
            )
            return redirect("learning:my_proposals")
    return render(
        request, "learning/catalog/proposal_form.html", {"form": form, "page_title": _("Propose an offering")}
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@ratelimit(group="catalog-post", key="user", rate=POST_RATE, method="POST", block=False)
def edit_proposal(request, pk):
    proposal = get_object_or_404(OfferingProposal, pk=pk, proposer=request.user)
    if not proposal.editable_by_proposer:
        messages.info(request, _("This proposal has been reviewed and can no longer be changed."))
        return redirect("learning:my_proposals")
    form = ProposalForm(instance=proposal)
    if request.method == "POST":
        if request.limited:
            return rate_limited(request)
        form = ProposalForm(request.POST, instance=proposal)
        if form.is_valid():
            try:
                services.resubmit_proposal(form.save(commit=False), request.user)
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Your proposal is sent again for review."))
                return redirect("learning:my_proposals")
    return render(
        request,
        "learning/catalog/proposal_form.html",
        {"form": form, "proposal": proposal, "page_title": _("Change my proposal")},
    )


@never_cache
@login_required
@require_GET
def my_proposals(request):
    proposals = (
        OfferingProposal.objects.filter(proposer=request.user).select_related("offering").order_by("-updated_at")
    )
    return render(
        request, "learning/catalog/my_proposals.html", {"proposals": proposals, "page_title": _("My proposals")}
    )


def _not_for_you(request):
    return render(
        request,
        "learning/catalog/not_for_you.html",
        {
            "page_title": _("Professional learning is for educators"),
            "explanation": _(
                "Enrolling in offerings and proposing them is for educators. If you are one, change the role on "
                "your profile first."
            ),
        },
        status=403,
    )


# My learning: enrolments, certificates, credits


@never_cache
@login_required
@require_GET
def my_learning(request):
    enrolments = list(
        Enrolment.objects.filter(educator=request.user)
        .exclude(status=EnrolmentStatus.CANCELLED)
        .select_related("offering", "certificate")
        .annotate(attended=Count("attendance"))
        .order_by("-created_at")
    )
    localize_offerings([enrolment.offering for enrolment in enrolments])
    summary = credit_summary(request.user)
    facilitating = list(OfferingPage.objects.filter(facilitators=request.user).order_by("title").distinct())
    localize_offerings(facilitating)
    return _private(
        render(
            request,
            "learning/catalog/my_learning.html",
            {
                "enrolments": enrolments,
                "summary": summary,
                "by_type": credit_rows(summary),
                "by_standard": standard_rows(summary),
                "facilitating": facilitating,
                "page_title": _("My professional learning"),
            },
        )
    )


def localize_offerings(offerings):
    """Give each offering a ``shown`` version in the current language (one query for all)."""
    from wagtail.models import Locale

    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        locale = None
    keys = {offering.translation_key for offering in offerings}
    translated = {}
    if locale is not None and keys:
        for page in OfferingPage.objects.filter(translation_key__in=keys, locale=locale):
            translated[page.translation_key] = page
    for offering in offerings:
        offering.shown = translated.get(offering.translation_key, offering)
    return offerings


def credit_rows(summary):
    from learning.models.catalog import CreditType

    return [(label, summary.by_type.get(code, 0)) for code, label in CreditType.choices]


def standard_rows(summary):
    from learning.standards import Standard

    return [(label, summary.by_standard.get(code, 0)) for code, label in Standard.choices]


@login_required
@require_GET
@ratelimit(group="catalog-pdf", key="user", rate=PDF_RATE, block=False)
def certificate_pdf(request, pk):
    if request.limited:
        return rate_limited(request)
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("certificate", "offering", "educator"),
        pk=pk,
        educator=request.user,
        status=EnrolmentStatus.COMPLETED,
        certificate__revoked=False,
    )
    pdf = pdfs.certificate_pdf(enrolment.certificate, request)
    return _pdf_response(pdf, f"certificate-{enrolment.certificate.number}.pdf")


@login_required
@require_GET
@ratelimit(group="catalog-pdf", key="user", rate=PDF_RATE, block=False)
def transcript_pdf(request):
    if request.limited:
        return rate_limited(request)
    pdf = pdfs.transcript_pdf(request.user, request)
    return _pdf_response(pdf, "transcript.pdf")


def _pdf_response(pdf, filename):
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return _private(response)


@require_GET
def verify_certificate(request, code):
    """Public: anyone with the code (printed on the certificate) can check it is real."""
    certificate = certificate_for_code(code)
    status = 200 if certificate else 404
    context = {"certificate": certificate, "page_title": _("Certificate verification"), "code": code}
    if certificate:
        enrolment = certificate.enrolment
        context["offering"] = localize_offerings([enrolment.offering])[0].shown
        context["sessions"] = list(enrolment.offering.sessions.order_by("starts_at", "pk"))
    response = render(request, "learning/catalog/verify_certificate.html", context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def verify_lookup(request):
    """The form where a code can be typed in; leads to the verification page."""
    code = request.GET.get("code", "").strip()
    if code and len(code) <= 120 and all(ch.isalnum() or ch in "._-:" for ch in code):
        return redirect("learning:verify_certificate", code=code)
    return render(
        request,
        "learning/catalog/verify_lookup.html",
        {"page_title": _("Check a certificate"), "code": code, "invalid": bool(code)},
    )


# Attendance (facilitators, and coordinators)


def _offering_for_attendance(request, pk):
    offering = get_object_or_404(OfferingPage, pk=pk)
    offering = offering.original
    if not can_take_attendance(request.user, offering):
        raise Http404
    return offering


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@ratelimit(group="catalog-post", key="user", rate=POST_RATE, method="POST", block=False)
def attendance(request, pk):
    offering = _offering_for_attendance(request, pk)
    enrolments, sessions = roll.load_roll(offering)
    if request.method == "POST":
        if request.limited:
            return rate_limited(request)
        session = roll.posted_session(sessions, request)
        if session is None:
            raise Http404
        form = AttendanceForm(request.POST, enrolments=enrolments)
        if form.is_valid():
            try:
                services.record_attendance(session, form.cleaned_data["attended"], request.user)
            except (ValidationError, PermissionDenied) as error:
                messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
            else:
                messages.success(request, _("Attendance is saved."))
            return redirect("learning:attendance", pk=offering.pk)
        messages.error(request, _("Choose educators from the list."))
    if not facilitates(request.user, offering):  # a coordinator looking at someone else's roll
        audit.log_personal_data_view(request.user, offering, what="attendance list")
    rows = roll.session_forms(sessions, enrolments)
    return _private(
        render(
            request,
            "learning/catalog/attendance.html",
            {
                "offering": localize_offerings([offering])[0].shown,
                "rows": rows,
                "enrolments": enrolments,
                "page_title": _("Attendance"),
            },
        )
    )
