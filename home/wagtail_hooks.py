from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import PageViewRestriction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home import audit
from home.admin_views import TranslationStatusReportView
from home.home_sections import HOOK_NAME as HOME_SECTIONS
from home.home_sections import HomeSection
from home.models import FooterContent, NavigationMenu, NewsPage, NewsTopic, School


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class FooterContentViewSet(SnippetViewSet):
    model = FooterContent
    icon = "doc-full"
    list_display = ["slug", "locale"]
    list_filter = ["locale"]


class NewsTopicViewSet(SnippetViewSet):
    model = NewsTopic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class SchoolViewSet(SnippetViewSet):
    """The district's schools and worksites, which profiles, surveys and the networks refer to."""

    model = School
    icon = "home"
    list_display = ["name", "kind", "neighbourhood"]
    list_filter = ["kind"]
    search_fields = ["name", "neighbourhood", "address"]
    ordering = ["name"]


class SiteContentViewSetGroup(SnippetViewSetGroup):
    """Everything that appears around the pages rather than in one of them."""

    menu_label = _("Site content")
    menu_icon = "site"
    menu_order = 300
    items = (NavigationMenuViewSet, FooterContentViewSet, NewsTopicViewSet, SchoolViewSet)


register_snippet(SiteContentViewSetGroup)


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [path("reports/translation-status/", TranslationStatusReportView.as_view(), name="translation_status")]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="wagtail-localize-language", order=50
    )


@hooks.register(HOME_SECTIONS)
def latest_news_section(home_page, request):
    items = NewsPage.objects.live().public().filter(locale_id=home_page.locale_id).order_by("-date", "-pk")[:3]
    return HomeSection("home/includes/latest_news_section.html", {"items": items}, order=40)


@hooks.register("register_log_actions")
def register_personal_data_log_actions(actions):
    audit.register_actions(actions)


@hooks.register("on_serve_page", order=-1)
def forbid_pages_of_other_groups(callback):
    """A signed-in person outside the groups a page is restricted to gets "forbidden", not a sign-in page
    (Wagtail sends them to sign in again, which they already are). Runs before Wagtail's own check."""

    def serve(page, request, serve_args, serve_kwargs):
        if request.user.is_authenticated:
            for restriction in page.get_view_restrictions():
                if restriction.restriction_type == PageViewRestriction.GROUPS and not restriction.accept_request(
                    request
                ):
                    raise PermissionDenied
        return callback(page, request, serve_args, serve_kwargs)

    return serve
