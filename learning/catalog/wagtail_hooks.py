"""Admin registrations of the catalog: the "Professional learning" menu of the Learning coordinators.

Offering proposals (review: approve into the catalog as a draft or live, ask for changes, decline),
enrolments (cancel, withdraw a certificate, take attendance), and educators' renewal cycles. The
catalog and offering pages themselves are edited in the page tree. Shown to the Learning
coordinators group (its model permissions, home.roles) and superusers.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from home.admin_records import RecordReviewViewSet
from learning.catalog import admin_views
from learning.models.catalog import CreditCycle, Enrolment, OfferingProposal


class ProposalViewSet(RecordReviewViewSet):
    model = OfferingProposal
    name = "learning_proposals"
    icon = "doc-full"
    menu_label = _("Offering proposals")
    list_select_related = ["proposer"]
    inspect_view_class = admin_views.ProposalInspectView
    list_display = ["title", "proposer", "format", "status", "updated_at"]
    list_filter = ["status", "format"]
    search_fields = ["title", "proposer__first_name", "proposer__last_name", "proposer__email"]
    ordering = ["-updated_at"]
    actions = [("review", "review", admin_views.review_proposal)]


class EnrolmentViewSet(RecordReviewViewSet):
    model = Enrolment
    name = "learning_enrolments"
    icon = "group"
    menu_label = _("Enrolments")
    list_select_related = ["educator", "offering"]
    inspect_view_class = admin_views.EnrolmentInspectView
    list_display = ["educator", "offering", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["educator__first_name", "educator__last_name", "educator__email"]
    ordering = ["-created_at"]
    actions = [
        ("cancel", "cancel", admin_views.cancel_enrolment),
        ("revoke", "revoke", admin_views.revoke_certificate),
    ]


class CreditCycleViewSet(ModelViewSet):
    model = CreditCycle
    name = "learning_credit_cycles"
    icon = "date"
    menu_label = _("Renewal cycles")
    form_fields = ["user", "starts_on"]
    list_display = ["user", "starts_on"]
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    copy_view_enabled = False
    add_to_reference_index = False


class LearningViewSetGroup(ModelViewSetGroup):
    menu_label = _("Professional learning")
    menu_icon = "doc-full-inverse"
    menu_order = 330
    items = (ProposalViewSet, EnrolmentViewSet, CreditCycleViewSet)


@hooks.register("register_admin_viewset")
def register_learning_catalog():
    return LearningViewSetGroup()


@hooks.register("register_admin_urls")
def register_attendance_url():
    return [path("learning/attendance/<int:pk>/", admin_views.offering_attendance, name="learning_catalog_attendance")]


@hooks.register("register_log_actions")
def register_catalog_log_actions(actions):
    for action, label in [
        ("learning.enrol", _("Enrolled")),
        ("learning.waitlist", _("Joined the waitlist")),
        ("learning.cancel", _("Cancelled the enrolment")),
        ("learning.promote", _("Moved from the waitlist into a place")),
        ("learning.attendance", _("Took attendance")),
        ("learning.reflection", _("Wrote the closing reflection")),
        ("learning.complete", _("Completed the offering")),
        ("learning.propose", _("Proposed an offering")),
        ("learning.resubmit", _("Sent the proposal again")),
        ("learning.request_changes", _("Asked for changes to the proposal")),
        ("learning.decline", _("Declined the proposal")),
        ("learning.approve", _("Approved the proposal into the catalog")),
    ]:
        actions.register_action(action, label, label)
