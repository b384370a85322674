from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.admin_views import TranslationStatusReportView
from home.home_sections import HOOK_NAME as HOME_SECTIONS
from home.home_sections import HomeSection
from home.models import FooterContent, NavigationMenu, NewsPage, NewsTopic


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


class SiteContentViewSetGroup(SnippetViewSetGroup):
    """Everything that appears around the pages rather than in one of them."""

    menu_label = _("Site content")
    menu_icon = "site"
    menu_order = 300
    items = (NavigationMenuViewSet, FooterContentViewSet, NewsTopicViewSet)


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
