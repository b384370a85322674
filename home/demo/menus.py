"""Linking feature pages from the demo's menus, after the home loader made the menus."""

from wagtail.models import Locale

from home.demo import content as home_content
from home.demo.spec import LANGUAGE_CODES, SOURCE_LANGUAGE
from home.demo.translate import translate_object
from home.models import NavigationItem, NavigationMenu


def link_from_menu(menu_slug, pages, home_loader, after_page=None):
    """Add ``pages`` (source-language pages) to the menu, after ``after_page`` or at the end, skipping
    pages it links already; then translate the menu again so every language links its own pages."""
    source_locale = home_loader.source_locale
    menu = NavigationMenu.objects.filter(slug=menu_slug, locale=source_locale).first()
    if menu is None or not pages:
        return 0
    items = list(NavigationItem.objects.filter(menu=menu).order_by("sort_order", "pk"))
    linked = {item.link_page_id for item in items}
    new_items = [
        NavigationItem(menu=menu, link_page=page, locale=source_locale) for page in pages if page.pk not in linked
    ]
    if not new_items:
        return 0
    position = next(
        (i + 1 for i, item in enumerate(items) if after_page and item.link_page_id == after_page.pk), len(items)
    )
    for sort_order, item in enumerate([*items[:position], *new_items, *items[position:]]):
        if item.pk is None or item.sort_order != sort_order:
            item.sort_order = sort_order
            item.save()
    spec = next(spec for spec in home_content.MENUS if spec.slug == menu_slug)
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=LANGUAGE_CODES)}
    target_locales = [locales[code] for code in LANGUAGE_CODES if code != SOURCE_LANGUAGE]
    translate_object(menu, spec.translatable_values(), target_locales, home_loader.summary.translation)
    return len(new_items)


class FeatureLinksDemoLoader:
    """Runs last: links each feature's front page from the footer menu, so a visitor finds them all.

    The main menu keeps the union's own pages (about, vision, platform, proposals, bargaining...).
    """

    # Page types whose first source-language page is linked, in this order.
    FOOTER_PAGE_TYPES = (
        "engagement.ListeningSessionIndexPage",
        "engagement.SurveyIndexPage",
        "engagement.StoryIndexPage",
        "engagement.YouSaidWeProposedPage",
        "engagement.CompactPage",
        "engagement.MentorNetworkPage",
        "learning.CatalogPage",
    )

    def __init__(self, home_loader):
        self.home_loader = home_loader

    def load(self):
        from django.apps import apps

        pages = []
        for label in self.FOOTER_PAGE_TYPES:
            model = apps.get_model(label)
            page = model.objects.live().filter(locale=self.home_loader.source_locale).order_by("path").first()
            if page is not None:
                pages.append(page)
        return link_from_menu("footer", pages, self.home_loader)
