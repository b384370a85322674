"""The story index: its published stories, a page at a time, filtered by theme (``?theme=<slug>``)."""

import re
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Prefetch

from engagement.models.stories import StoryPage
from engagement.models.themes import Theme
from home.localization import localize_all
from home.query import query_text

from .overview import preferred_translations

SLUG = re.compile(r"[-\w]+")


def is_slug(value):
    return bool(SLUG.fullmatch(value))


def themes_in(locale_id):
    """Every theme once, in the given locale where it is translated, by name."""
    themes = preferred_translations(Theme.objects.select_related("locale"), locale_id).values()
    return sorted(themes, key=lambda theme: theme.name.casefold())


def story_listing(index, request):
    """Context for the StoryIndexPage: a fixed number of queries, whatever the number of stories."""
    theme_slug = query_text(request, "theme")
    stories = (
        StoryPage.objects.child_of(index)
        .live()
        .public()
        .select_related("photo")
        .prefetch_related(Prefetch("themes", queryset=Theme.objects.order_by("name")))
        .order_by("-first_published_at", "-pk")
    )
    themes = themes_in(index.locale_id)
    if theme_slug:
        # Anything but a slug (a NUL byte, which PostgreSQL refuses in a query) matches no theme.
        stories = stories.filter(themes__slug=theme_slug).distinct() if is_slug(theme_slug) else stories.none()
    paginator = Paginator(stories, index.per_page)
    try:
        page_of_stories = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page_of_stories = paginator.page(1)
    story_list = list(page_of_stories)
    # Each story's themes point at the source-language themes: show their translations (one query).
    all_themes = [theme for story in story_list for theme in story.themes.all()]
    translated = iter(localize_all(all_themes, index.locale_id))
    rows = [(story, [next(translated) for _theme in story.themes.all()]) for story in story_list]
    return {
        "stories": page_of_stories,
        "story_rows": rows,
        "themes": themes,
        "current_theme": next((theme for theme in themes if theme.slug == theme_slug), None),
        "theme_slug": theme_slug,
        "filter_query": urlencode({"theme": theme_slug}) if theme_slug else "",
    }
