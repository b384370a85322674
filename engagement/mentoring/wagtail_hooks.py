"""Admin registrations of the retiree mentor network: the "Mentor network" menu of the coordinators.

Three listings (mentor profiles, requests, mentorships), each opening an inspect view where the
coordinators act: approve or decline a profile, propose a mentor for a request from its ranked
list, complete or cancel a mentorship. Generic add, edit, copy and delete views are left out: the
records come from the people themselves and change only through ``engagement.mentoring.services``.
Shown to the Mentor coordinators group (its model permissions, home.roles) and superusers.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from engagement.mentoring import admin_views
from engagement.models.mentoring import MentorProfile, MentorRequest, Mentorship


class CoordinatorViewSet(ModelViewSet):
    """A listing and an inspect view, plus POST actions ``(route, name, view factory)``."""

    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_reference_index = False
    list_per_page = 30
    actions = ()

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add_url_name", "edit_url_name", "delete_url_name", "usage_url_name", "history_url_name"):
            view_kwargs[name] = None
        return view_kwargs

    @property
    def url_finder_class(self):
        # Links to a record from elsewhere in the admin (the site history report) open its inspect view.
        return type("_InspectURLFinder", (ModelAdminURLFinder,), {"edit_url_name": self.get_url_name("inspect")})

    def get_urlpatterns(self):
        patterns = [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]
        inspect_url_name = self.get_url_name("inspect")
        for route, name, make_view in self.actions:
            patterns.append(path(f"{route}/<int:pk>/", make_view(inspect_url_name), name=name))
        return patterns


class MentorProfileViewSet(CoordinatorViewSet):
    model = MentorProfile
    name = "mentor_profiles"
    icon = "user"
    menu_label = _("Mentor profiles")
    index_view_class = admin_views.MentorProfileIndexView
    inspect_view_class = admin_views.MentorProfileInspectView
    list_display = ["user", "status", "years_taught", "max_mentees", "created_at"]
    list_filter = ["status", "in_directory"]
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    ordering = ["-created_at"]
    actions = [("review", "review", admin_views.review_profile)]


class MentorRequestViewSet(CoordinatorViewSet):
    model = MentorRequest
    name = "mentor_requests"
    icon = "help"
    menu_label = _("Mentor requests")
    index_view_class = admin_views.MentorRequestIndexView
    inspect_view_class = admin_views.MentorRequestInspectView
    list_display = ["mentee", "status", "subject", "grade_band", "language", "school", "created_at"]
    list_filter = ["status", "subject", "grade_band", "language"]
    search_fields = ["mentee__first_name", "mentee__last_name", "mentee__email"]
    ordering = ["-created_at"]
    actions = [("propose", "propose", admin_views.propose)]


class MentorshipViewSet(CoordinatorViewSet):
    model = Mentorship
    name = "mentorships"
    icon = "group"
    menu_label = _("Mentorships")
    index_view_class = admin_views.MentorshipIndexView
    inspect_view_class = admin_views.MentorshipInspectView
    list_display = ["__str__", "status", "proposed_at", "started_on", "planned_end"]
    list_filter = ["status"]
    search_fields = ["mentee__first_name", "mentee__last_name", "mentor__user__first_name", "mentor__user__last_name"]
    ordering = ["-proposed_at"]
    actions = [("end", "end", admin_views.end_mentorship)]


class MentorNetworkViewSetGroup(ModelViewSetGroup):
    menu_label = _("Mentor network")
    menu_icon = "group"
    menu_order = 320
    items = (MentorProfileViewSet, MentorRequestViewSet, MentorshipViewSet)


@hooks.register("register_admin_viewset")
def register_mentor_network():
    return MentorNetworkViewSetGroup()


@hooks.register("register_log_actions")
def register_mentoring_log_actions(actions):
    for action, label in [
        ("mentoring.sign_up", _("Signed up as a mentor")),
        ("mentoring.update_profile", _("Changed their mentor profile")),
        ("mentoring.approve", _("Approved the mentor profile")),
        ("mentoring.decline_profile", _("Declined the mentor profile")),
        ("mentoring.pause", _("Paused mentoring")),
        ("mentoring.resume", _("Resumed mentoring")),
        ("mentoring.request", _("Asked for a mentor")),
        ("mentoring.withdraw", _("Withdrew the request for a mentor")),
        ("mentoring.propose", _("Proposed a mentor")),
        ("mentoring.return_proposal", _("Returned the proposal to the coordinators (mentor paused)")),
        ("mentoring.accept", _("Accepted the proposal")),
        ("mentoring.decline", _("Declined the proposal")),
        ("mentoring.completed", _("Completed the mentorship")),
        ("mentoring.cancelled", _("Cancelled the mentorship")),
        ("mentoring.check_in", _("Logged a check-in")),
    ]:
        actions.register_action(action, label, label)
