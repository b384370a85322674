"""Check-in at the door, on an Organizer's phone: find people by name or by the code (or QR code)
of their confirmation e-mail, mark them in, add walk-ins, and see how many have come.

On the public site (under /<lang>/listening/checkin/), built for a 320 px screen and usable without
JavaScript. Organizers only: anyone else signed in gets 404, as for an address that does not exist.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from engagement.listening import permissions, services
from engagement.listening.forms import CheckInSearchForm, WalkInForm
from engagement.models.listening import ListeningRegistration, ListeningSessionPage, RegistrationStatus
from home.audit import log_personal_data_view
from home.query import query_text

MAX_RESULTS = 30


def _session_for(request, session_id, allowed=permissions.can_check_in):
    if not allowed(request.user):
        raise Http404
    page = get_object_or_404(ListeningSessionPage, pk=session_id)
    return page, page.source_session()


def attendance(source):
    counts = ListeningRegistration.objects.filter(session=source).aggregate(
        confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED, walk_in=False)),
        waitlisted=Count("pk", filter=Q(status=RegistrationStatus.WAITLISTED)),
        checked_in=Count("pk", filter=Q(checked_in_at__isnull=False)),
        walk_ins=Count("pk", filter=Q(walk_in=True, checked_in_at__isnull=False)),
    )
    return counts


def _url(source, **query):
    url = reverse("listening:checkin", args=[source.pk])
    if query:
        from urllib.parse import urlencode

        url += "?" + urlencode(query)
    return url


@never_cache
@login_required
@require_http_methods(["GET", "HEAD"])
def checkin(request, session_id):
    page, source = _session_for(request, session_id)
    form = CheckInSearchForm(request.GET or None)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    code = query_text(request, "code", max_length=12).strip().upper()
    results = None
    if code or query:
        registrations = ListeningRegistration.objects.filter(session=source).exclude(
            status=RegistrationStatus.CANCELLED
        )
        if code:
            registrations = registrations.filter(checkin_code=code)
        else:
            registrations = registrations.filter(Q(name__icontains=query) | Q(checkin_code=query.upper()))
        results = list(registrations.order_by("name", "pk")[:MAX_RESULTS])
        log_personal_data_view(request.user, source, what="listening-session check-in search")
    return render(
        request,
        "engagement/listening/checkin.html",
        {
            "page_title": _("Check-in"),
            "session": page,
            "source": source,
            "form": form,
            "results": results,
            "counts": attendance(source),
            "search_query": query or code,
        },
    )


@never_cache
@login_required
@require_POST
def check_in_person(request, session_id, registration_id):
    page, source = _session_for(request, session_id)
    registration = get_object_or_404(ListeningRegistration, pk=registration_id, session=source)
    try:
        services.check_in(registration)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("%(name)s is checked in.") % {"name": registration.name})
    return HttpResponseRedirect(_url(source))


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def walk_in(request, session_id):
    page, source = _session_for(request, session_id, permissions.can_add_walk_in)
    if request.method == "POST":
        form = WalkInForm(request.POST, session=page, childcare=page.childcare)
        if form.is_valid():
            registration = services.add_walk_in(page, form.person_fields(), submission_token=form.submission_token())
            messages.success(request, _("%(name)s is checked in.") % {"name": registration.name})
            return HttpResponseRedirect(_url(source))
    else:
        form = WalkInForm(session=page, childcare=page.childcare)
    return render(
        request,
        "engagement/listening/walk_in.html",
        {"page_title": _("Add a walk-in"), "session": page, "source": source, "form": form},
    )
