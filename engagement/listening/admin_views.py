"""Admin views for Organizers: every session with its counts, one session's plan (interpreters,
childcare, access needs), the people registered, and the CSV export.

Each view checks engagement.listening.permissions on the server and answers 403 to other staff;
Wagtail sends anyone without admin access to its sign-in page first. Opening the list of people
or exporting it is recorded in the audit log (home.audit).
"""

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from engagement.listening import permissions
from engagement.listening.checkin import attendance
from engagement.listening.planning import registrations_csv, session_plan
from engagement.models.listening import ListeningRegistration, ListeningSessionPage, RegistrationStatus
from home.audit import log_personal_data_view

URL_NAMESPACE = "listening_planning"
REGISTRATIONS_SHOWN = 500


def url(name, *args):
    return reverse(f"{URL_NAMESPACE}:{name}", args=args)


class PlanningView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_plan(request.user):
            return permission_denied(request, exception=None)
        self.session = None
        if "page_id" in kwargs:
            page = get_object_or_404(ListeningSessionPage, pk=kwargs["page_id"])
            self.session = page.source_session()
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.session.title if self.session else ""

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items, {"url": url("index"), "label": _("Listening sessions")}]
        return [*items, {"url": "", "label": self.get_page_title()}]


class SessionListView(PlanningView):
    template_name = "engagement/listening/admin/session_list.html"
    page_title = gettext_lazy("Listening sessions")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        first_versions = {}
        for page in ListeningSessionPage.objects.select_related("locale").order_by("pk"):
            first_versions.setdefault(page.translation_key, page)
        counts = {
            row["session"]: row
            for row in ListeningRegistration.objects.values("session")
            .annotate(
                confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED, walk_in=False)),
                waitlisted=Count("pk", filter=Q(status=RegistrationStatus.WAITLISTED)),
            )
            .order_by()
        }
        context["sessions"] = [
            {"page": page, **counts.get(page.pk, {"confirmed": 0, "waitlisted": 0})}
            for page in sorted(first_versions.values(), key=lambda page: page.starts_at, reverse=True)
        ]
        return context


class SessionPlanView(PlanningView):
    template_name = "engagement/listening/admin/session_plan.html"
    page_title = gettext_lazy("Planning")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        registrations = list(
            ListeningRegistration.objects.filter(session=self.session).order_by("status", "created_at", "pk")[
                :REGISTRATIONS_SHOWN
            ]
        )
        log_personal_data_view(self.request.user, self.session, what="listening-session registrations")
        context.update(
            {
                "session": self.session,
                "plan": session_plan(self.session),
                "counts": attendance(self.session),
                "registrations": registrations,
                "can_check_in": permissions.can_check_in(self.request.user),
            }
        )
        return context


def export_csv(request, page_id):
    if not permissions.can_plan(request.user):
        return permission_denied(request, exception=None)
    session = get_object_or_404(ListeningSessionPage, pk=page_id).source_session()
    log_personal_data_view(request.user, session, what="listening-session registrations (CSV)")
    return registrations_csv(session)
