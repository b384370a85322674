"""Admin registrations of the retiree mentor network: the "Mentor network" menu of the coordinators.

Three listings (mentor profiles, requests, mentorships), each opening an inspect view where the
coordinators act: approve or decline a profile, propose a mentor for a request from its ranked
list, complete or cancel a mentorship. Generic add, edit, copy and delete views are left out: the
records come from the people themselves and change only through ``engagement.mentoring.services``.
Shown to the Mentor coordinators group (its model permissions, home.roles) and superusers.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSetGroup

from engagement.mentoring import admin_views
from engagement.models.mentoring import MentorProfile, MentorRequest, Mentorship
from home.admin_records import RecordReviewViewSet


class MentorProfileViewSet(RecordReviewViewSet):
    model = MentorProfile
    name = "mentor_profiles"
    icon = "user"
    menu_label = _("Mentor profiles")
    list_select_related = ["user"]
    inspect_view_class = admin_views.MentorProfileInspectView
    list_display = ["user", "status", "years_taught", "max_mentees", "created_at"]
    list_filter = ["status", "in_directory"]
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    ordering = ["-created_at"]
    actions = [("review", "review", admin_views.review_profile)]


class MentorRequestViewSet(RecordReviewViewSet):
    model = MentorRequest
    name = "mentor_requests"
    icon = "help"
    menu_label = _("Mentor requests")
    list_select_related = ["mentee", "school"]
    inspect_view_class = admin_views.MentorRequestInspectView
    list_display = ["mentee", "status", "subject", "grade_band", "language", "school", "created_at"]
    list_filter = ["status", "subject", "grade_band", "language"]
    search_fields = ["mentee__first_name", "mentee__last_name", "mentee__email"]
    ordering = ["-created_at"]
    actions = [("propose", "propose", admin_views.propose)]


class MentorshipViewSet(RecordReviewViewSet):
    model = Mentorship
    name = "mentorships"
    icon = "group"
    menu_label = _("Mentorships")
    list_select_related = ["mentor__user", "mentee"]
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
