from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import FooterContent, NavigationMenu, NewsTopic


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
