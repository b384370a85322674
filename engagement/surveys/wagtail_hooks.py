"""Admin registrations of surveys: results, exports, invitation codes, themes.

The "Surveys" menu holds the results and the themes; other survey tools join it by returning a
menu item from the ``register_surveys_menu_item`` hook.
"""

from django.db.models import Q
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from engagement.models import SurveyPage, Theme
from engagement.surveys import admin_views, permissions
from home.home_sections import HOOK_NAME as HOME_SECTIONS
from home.home_sections import HomeSection

SURVEYS_MENU_HOOK = "register_surveys_menu_item"


class SurveyResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can_use_survey_admin(request.user)


class SurveyResultsViewSet(ViewSet):
    """Results, exports, open answers, invitation codes and contacts of every survey."""

    name = admin_views.URL_NAMESPACE
    url_prefix = "survey-results"
    icon = "table"
    menu_label = _("Results and exports")
    menu_name = "survey-results"
    menu_item_class = SurveyResultsMenuItem

    def get_urlpatterns(self):
        views = admin_views
        return [
            path("", views.SurveyListView.as_view(), name="index"),
            path("<int:page_id>/", views.ResultsView.as_view(), name="results"),
            path("<int:page_id>/export.csv", views.export_csv, name="export_csv"),
            path("<int:page_id>/export.xlsx", views.export_xlsx, name="export_xlsx"),
            path("<int:page_id>/report.pdf", views.report_pdf, name="report_pdf"),
            path(
                "<int:page_id>/questions/<str:question_id>/answers/",
                views.OpenAnswersView.as_view(),
                name="open_answers",
            ),
            path("<int:page_id>/answers/<int:answer_id>/themes/", views.TagAnswerView.as_view(), name="tag_answer"),
            path("<int:page_id>/invitations/", views.InvitationCodesView.as_view(), name="invitations"),
            path("<int:page_id>/invitations/print/", views.print_codes, name="invitations_print"),
            path("<int:page_id>/contacts/", views.ContactsView.as_view(), name="contacts"),
            path("exports/", views.ExportListView.as_view(), name="exports"),
            path("exports/<int:pk>/download/", views.download_export, name="export_download"),
        ]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class SurveysMenu(SnippetViewSetGroup):
    menu_label = _("Surveys")
    menu_name = "surveys"
    menu_icon = "list-ul"
    menu_order = 250
    submenu_hook = SURVEYS_MENU_HOOK
    items = (SurveyResultsViewSet, ThemeViewSet)


register_snippet(SurveysMenu)


@hooks.register(HOME_SECTIONS)
def open_surveys_section(home_page, request):
    """The surveys open now, in the home page's language: the quickest way for a family to be heard.

    Cached with the home page until content changes (home.site_chrome); a survey that closes in the
    meantime says so politely on its own page.
    """
    now = timezone.now()
    surveys = list(
        SurveyPage.objects.live()
        .public()
        .filter(locale_id=home_page.locale_id)
        .filter(Q(opens_at__isnull=True) | Q(opens_at__lte=now), Q(closes_at__isnull=True) | Q(closes_at__gt=now))
        .order_by("closes_at", "-first_published_at")[:2]
    )
    if not surveys:
        return None
    return HomeSection("engagement/surveys/includes/open_surveys_section.html", {"surveys": surveys}, order=25)
