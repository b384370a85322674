"""The Organizers' views of community partners and compact signatures in the Wagtail admin.

Partners are edited with Wagtail's generic views; saving one notes a change of status (who, when)
through ``engagement.compact.services``. Opening a partner's contact details (inspect or edit) is
written to the audit log, as the coordinators' views of people are (``home.audit``). The partner
list downloads as CSV, every text cell escaped against formula injection.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.views.generic import CreateView, EditView, IndexView, InspectView
from wagtail.admin.widgets.button import HeaderButton

from engagement.compact import services
from engagement.models.compact import CommunityPartner, PartnerKind, PartnerStatus
from home import audit
from home.choices import SpokenLanguage
from home.csv_export import csv_response, escape_formula

AUDIT_WHAT = "community partner contacts"
VIEW_PERMISSION = "engagement.view_communitypartner"


class PartnerIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("status_changed_by")

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            HeaderButton(
                gettext_lazy("Download CSV"),
                url=self.export_url,
                icon_name="download",
            )
        )
        return buttons

    @property
    def export_url(self):
        from django.urls import reverse

        return reverse("community_partners:export_csv")


class PartnerCreateView(CreateView):
    def save_instance(self):
        with transaction.atomic():
            partner = super().save_instance()
            services.record_status_change(partner, None, self.request.user)
        return partner


class PartnerEditView(EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        audit.log_personal_data_view(request.user, self.object, what=AUDIT_WHAT)
        return response

    def save_instance(self):
        previous_status = self.form.initial.get("status")
        with transaction.atomic():
            partner = super().save_instance()
            services.record_status_change(partner, previous_status, self.request.user)
        return partner


class PartnerInspectView(InspectView):
    template_name = "engagement/compact/admin/partner_inspect.html"

    def get_fields_context(self):
        return []  # the template lays the record out itself

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        audit.log_personal_data_view(request.user, self.object, what=AUDIT_WHAT)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        partner = self.object
        context.update(
            {
                "partner": partner,
                "status_changes": list(partner.status_changes.select_related("changed_by")),
                "signatures": list(partner.signatures.order_by("-signed_at")),
            }
        )
        return context


class PartnerExport:
    """The partner list as rows for ``engagement.surveys.exports.csv_response``."""

    filename_stem = "community-partners"

    def __init__(self, queryset):
        self.queryset = queryset

    def header(self):
        return [
            _("Organisation"),
            _("Kind"),
            _("Status"),
            _("Status changed"),
            _("Neighbourhood"),
            _("Website"),
            _("Contact person"),
            _("E-mail"),
            _("Phone"),
            _("Languages"),
            _("Notes"),
        ]

    def rows(self):
        kinds, statuses = dict(PartnerKind.choices), dict(PartnerStatus.choices)
        languages = dict(SpokenLanguage.choices)
        for partner in self.queryset.order_by("name", "pk").iterator(chunk_size=1000):
            row = [
                partner.name,
                str(kinds.get(partner.kind, partner.kind)),
                str(statuses.get(partner.status, partner.status)),
                timezone.localtime(partner.status_changed_at),
                partner.neighbourhood,
                partner.website,
                partner.contact_name,
                partner.email,
                partner.phone,
                ", ".join(str(languages.get(code, code)) for code in partner.languages),
                partner.notes,
            ]
            yield [escape_formula(value) for value in row]


def export_csv(request):
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    return csv_response(PartnerExport(CommunityPartner.objects.all()))
