"""The personal-stories part of the demo: themes, eight stories in every language, a few stories
waiting for moderation, the "You said, we proposed" page, and links from the demo proposals to
their themes.

``manage.py load_demo_content`` runs ``StoriesDemoLoader`` after the proposals loader, in the same
transaction. Like the others it is idempotent: themes are found by slug, pages by slug under their
parent, pending stories by a fixed submission token, and a proposal that already names a theme is
left as it is. Texts are in ``demo_text``; pages and snippets are translated through wagtail-localize
(``home.demo.translate``).
"""

import uuid

from wagtail.models import Page

from engagement.models.stories import StoryIndexPage, StoryPage, StorySubmission, YouSaidWeProposedPage
from engagement.models.themes import Theme
from engagement.stories import demo_text
from home.demo import content as home_content
from home.demo.feature import FeatureDemoLoader
from home.demo.pages import existing_or_new_page, publish_created_pages
from home.demo.spec import SOURCE_LANGUAGE, PageSpec, Text, localize
from home.demo.translate import translate_object
from proposals.demo import content as proposals_content
from proposals.models import ProposalCommunityInput, ProposalPage
from proposals.models.proposals import CommunityInputKind

PAGE_MODELS = {model.__name__: model for model in (StoryIndexPage, StoryPage, YouSaidWeProposedPage)}
# Pending stories get stable tokens, so a second run finds them.
TOKEN_NAMESPACE = uuid.UUID("0c6f6d1e-5a43-4f0e-8b57-3c1d2e9a7b10")


def story_pages():
    """The story index with its eight stories, and the "You said, we proposed" page."""
    stories = [
        PageSpec(
            model="StoryPage",
            slug=item["slug"],
            title=item["title"],
            fields={
                # A name is the same in every language; an anonymous story has none to translate.
                "storyteller": Text.same(item["storyteller"]) if item["storyteller"] else "",
                "storyteller_role": item["role"],
                "summary": item["summary"],
                "story": item["story"],
            },
        )
        for item in demo_text.STORIES
    ]
    index = PageSpec(
        model="StoryIndexPage",
        slug=demo_text.INDEX_SLUG,
        title=demo_text.INDEX_TITLE,
        fields={"intro": demo_text.INDEX_INTRO},
        children=stories,
    )
    you_said = PageSpec(
        model="YouSaidWeProposedPage",
        slug=demo_text.YOU_SAID_SLUG,
        title=demo_text.YOU_SAID_TITLE,
        fields={"intro": demo_text.YOU_SAID_INTRO},
    )
    return [index, you_said]


class StoriesDemoLoader(FeatureDemoLoader):
    """Loads the stories demo under the home page that ``home_loader`` has loaded."""

    def __init__(self, home_loader):
        super().__init__(home_loader)
        self.pages_by_slug = {}
        self.created_page_ids = set()
        self.themes = {}
        self.submissions_created = 0
        self.proposal_links_created = 0

    def load(self):
        report = self.summary.translation
        self.themes = {
            slug: self._theme(slug, name, description) for slug, (name, description) in demo_text.THEMES.items()
        }

        home_spec = home_content.HOME
        home = Page.objects.get(pk=self.home_loader.pages_by_slug[home_spec.slug].pk).specific
        pages = self._page_tree(home, story_pages())
        # Parents before children: a translated page is created under its translated parent.
        for spec, page in pages:
            translate_object(page, self.home_loader.page_values(spec, page), self.target_locales, report)
        # New children change the home page's source for wagtail-localize: sync it now (see ProposalsDemoLoader).
        translate_object(home, self.home_loader.page_values(home_spec, home), self.target_locales, report)
        self.summary.pages.extend(page for _spec, page in pages)

        self._link_proposals_to_themes()
        self.submissions_created = self._pending_submissions()
        return self.summary

    # Themes

    def _theme(self, slug, name, description):
        """The theme with this slug (the listening demo may have made it first), translated into every language."""
        theme = Theme.objects.filter(slug=slug, locale=self.source_locale).first()
        if theme is None:
            theme = Theme.objects.create(
                slug=slug,
                name=name[SOURCE_LANGUAGE],
                description=description[SOURCE_LANGUAGE],
                locale=self.source_locale,
            )
            self.summary.snippets_created += 1
        if theme.name == name[SOURCE_LANGUAGE] and theme.description in ("", description[SOURCE_LANGUAGE]):
            # Ours to translate; a theme someone wrote differently keeps its own translations.
            values = [name, description] if theme.description else [name]
            translate_object(theme, values, self.target_locales, self.summary.translation)
        return theme

    # Pages

    def _page_tree(self, home, roots):
        stories_by_slug = {item["slug"]: item for item in demo_text.STORIES}
        pages = []
        for root in roots:
            for spec, parent_spec in root.walk():
                parent = home if parent_spec is None else self.pages_by_slug[parent_spec.slug]
                page = existing_or_new_page(
                    parent, spec, PAGE_MODELS[spec.model], self.source_locale, localize(spec.fields, SOURCE_LANGUAGE)
                )
                if page.pk is None:
                    if spec.slug in stories_by_slug:
                        page.themes = [self.themes[slug] for slug in stories_by_slug[spec.slug]["themes"]]
                    parent.add_child(instance=page)
                    self.created_page_ids.add(page.pk)
                self.pages_by_slug[spec.slug] = page
                pages.append((spec, page))
        return publish_created_pages(pages, self.created_page_ids, self._page_id, self.summary)

    def _page_id(self, slug):
        return self.pages_by_slug[slug].pk

    # Proposals

    def _link_proposals_to_themes(self):
        """Each demo proposal names the theme it answers ("What we heard"), in every language.

        The link is added to the English proposal, which is published again and re-translated (an
        amended proposal still shows what changed: proposals.diff looks back to the last different
        wording).
        """
        specs = {spec.slug: spec for root in proposals_content.PAGES for spec, _parent in root.walk()}
        for proposal_slug, theme_slug in demo_text.PROPOSAL_THEMES.items():
            theme = self.themes[theme_slug]
            proposal = (
                ProposalPage.objects.filter(slug=proposal_slug, locale=self.source_locale).order_by("path").first()
            )
            if proposal is None or proposal.community_inputs.filter(theme=theme).exists():
                continue
            self._add_theme_input(proposal, specs[proposal_slug], theme, demo_text.THEME_HEARD[theme_slug])
            self.proposal_links_created += 1

    def _add_theme_input(self, proposal, spec, theme, heard):
        values = [*self.home_loader.page_values(spec, proposal), heard]
        report = self.summary.translation
        inputs = list(proposal.community_inputs.all())
        proposal.community_inputs = [
            *inputs,
            ProposalCommunityInput(
                sort_order=len(inputs),
                kind=CommunityInputKind.LISTENING_THEME,
                summary=heard[SOURCE_LANGUAGE],
                theme=theme,
                locale=self.source_locale,
            ),
        ]
        proposal.save_revision().publish()
        translate_object(proposal, values, self.target_locales, report)

    # The moderation queue

    def _pending_submissions(self):
        created = 0
        for item in demo_text.PENDING:
            token = uuid.uuid5(TOKEN_NAMESPACE, item["key"])
            _submission, was_created = StorySubmission.objects.get_or_create(
                submission_token=token,
                defaults={
                    "shown_name": item["shown_name"],
                    "role": item["role"],
                    "language": item["language"],
                    "title": item["title"],
                    "story": item["story"],
                    "consent_to_publish": True,
                    "consent_to_contact": bool(item["email"]),
                    "contact_name": item["contact_name"],
                    "email": item["email"],
                },
            )
            created += was_created
        return created
