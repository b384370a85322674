"""What people said about each theme, and what the union proposed in answer: "You said, we proposed".

For each theme: the listening sessions that raised it (mentions, quotes), the open survey answers
tagged with it, the stories about it, and the proposals linked to it (``ProposalCommunityInput.theme``)
with their status and the latest bargaining session that discussed them.

Themes, stories, proposals and sessions are translatable: a relation points at the source-language
object in every translation (wagtail-localize's synchronised fields), so everything is matched by
``translation_key`` and shown in the visitor's language where a translation exists. The whole
overview costs a fixed number of queries, whatever the number of themes, stories or proposals.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db.models import Count

from wagtail.models import Page

from engagement.models.stories import StoryPage
from engagement.models.surveys import SurveyAnswer
from engagement.models.themes import Theme
from proposals.models import BargainingSessionPage, ProposalCommunityInput, ProposalPage, ProposalStatus

# How many quotes and stories the overview shows for a theme; its own page shows them all.
OVERVIEW_QUOTES = 1
OVERVIEW_STORIES = 3


@dataclass
class Quote:
    text: str
    mentions: int
    session: Page | None


@dataclass
class ProposalAnswer:
    proposal: ProposalPage
    summary: str
    latest_session: BargainingSessionPage | None = None

    @property
    def status_label(self):
        return ProposalStatus(self.proposal.status).label if self.proposal.status in ProposalStatus.values else ""


@dataclass
class ThemeSummary:
    theme: Theme
    mentions: int = 0
    sessions: int = 0
    quotes: list = field(default_factory=list)
    survey_answers: int = 0
    stories: list = field(default_factory=list)
    story_count: int = 0
    proposals: list = field(default_factory=list)

    @property
    def slug(self):
        return self.theme.slug

    @property
    def heard_count(self):
        return self.mentions + self.survey_answers + self.story_count

    @property
    def has_input(self):
        return bool(self.heard_count or self.proposals)


def preferred_translations(rows, locale_id, key=lambda row: row.translation_key, locale=lambda row: row.locale):
    """One row per translation key: the one in ``locale_id``, else the source language's, else the first.

    ``locale(row)`` is the row's Locale: select it with the rows, so that this costs no query.
    """
    chosen = {}
    for row in rows:
        current = chosen.get(key(row))
        if current is None or _rank(locale(row), locale_id) < _rank(locale(current), locale_id):
            chosen[key(row)] = row
    return chosen


def _rank(row_locale, locale_id):
    if row_locale.pk == locale_id:
        return 0
    return 1 if row_locale.language_code == settings.LANGUAGE_CODE else 2


def session_theme_model():
    """The listening sessions' theme rows (engagement.listening), or None before that feature exists."""
    try:
        return apps.get_model("engagement", "SessionTheme")
    except LookupError:
        return None


def theme_overview(locale, slug=None, quotes=OVERVIEW_QUOTES, stories=OVERVIEW_STORIES):
    """A ThemeSummary for each theme (or the one with ``slug``), in ``locale``, most talked-about first."""
    themes_qs = Theme.objects.select_related("locale")
    if slug is not None:
        themes_qs = themes_qs.filter(slug=slug)
    themes = preferred_translations(themes_qs, locale.pk)
    if not themes:
        return []
    summaries = {key: ThemeSummary(theme=theme) for key, theme in themes.items()}
    keys = list(summaries)
    _add_listening(summaries, keys, locale.pk, quotes)
    _add_survey_answers(summaries, keys)
    _add_stories(summaries, keys, locale.pk, stories)
    _add_proposals(summaries, keys, locale.pk)
    ordered = sorted(summaries.values(), key=lambda summary: (-summary.heard_count, summary.theme.name.casefold()))
    if slug is not None:
        return ordered
    return [summary for summary in ordered if summary.has_input]


