"""What the home page shows below its lead: each feature adds its own section.

A feature registers a function with the ``home_page_sections`` Wagtail hook; it receives the home
page and the request and returns a ``HomeSection`` (or None when it has nothing to show). The
news, the latest proposals, the current survey and the next listening session each come from the
app that owns them, so the home app never imports the others. Sections are the same for every
visitor: the home page caches them until content changes or PAGE_CACHE_SECONDS pass
(home.site_chrome), so a section must not depend on who is asking.
"""

from dataclasses import dataclass, field

from wagtail import hooks

HOOK_NAME = "home_page_sections"


@dataclass(frozen=True)
class HomeSection:
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


def home_sections(home_page, request):
    sections = [section_for(home_page, request) for section_for in hooks.get_hooks(HOOK_NAME)]
    return sorted((section for section in sections if section is not None), key=lambda section: section.order)
