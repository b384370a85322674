"""Listening sessions on the public site: the index, a session and its registration form, and the
registrant's private page (change, cancel, their own .ics).

The private page is found by the unguessable token in its address only: a wrong or altered token
answers 404, like an address that never existed. The rules are in engagement.listening.services;
their ValidationErrors are shown on the form, with what was typed kept.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from django_ratelimit.core import is_ratelimited

from engagement.listening import services
from engagement.listening.calendar import CONTENT_TYPE, ics_filename, registration_calendar
from engagement.listening.forms import ChangeRegistrationForm, RegistrationForm
from engagement.models.listening import (
    ListeningRegistration,
    ListeningSessionPage,
    SessionFormat,
)
from home.choices import SpokenLanguage
from home.form_fields import add_service_errors
from home.localization import localize_all
from home.public_forms import HONEYPOT_FIELD

# Per IP address, for the rate check only (never stored): a school's families may share one connection.
REGISTER_RATE = "120/h"
MANAGE_RATE = "60/h"


def _valid(value, choices):
    return value if value in {code for code, _label in choices} else ""


def index_context(index_page, request):
    """Upcoming and past sessions of the index, filtered by language, neighbourhood and format."""
    sessions = list(index_page.sessions().select_related("locale"))
    neighbourhoods = sorted({page.neighbourhood for page in sessions if page.neighbourhood}, key=str.casefold)
    filters = {
        "language": _valid(request.GET.get("language", ""), SpokenLanguage.choices),
        "neighbourhood": request.GET.get("neighbourhood", "")[:80]
        if request.GET.get("neighbourhood", "") in neighbourhoods
        else "",
        "format": _valid(request.GET.get("format", ""), SessionFormat.choices),
    }
    if filters["language"]:
        sessions = [page for page in sessions if filters["language"] in page.interpretation_languages]
    if filters["neighbourhood"]:
        sessions = [page for page in sessions if page.neighbourhood == filters["neighbourhood"]]
    if filters["format"]:
        sessions = [page for page in sessions if page.session_format == filters["format"]]
    now = timezone.now()
    return {
        "upcoming_sessions": [page for page in sessions if not page.is_past(now)],
        "past_sessions": sorted(
            (page for page in sessions if page.is_past(now)), key=lambda p: p.starts_at, reverse=True
        ),
        "filters": filters,
        "filter_query": urlencode({name: value for name, value in filters.items() if value}),
        "languages": SpokenLanguage.choices,
        "formats": SessionFormat.choices,
        "neighbourhoods": neighbourhoods,
    }


def session_context(page, request):
    source = page.source_session()
    themes = list(page.session_themes.select_related("theme").order_by("sort_order"))
    localized = localize_all([theme.theme for theme in themes], page.locale_id)
    seats_left = services.seats_left(source)
    return {
        "seats_left": seats_left,
        "is_full": seats_left == 0,
        "registration_open": page.registration_is_open(),
        "is_past": page.is_past(),
        "session_themes": list(zip(themes, localized, strict=True)),
    }


def _private(response):
    add_never_cache_headers(response)
    return response


def session_page(request, page):
    """The session, and its registration form while registration is open."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    form = None
    if page.registration_is_open():
        if request.method == "POST":
            if is_ratelimited(
                request, group="listening-register", key="ip", rate=REGISTER_RATE, method="POST", increment=True
            ):
                return import_string(settings.RATELIMIT_VIEW)(request)
            if request.POST.get(HONEYPOT_FIELD):
                # A robot: thanked like anyone, nothing kept.
                return _private(render(request, "engagement/listening/registered.html", {"page": page, "self": page}))
            form = RegistrationForm(request.POST, session=page, childcare=page.childcare)
            if form.is_valid():
                try:
                    registration = services.register(
                        page, form.person_fields(), submission_token=form.submission_token(), user=request.user
                    )
                except ValidationError as error:
                    add_service_errors(form, error)
                else:
                    if registration.is_waitlisted:
                        messages.info(
                            request, _("The session is full: you are on the waitlist. We will write if a seat opens.")
                        )
                    else:
                        messages.success(request, _("You are registered. We have sent you the details."))
                    return HttpResponseRedirect(_manage_path(registration, page))
        else:
            form = RegistrationForm(session=page, childcare=page.childcare)
    elif request.method == "POST":
        # Registration closed while the form was open: the page says so.
        pass
    context = page.get_context(request)
    context["form"] = form
    response = render(request, page.get_template(request), context)
    if form is None:
        return response
    return _private(response)


def _manage_path(registration, page=None):
    from django.urls import reverse

    return reverse("listening:manage", args=[registration.manage_token])


def _registration_by_token(token):
    if len(token) > 64:
        raise Http404
    return get_object_or_404(ListeningRegistration.objects.select_related("session"), manage_token=token)


def _limited(request):
    return is_ratelimited(request, group="listening-manage", key="ip", rate=MANAGE_RATE, method="POST", increment=True)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, token):
    """The registrant's own page: where they stand, the online link, and a form to change what they told us."""
    registration = _registration_by_token(token)
    page = registration.session_in_language(request.LANGUAGE_CODE)
    editable = not registration.is_cancelled and not page.is_past()
    form = None
    if editable:
        if request.method == "POST":
            if _limited(request):
                return import_string(settings.RATELIMIT_VIEW)(request)
            form = ChangeRegistrationForm(request.POST, session=page, childcare=page.childcare)
            if form.is_valid():
                try:
                    services.update_registration(registration, form.person_fields())
                except ValidationError as error:
                    add_service_errors(form, error)
                else:
                    messages.success(request, _("Your changes are saved."))
                    return HttpResponseRedirect(request.path)
        else:
            form = ChangeRegistrationForm(session=page, childcare=page.childcare, initial=_initial(registration))
    return render(
        request,
        "engagement/listening/manage.html",
        {
            "page_title": page.title,
            "registration": registration,
            "session": page,
            "form": form,
            "show_online_link": registration.is_confirmed and page.is_online and bool(page.online_link),
        },
    )


def _initial(registration):
    return {
        "name": registration.name,
        "email": registration.email,
        "phone": registration.phone,
        "language": registration.language,
        "interpretation_language": registration.interpretation_language,
        "children_count": registration.children_count,
        "children_ages": ", ".join(str(age) for age in registration.children_ages),
        "accessibility_needs": registration.accessibility_needs,
        "connection": registration.connection,
        "consent_to_contact": registration.consent_to_contact,
    }


@never_cache
@require_POST
def cancel(request, token):
    registration = _registration_by_token(token)
    if _limited(request):
        return import_string(settings.RATELIMIT_VIEW)(request)
    if not registration.is_cancelled:
        services.cancel_registration(registration)
        messages.success(request, _("Your registration is cancelled. Thank you for letting us know."))
    return HttpResponseRedirect(_manage_path(registration))


def calendar_feed(request):
    from engagement.listening.calendar import feed_response

    return feed_response(request)


def session_ics(request, page_id):
    from engagement.listening.calendar import session_response

    page = get_object_or_404(ListeningSessionPage.objects.live().public(), pk=page_id)
    return session_response(page, request)


@never_cache
def registration_ics(request, token):
    registration = _registration_by_token(token)
    if registration.is_cancelled:
        raise Http404
    page = registration.session_in_language()
    response = HttpResponse(registration_calendar(registration), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{ics_filename(page)}"'
    return response


__all__ = ["ListeningSessionPage", "index_context", "session_context", "session_page"]
