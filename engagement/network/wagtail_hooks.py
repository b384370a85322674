"""Admin registrations of the Action Team network: the Organizers' "Action Team" menu.

Schools and teams (balance, make captains, move people), the roster import, campaigns with their
live view, the assessment scale (levels are added, never removed: no delete view), the issues
people raise, and which Organizer looks after which schools (superusers assign them).
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from engagement.models.network import AssessmentLevel, Issue, OrganizerSchool
from engagement.network import admin_views
from engagement.network.permissions import is_organizer


class OrganizerMenuItem(MenuItem):
    def is_shown(self, request):
        return is_organizer(request.user)


class ActionTeamViewSet(ViewSet):
    name = admin_views.URL_NAMESPACE
    url_prefix = "action-team"
    icon = "group"
    menu_label = _("Schools and teams")
    menu_name = "action-team"
    menu_item_class = OrganizerMenuItem

    def get_urlpatterns(self):
        views = admin_views
        return [
            path("", views.SchoolsView.as_view(), name="schools"),
            path("schools/<int:pk>/", views.SchoolView.as_view(), name="school"),
            path("schools/<int:pk>/balance/", views.balance, name="balance"),
            path("members/<int:pk>/", views.MemberView.as_view(), name="member"),
            path("members/<int:pk>/appoint/", views.appoint, name="appoint"),
            path("members/<int:pk>/move/", views.move, name="move"),
            path("captains/<int:pk>/stand-down/", views.StandDownView.as_view(), name="stand_down"),
            path("roster/", views.RosterView.as_view(), name="roster"),
            path("roster/apply/", views.apply_roster, name="apply_roster"),
            path("roster/export.csv", views.export_roster, name="export_roster"),
            path("campaigns/", views.CampaignListView.as_view(), name="campaigns"),
            path("campaigns/new/", views.CampaignFormView.as_view(), name="new_campaign"),
            path("campaigns/<int:pk>/", views.LiveView.as_view(), name="campaign"),
            path("campaigns/<int:pk>/edit/", views.CampaignFormView.as_view(), name="edit_campaign"),
            path("campaigns/<int:pk>/start/", views.start_campaign, name="start_campaign"),
            path("campaigns/<int:pk>/close/", views.close_campaign, name="close_campaign"),
        ]


class ActionTeamLink(ViewSet):
    """A menu entry for one of the views above (the views themselves are the ActionTeamViewSet's)."""

    icon = "group"
    menu_item_class = OrganizerMenuItem
    view_name = ""

    @property
    def menu_url(self):
        return reverse(f"{admin_views.URL_NAMESPACE}:{self.view_name}")


class CampaignsLink(ActionTeamLink):
    name = "action_team_campaigns"
    icon = "mail"
    menu_label = _("Campaigns")
    view_name = "campaigns"


class RosterLink(ActionTeamLink):
    name = "action_team_roster"
    icon = "upload"
    menu_label = _("Roster import")
    view_name = "roster"


class AssessmentLevelViewSet(ModelViewSet):
    model = AssessmentLevel
    name = "action_team_scale"
    url_prefix = "action-team/scale"
    icon = "list-ol"
    menu_label = _("Assessment scale")
    form_fields = ["value", "label", "description"]
    list_display = ["value", "label", "description"]
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False

    def get_common_view_kwargs(self, **kwargs):
        # Levels are never removed: no delete view, no delete button.
        return {**super().get_common_view_kwargs(**kwargs), "delete_url_name": None}

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "delete"]


class IssueViewSet(ModelViewSet):
    model = Issue
    name = "action_team_issues"
    url_prefix = "action-team/issues"
    icon = "tag"
    menu_label = _("Issues")
    form_fields = ["name"]
    list_display = ["name"]
    copy_view_enabled = False
    add_to_reference_index = False


class OrganizerSchoolViewSet(ModelViewSet):
    model = OrganizerSchool
    name = "action_team_organizers"
    url_prefix = "action-team/organizers"
    icon = "site"
    menu_label = _("Organizers' schools")
    form_fields = ["organizer", "school"]
    list_display = ["organizer", "school"]
    copy_view_enabled = False
    add_to_reference_index = False


class ActionTeamViewSetGroup(ViewSetGroup):
    menu_label = _("Action Team")
    menu_icon = "group"
    menu_order = 330
    items = (ActionTeamViewSet, CampaignsLink, RosterLink, AssessmentLevelViewSet, IssueViewSet, OrganizerSchoolViewSet)


@hooks.register("register_admin_viewset")
def register_action_team():
    return ActionTeamViewSetGroup()
