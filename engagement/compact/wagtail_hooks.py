"""Admin registrations of the community compact: the "Community partners" menu of the Organizers.

Partners: a listing filtered by status and kind with search and a CSV download, an inspect view
with the status history, and the generic add, edit and delete views (not translatable: these are
internal records). Signatures: a listing and an edit view limited to linking a signature to its
partner record and to whether it is listed; signatures come from their signers, so there is no
add view, and deleting one is the signer's right (through their data, see ``privacy``).
Shown to the Organizers group (its model permissions, home.roles) and superusers.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from engagement.compact import admin_views
from engagement.compact.forms import CommunityPartnerForm, SignatureLinkForm
from engagement.models.compact import CommunityPartner, CompactSignature


class CommunityPartnerViewSet(ModelViewSet):
    model = CommunityPartner
    name = "community_partners"
    icon = "group"
    menu_label = _("Partners")
    add_to_reference_index = False
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = admin_views.PartnerIndexView
    add_view_class = admin_views.PartnerCreateView
    edit_view_class = admin_views.PartnerEditView
    inspect_view_class = admin_views.PartnerInspectView
    list_display = ["name", "kind", "status", "neighbourhood", "contact_name", "status_changed_at"]
    list_filter = ["status", "kind"]
    search_fields = ["name", "neighbourhood", "contact_name", "email", "notes"]
    ordering = ["name"]
    list_per_page = 50

    def get_form_class(self, for_update=False):
        return CommunityPartnerForm

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("export/csv/", admin_views.export_csv, name="export_csv")]


class SignatureIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("partner")


class CompactSignatureViewSet(ModelViewSet):
    model = CompactSignature
    name = "compact_signatures"
    icon = "tick"
    menu_label = _("Compact signatures")
    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = SignatureIndexView
    list_display = ["__str__", "kind", "verified_at", "show_publicly", "language", "partner", "signed_at"]
    list_filter = ["kind", "show_publicly", "language"]
    search_fields = ["organisation_name", "name", "email"]
    ordering = ["-signed_at"]
    list_per_page = 50

    def get_form_class(self, for_update=False):
        return SignatureLinkForm

    def get_urlpatterns(self):
        # No "new" view: signatures come from the public form.
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "add"]

    def get_common_view_kwargs(self, **kwargs):
        return {**super().get_common_view_kwargs(**kwargs), "add_url_name": None}


class CommunityViewSetGroup(ModelViewSetGroup):
    menu_label = _("Community partners")
    menu_icon = "group"
    menu_order = 310
    items = (CommunityPartnerViewSet, CompactSignatureViewSet)


@hooks.register("register_admin_viewset")
def register_community_partners():
    return CommunityViewSetGroup()
