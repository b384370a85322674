"""Records people send in, which a team reads and acts on in the Wagtail admin.

Mentor profiles and requests, mentorships, story submissions, offering proposals and enrolments all
work the same way: a listing, an inspect view that writes the audit log because it shows a person's
details, and a few POST actions that call the domain's services, so a change made in the admin
follows the same rules as one made on the public site. Nothing is added, edited, copied or deleted
through a generic admin form.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.urls import path

from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from home import audit


class RelatedIndexView(IndexView):
    """A listing that fetches the related rows its columns show in the same query as the records."""

    list_select_related = ()

    def get_base_queryset(self):
        return super().get_base_queryset().select_related(*self.list_select_related)


class AuditedInspectView(InspectView):
    """An inspect view with its own template, which writes the audit log once permission is checked."""

    audit_what = ""

    def get_fields_context(self):
        return []  # the template lays the record out itself

    def people_seen(self):
        return []

    def get(self, request, *args, **kwargs):
        for person in self.people_seen():
            if person is not None:
                audit.log_personal_data_view(request.user, person, what=self.audit_what)
        return super().get(request, *args, **kwargs)


class RecordReviewViewSet(ModelViewSet):
    """A listing and an inspect view, plus POST actions ``(route, name, view factory)``.

    Each factory is called with the inspect view's URL name (where the action sends the person back)
    and returns the view taking the record's ``pk``.
    """

    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_reference_index = False
    list_per_page = 30
    index_view_class = RelatedIndexView
    list_select_related = ()
    actions = ()

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(list_select_related=self.list_select_related, **kwargs)

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


def require(request, is_allowed):
    """Refuse the request unless ``is_allowed(user)``: each action checks its team again on the server."""
    if not is_allowed(request.user):
        raise PermissionDenied


def show_errors(request, error):
    """Show each message of a ``ValidationError`` from the services as an admin error message."""
    for message in error.messages:
        messages.error(request, message)
