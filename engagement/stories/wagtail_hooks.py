"""Admin registrations of personal stories: the moderation queue of Communications.

A listing of the submitted stories (pending first by default filter) and an inspect view where a
moderator reads the story, sees the photo, and approves it (a draft StoryPage in its language) or
rejects it. Generic add, edit and delete views are left out: submissions come from visitors and
change only through ``engagement.stories.services``.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from engagement.models.stories import StorySubmission
from engagement.stories import admin_views
from home.admin_records import RecordReviewViewSet


class StorySubmissionViewSet(RecordReviewViewSet):
    model = StorySubmission
    name = "story_submissions"
    icon = "openquote"
    menu_label = _("Story submissions")
    menu_order = 260
    add_to_admin_menu = True
    inspect_view_class = admin_views.StorySubmissionInspectView
    list_display = ["__str__", "status", "role", "language", "submitted_at"]
    list_filter = ["status", "language"]
    search_fields = ["title", "story", "shown_name"]
    ordering = ["-submitted_at"]
    actions = [("moderate", "moderate", admin_views.moderate)]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("photo/<int:pk>/", admin_views.submission_photo, name="photo"),
        ]


@hooks.register("register_admin_viewset")
def register_story_submissions():
    return StorySubmissionViewSet()


@hooks.register("register_log_actions")
def register_stories_log_actions(actions):
    for action, label in [
        ("stories.approve", _("Approved the story (draft story page created)")),
        ("stories.reject", _("Rejected the story")),
    ]:
        actions.register_action(action, label, label)
