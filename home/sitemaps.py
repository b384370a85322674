from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Every live page in every language, each with its translations as hreflang alternates.

    Wagtail's own sitemap lists only the default site's tree, which is the source language's.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        language_roots = Page.objects.filter(translation_key=root.translation_key)
        in_a_language_tree = Q()
        for language_root in language_roots:
            in_a_language_tree |= Q(path__startswith=language_root.path)
        return (
            Page.objects.filter(in_a_language_tree)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .select_related("locale")
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        pages_by_key = {}
        for item in self.paginator.page(page).object_list:
            pages_by_key.setdefault(item.translation_key, []).append(item)
        locations = {}
        for group in pages_by_key.values():
            alternates = [
                {"location": item.get_full_url(self.request), "lang_code": item.locale.language_code} for item in group
            ]
            for alternate in alternates:
                locations[alternate["location"]] = alternates
        for url in urls:
            url["alternates"] = locations.get(url["location"], [])
        return urls
