"""Permission matrix rows.

Personal stories: the form, the moderation queue, story pages and the list, theme pages.
"""

from django.urls import reverse
from django.utils import translation

from home import roles
from tests.matrix.vocabulary import (
    NOT_FOUND,
    REDIRECT,
    SUPERUSER,
    Row,
    admin_area,
    but,
    everyone,
    page,
    public,
)


def build_stories(d):
    """A theme, the story index with a published and a draft story, the You-said page, a pending story."""
    from django.core.files.base import ContentFile

    from tests.engagement.stories.factories import (
        StoryIndexPageFactory,
        StorySubmissionFactory,
        YouSaidPageFactory,
        jpeg_bytes,
        make_story,
        make_theme,
    )

    theme = make_theme("matrix-class-size", "Class size", {"es": "Tamaño de las clases"})
    index = StoryIndexPageFactory(parent=d.pages["home_en"], slug="matrix-stories")
    d.pages["story_index"] = index
    d.pages["story"] = make_story(index, [theme], title="Thirty-four in a class", slug="thirty-four")
    draft = make_story(index, [theme], title="Not yet published", slug="story-draft")
    draft.unpublish()
    d.pages["story_draft"] = draft
    d.pages["you_said"] = YouSaidPageFactory(parent=d.pages["home_en"], slug="matrix-you-said")
    d.story_submission = StorySubmissionFactory(email="matrix-story@example.org")
    d.story_submission.photo.save("matrix.jpg", ContentFile(jpeg_bytes()), save=True)


BUILDERS = [build_stories]


def stories(name, *args):
    def build(d):
        with translation.override("en"):
            return reverse(f"stories:{name}", args=args)

    return build


def submission_admin(name, pk=None):
    return lambda d: reverse(f"story_submissions:{name}", args=[pk or d.story_submission.pk])


# The moderation queue: Communications (engagement.view/change_storysubmission in home.roles).
COMMUNICATIONS_ONLY = admin_area(allowed=(roles.COMMUNICATIONS,))

ROWS = [
    Row("tell your story", stories("tell"), public(), covers=("stories:tell",)),
    Row("send a story with nothing in it", stories("tell"), public(), method="post"),
    Row("thanks for your story", stories("thanks"), public(), covers=("stories:thanks",)),
    Row(
        "a theme and the proposals that answer it",
        stories("theme", "matrix-class-size"),
        public(),
        covers=("stories:theme",),
    ),
    Row("a theme that does not exist", stories("theme", "no-such-theme"), everyone(NOT_FOUND)),
    Row("the story index", page("story_index"), public(), covers=("engagement.StoryIndexPage",)),
    Row("the story index by theme", page("story_index", "?theme=matrix-class-size"), public()),
    Row("a story", page("story"), public(), covers=("engagement.StoryPage",)),
    Row("a story not yet published", page("story_draft"), everyone(NOT_FOUND)),
    Row("you said, we proposed", page("you_said"), public(), covers=("engagement.YouSaidWeProposedPage",)),
    Row(
        "story submissions (the moderation queue)",
        lambda d: reverse("story_submissions:index"),
        COMMUNICATIONS_ONLY,
        covers=("story_submissions:index",),
    ),
    Row(
        "story submissions (filtered results)",
        lambda d: reverse("story_submissions:index_results"),
        COMMUNICATIONS_ONLY,
        covers=("story_submissions:index_results",),
    ),
    Row(
        "a story submission with its contact details",
        submission_admin("inspect"),
        COMMUNICATIONS_ONLY,
        covers=("story_submissions:inspect",),
    ),
    Row(
        "a story submission's photo",
        submission_admin("photo"),
        COMMUNICATIONS_ONLY,
        covers=("story_submissions:photo",),
    ),
    Row(
        "moderate a story without a decision",
        submission_admin("moderate"),
        but(COMMUNICATIONS_ONLY, {roles.COMMUNICATIONS: REDIRECT, SUPERUSER: REDIRECT}),
        method="post",
        covers=("story_submissions:moderate",),
    ),
]
