"""Build the proposals demo: vision, platform, proposals, bargaining sessions and the agreement.

Runs after ``home.demo.loader.DemoLoader``, in the same transaction, and adds to its summary and
translation report. Like it, it is idempotent: pages (found by slug under their parent) and topics
(by slug) that exist are kept as they are, so a second run creates nothing and edits made in the
admin survive. Translation goes through ``home.demo.translate``, as for the home pages.
"""

from home.demo import content as home_content
from home.demo.feature import FeatureDemoLoader
from home.demo.menus import link_from_menu
from home.demo.pages import existing_or_new_page, publish_created_pages
from home.demo.spec import SOURCE_LANGUAGE, localize
from home.demo.translate import translate_object
from proposals.demo import content
from proposals.demo.spec import PlatformSpec, ProposalSpec, SessionSpec
from proposals.models import (
    AgreementPage,
    BargainingIndexPage,
    BargainingSessionPage,
    PlatformPage,
    PlatformPlank,
    ProposalCommunityInput,
    ProposalIndexPage,
    ProposalPage,
    ProposalStatusChange,
    ProposalTopic,
    VisionPage,
)

PAGE_MODELS = {
    model.__name__: model
    for model in (
        VisionPage,
        PlatformPage,
        ProposalIndexPage,
        ProposalPage,
        BargainingIndexPage,
        BargainingSessionPage,
        AgreementPage,
    )
}
MAIN_MENU = "main"


class ProposalsDemoLoader(FeatureDemoLoader):
    """Loads ``proposals.demo.content`` under the home page that ``home_loader`` has just loaded.

    Proposals and the agreement come under the "Bargaining approval" workflow as soon as they
    exist; the demo publishes them directly (``revision.publish()``), as a Bargaining lead may.
    """

    def __init__(self, home_loader):
        super().__init__(home_loader)
        self.pages_by_slug = {}
        self.created_page_ids = set()

    def load(self):
        home = self.home_page()
        topics = [(spec, self._topic(spec)) for spec in content.TOPICS]
        pages = self._page_tree(home, {spec.slug: topic for spec, topic in topics})

        report = self.summary.translation
        for spec, topic in topics:
            translate_object(topic, spec.translatable_values(), self.target_locales, report)
        # Parents before children: a translated page is created under its translated parent.
        for spec, page in pages:
            self._translate_page(spec, page)
        # wagtail-localize compares a page's whole content, tree fields included: new children make
        # the home page's source differ from what the home loader translated. Sync it now (a no-op
        # when nothing was added), or the next run would do it and create new revisions.
        translate_object(home, self.home_loader.page_values(home_content.HOME, home), self.target_locales, report)
        # Last: the translated menus link to the translated pages.
        self._add_to_main_menu()

        self.summary.pages.extend(page for _spec, page in pages)
        return self.summary

    # Pages

    def _page_tree(self, home, topics_by_slug):
        """The English pages, parents first, creating the missing ones (published once, below)."""
        pages = []
        for root in content.PAGES:
            for spec, parent_spec in root.walk():
                parent = home if parent_spec is None else self.pages_by_slug[parent_spec.slug]
                page = self._page(parent, spec, topics_by_slug)
                self.pages_by_slug[spec.slug] = page
                pages.append((spec, page))
        return publish_created_pages(pages, self.created_page_ids, self._page_id, self.summary)

    def _page(self, parent, spec, topics_by_slug):
        fields = localize(spec.fields, SOURCE_LANGUAGE, self._page_id)
        page = existing_or_new_page(parent, spec, PAGE_MODELS[spec.model], self.source_locale, fields)
        if page.pk is not None:
            return page
        if isinstance(spec, PlatformSpec):
            page.planks = [self._plank(plank, order) for order, plank in enumerate(spec.planks)]
        elif isinstance(spec, ProposalSpec):
            self._fill_proposal(page, spec, topics_by_slug)
        elif isinstance(spec, SessionSpec):
            page.proposals_discussed = [self.pages_by_slug[slug] for slug in spec.proposals_discussed]
        parent.add_child(instance=page)
        self.created_page_ids.add(page.pk)
        return page

    def _plank(self, spec, sort_order):
        # Inline children keep the order given: sort_order, as the admin's inline panel sets it.
        return PlatformPlank(
            sort_order=sort_order,
            title=spec.title[SOURCE_LANGUAGE],
            slug=spec.slug,
            summary=spec.summary[SOURCE_LANGUAGE],
            commitments=localize(spec.commitments_stream(), SOURCE_LANGUAGE),
            locale=self.source_locale,
        )

    def _fill_proposal(self, page, spec, topics_by_slug):
        platform = self.pages_by_slug[content.PLATFORM.slug]
        page.topic = topics_by_slug[spec.topic]
        page.plank = PlatformPlank.objects.get(page=platform, slug=spec.plank)
        if spec.first_contract_language is not None:
            # The later version is published once the first has been translated (_translate_page).
            page.contract_language = spec.first_contract_language.html(SOURCE_LANGUAGE)
        page.timeline = [
            ProposalStatusChange(sort_order=order, status=step.status, date=step.date, note=step.note[SOURCE_LANGUAGE])
            for order, step in enumerate(spec.timeline)
        ]
        page.community_inputs = [
            ProposalCommunityInput(
                sort_order=order,
                kind=item.kind,
                summary=item.summary[SOURCE_LANGUAGE],
                source_page_id=self._page_id(item.source.slug) if item.source else None,
            )
            for order, item in enumerate(spec.heard)
        ]

    def _page_id(self, slug):
        page = self.pages_by_slug.get(slug) or self.home_loader.pages_by_slug[slug]
        return page.pk

    def _translate_page(self, spec, page):
        values = self.home_loader.page_values(spec, page)
        report = self.summary.translation
        amended = isinstance(spec, ProposalSpec) and spec.first_contract_language is not None
        if amended and page.pk in self.created_page_ids:
            # Two published versions in every language, so the page shows what changed between them.
            translate_object(page, values, self.target_locales, report)
            page = ProposalPage.objects.get(pk=page.pk)
            page.contract_language = spec.fields["contract_language"].html(SOURCE_LANGUAGE)
            page.save_revision().publish()
        translate_object(page, values, self.target_locales, report)

    # Snippets

    def _topic(self, spec):
        topic = ProposalTopic.objects.filter(slug=spec.slug, locale=self.source_locale).first()
        if topic is None:
            topic = ProposalTopic.objects.create(
                name=spec.name[SOURCE_LANGUAGE], slug=spec.slug, locale=self.source_locale
            )
            self.summary.snippets_created += 1
        return topic

    def _add_to_main_menu(self):
        """Link the pages this run created from the main menu, after "About".

        Only pages created now: a link someone removed in the admin is not put back by another run.
        """
        new_pages = [
            self.pages_by_slug[slug]
            for slug in content.MAIN_MENU_PAGES
            if self.pages_by_slug[slug].pk in self.created_page_ids
        ]
        after = self.home_loader.pages_by_slug.get(content.MAIN_MENU_AFTER)
        link_from_menu(MAIN_MENU, new_pages, self.home_loader, after_page=after)
