"""Admin registrations of listening sessions: the Organizers' planning views, under their own menu item."""

from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from engagement.listening import admin_views, permissions
from engagement.models.listening import ListeningSessionIndexPage, ListeningSessionPage
from home.home_sections import HOOK_NAME as HOME_SECTIONS
from home.home_sections import HomeSection


class PlanningMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can_plan(request.user)


class ListeningPlanningViewSet(ViewSet):
    """Head counts, childcare, interpreters, the people registered and their CSV."""

    name = admin_views.URL_NAMESPACE
    url_prefix = "listening-sessions"
    icon = "group"
    menu_label = _("Listening sessions")
    menu_name = "listening-sessions"
    menu_order = 260
    add_to_admin_menu = True
    menu_item_class = PlanningMenuItem

    def get_urlpatterns(self):
        return [
            path("", admin_views.SessionListView.as_view(), name="index"),
            path("<int:page_id>/", admin_views.SessionPlanView.as_view(), name="plan"),
            path("<int:page_id>/registrations.csv", admin_views.export_csv, name="export_csv"),
        ]


@hooks.register("register_admin_viewset")
def register_planning_viewset():
    return ListeningPlanningViewSet()


@hooks.register(HOME_SECTIONS)
def next_sessions_section(home_page, request):
    """The next listening sessions in the home page's language, so families find them first thing.

    Home sections are cached until content changes, and never longer than PAGE_CACHE_SECONDS (ten
    minutes by default, home.site_chrome): a session that has just started may linger that long.
    """
    sessions = list(
        ListeningSessionPage.objects.live()
        .public()
        .filter(locale_id=home_page.locale_id, starts_at__gte=timezone.now())
        .order_by("starts_at", "pk")[:3]
    )
    if not sessions:
        return None
    index = ListeningSessionIndexPage.objects.live().filter(locale_id=home_page.locale_id).first()
    return HomeSection(
        "engagement/listening/includes/next_sessions_section.html", {"sessions": sessions, "index": index}, order=30
    )
