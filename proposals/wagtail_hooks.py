from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.home_sections import HOOK_NAME as HOME_SECTIONS
from home.home_sections import HomeSection
from proposals.models import ProposalIndexPage, ProposalPage, ProposalTopic


class ProposalTopicViewSet(SnippetViewSet):
    model = ProposalTopic
    icon = "tag"
    menu_label = ProposalTopic._meta.verbose_name_plural
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


register_snippet(ProposalTopicViewSet)


@hooks.register(HOME_SECTIONS)
def latest_proposals_section(home_page, request):
    """The proposals that moved most recently, so visitors see bargaining is alive."""
    proposals = (
        ProposalPage.objects.live()
        .public()
        .filter(locale_id=home_page.locale_id)
        .select_related("locale")
        .order_by("-last_published_at")[:3]
    )
    index = ProposalIndexPage.objects.live().filter(locale_id=home_page.locale_id).first()
    return HomeSection(
        "proposals/includes/latest_proposals_section.html", {"proposals": proposals, "index": index}, order=20
    )
