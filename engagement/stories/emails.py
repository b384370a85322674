"""The storyteller's e-mail when their story is published, in the language they wrote in.

Storytellers need no account, so, as with the compact (``engagement.compact.emails``), the message
goes to the address on the submission. It is a pair of templates under ``engagement/stories/emails/``
(``published_subject.txt``, ``published_body.txt``) rendered with the storyteller's language active.
"""

from engagement.models.stories import StoryPage
from home.emails import send_in_language, site_url, supported_language

TEMPLATE_DIR = "engagement/stories/emails"


def story_in_language(page, language):
    """The live translation of ``page`` in ``language``; else ``page`` itself (a story approved under
    the English index, because its language had no index, may have no translation)."""
    if page.locale.language_code == language:
        return page
    translation = StoryPage.objects.live().filter(translation_key=page.translation_key, locale__language_code=language)
    return translation.first() or page


def page_url(page):
    url = page.get_url()
    if not url:
        return site_url()
    return url if url.startswith("http") else f"{site_url()}{url}"


def story_published(submission, page):
    """Thank the storyteller and give them the address of their published story."""
    language = supported_language(submission.language)
    story = story_in_language(page, language)
    context = {"name": submission.contact_name or submission.shown_name, "story": story, "story_url": page_url(story)}
    return send_in_language(language, submission.email, TEMPLATE_DIR, "published", context)
