"""Admin views of the core app."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from home.translation_status import TranslationState, translation_status


class TranslationStatusReportView(WagtailAdminTemplateMixin, TemplateView):
    """Every page against every language: translated, out of date or missing."""

    template_name = "home/admin/translation_status.html"
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    per_page = 50

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not (user.is_superuser or user.has_perm("wagtail_localize.submit_translation")):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = translation_status()
        state = self.request.GET.get("state", "")
        if state in TranslationState.values:
            rows = [row for row in rows if row.has_state(state)]
        paginator = Paginator(rows, self.per_page)
        context.update(
            {
                "rows": paginator.get_page(self.request.GET.get("page")),
                "locales": [status.locale for status in rows[0].languages] if rows else [],
                "states": TranslationState.choices,
                "current_state": state,
                "report_url": reverse("translation_status"),
            }
        )
        return context