def _add_listening(summaries, keys, locale_id, quote_limit):
    model = session_theme_model()
    if model is None:
        return
    rows = list(
        model.objects.filter(theme__translation_key__in=keys, page__live=True).select_related("theme", "locale")
    )
    chosen = preferred_translations(rows, locale_id).values()
    page_ids = {row.page_id for row in chosen if row.quote}
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).live().public()} if page_ids else {}
    for row in sorted(chosen, key=lambda row: -(row.mentions or 0)):
        summary = summaries[row.theme.translation_key]
        summary.mentions += row.mentions or 0
        summary.sessions += 1
        if row.quote and len(summary.quotes) < (quote_limit or 10**6):
            summary.quotes.append(Quote(text=row.quote, mentions=row.mentions or 0, session=pages.get(row.page_id)))


def _add_survey_answers(summaries, keys):
    through = SurveyAnswer.themes.through
    counts = (
        through.objects.filter(theme__translation_key__in=keys)
        .values("theme__translation_key")
        .annotate(answers=Count("surveyanswer_id", distinct=True))
        .order_by()
    )
    for row in counts:
        summaries[row["theme__translation_key"]].survey_answers += row["answers"]


def _add_stories(summaries, keys, locale_id, story_limit):
    links = list(
        StoryPage.themes.through.objects.filter(theme__translation_key__in=keys, storypage__live=True).values_list(
            "storypage_id", "theme__translation_key"
        )
    )
    if not links:
        return
    story_ids = {story_id for story_id, _key in links}
    stories = preferred_translations(
        StoryPage.objects.live()
        .public()
        .filter(pk__in=story_ids)
        .select_related("photo", "locale")
        .order_by("-first_published_at"),
        locale_id,
    )
    by_id = {story.pk: story for story in stories.values()}
    keys_of_story = defaultdict(set)
    for story_id, theme_key in links:
        if story_id in by_id:
            keys_of_story[story_id].add(theme_key)
    newest_first = sorted(
        by_id.values(), key=lambda story: story.first_published_at or story.latest_revision_created_at, reverse=True
    )
    for story in newest_first:
        for theme_key in keys_of_story[story.pk]:
            summaries[theme_key].stories.append(story)
    for summary in summaries.values():
        summary.story_count = len(summary.stories)
        if story_limit:
            summary.stories = summary.stories[:story_limit]


def _published(story):
    return story.first_published_at or story.latest_revision_created_at


def _published(story):
    return story.first_published_at or story.latest_revision_created_at


def _add_proposals(summaries, keys, locale_id):
    inputs = list(
        ProposalCommunityInput.objects.filter(
            theme__translation_key__in=keys, page__in=ProposalPage.objects.live().public()
        )
        .select_related("page", "page__locale", "theme")
        .order_by("page__article_sort_key", "page__title", "sort_order")
    )
    # One input per proposal and theme, in the visitor's language where the proposal is translated.
    chosen = preferred_translations(
        inputs,
        locale_id,
        key=lambda item: (item.page.translation_key, item.theme.translation_key),
        locale=lambda item: item.page.locale,
    )
    answers = []
    for item in inputs:
        if chosen.get((item.page.translation_key, item.theme.translation_key)) is item:
            answer = ProposalAnswer(proposal=item.page, summary=item.summary)
            summaries[item.theme.translation_key].proposals.append(answer)
            answers.append(answer)
    _add_latest_sessions(answers, locale_id)


def _add_latest_sessions(answers, locale_id):
    if not answers:
        return
    through = BargainingSessionPage.proposals_discussed.through
    rows = list(
        through.objects.filter(
            proposalpage__translation_key__in={answer.proposal.translation_key for answer in answers},
            bargainingsessionpage__in=BargainingSessionPage.objects.live().public(),
        ).select_related("bargainingsessionpage__locale", "proposalpage")
    )
    # The latest session of each proposal (by date), then that session in the visitor's language.
    latest = {}
    for row in rows:
        key, session = row.proposalpage.translation_key, row.bargainingsessionpage
        if key not in latest or session.date > latest[key].date:
            latest[key] = session
    sessions = preferred_translations(
        (row.bargainingsessionpage for row in rows), locale_id, key=lambda session: session.translation_key
    )
    for answer in answers:
        session = latest.get(answer.proposal.translation_key)
        if session is not None:
            answer.latest_session = sessions[session.translation_key]
