from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from proposals.models import ProposalTopic


class ProposalTopicViewSet(SnippetViewSet):
    model = ProposalTopic
    icon = "tag"
    menu_label = ProposalTopic._meta.verbose_name_plural
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


register_snippet(ProposalTopicViewSet)
