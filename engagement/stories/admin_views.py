"""Communications' moderation queue in the Wagtail admin: read a story, approve or reject it.

Listing and inspect views come from the viewset (``wagtail_hooks``), limited by the model
permissions of the Communications group (home.roles). Opening a submission shows its contact
details, so it is written to the audit log. The photo is served by a view that checks the same
permission: it is never at a public address before the story is approved.
"""

import mimetypes

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from engagement.models.stories import StorySubmission
from home.admin_records import AuditedInspectView, require, show_errors

from . import services
from .forms import ModerationForm
from .permissions import can_moderate_stories, can_read_submissions


class StorySubmissionInspectView(AuditedInspectView):
    template_name = "engagement/stories/admin/submission_inspect.html"
    audit_what = "story submission and contact details"
    page_title = gettext_lazy("Story submission")

    def get_object(self, queryset=None):
        return get_object_or_404(
            StorySubmission.objects.select_related("reviewed_by", "story_page", "submitted_by"), pk=self.pk
        )

    def people_seen(self):
        return [self.object]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.object
        context.update(
            {
                "submission": submission,
                "moderation_form": ModerationForm(),
                "is_pending": submission.status == StorySubmission.Status.PENDING,
                "can_moderate": can_moderate_stories(self.request.user),
                "falls_back": services.story_index_language_missing(submission.language),
            }
        )
        return context


@require_GET
def submission_photo(request, pk):
    require(request, can_read_submissions)
    submission = get_object_or_404(StorySubmission, pk=pk)
    if not submission.photo:
        raise Http404
    try:
        photo = submission.photo.open("rb")
    except OSError as error:
        raise Http404 from error
    content_type = mimetypes.guess_type(submission.photo.name)[0] or "application/octet-stream"
    response = FileResponse(photo, content_type=content_type)
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def moderate(inspect_url_name):
    @require_POST
    def view(request, pk):
        require(request, can_moderate_stories)
        submission = get_object_or_404(StorySubmission, pk=pk)
        form = ModerationForm(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                for message in errors:
                    messages.error(request, message)
            return redirect(inspect_url_name, pk)
        note = form.cleaned_data["note"]
        try:
            if form.cleaned_data["decision"] == ModerationForm.APPROVE:
                page, fell_back = services.approve_story(submission, request.user, form.cleaned_data["themes"], note)
            else:
                services.reject_story(submission, request.user, note)
        except ValidationError as error:
            show_errors(request, error)
            return redirect(inspect_url_name, pk)
        if form.cleaned_data["decision"] == ModerationForm.REJECT:
            messages.success(request, _("The story is rejected. Its photo has been deleted."))
            return redirect(inspect_url_name, pk)
        message = _("The story is approved: it is now a draft story page, ready to edit, publish and translate.")
        if fell_back:
            message += " " + _(
                "There is no story page in its language yet, so the draft is under the English story page, "
                "in English: translate it there, or create the story page in that language first."
            )
        messages.success(request, message)
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    return view
