"""Browser journeys: Debian's Chromium, driven by Playwright, against pytest-django's live server."""

import os
from pathlib import Path

from django.utils import translation

import pytest

from tests.factories import make_multilingual_news_site

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Long enough for a slow CI machine, short enough that a broken page fails the run quickly.
TIMEOUT_MS = 15_000
# What the accessibility checks fail on; axe's "minor" and "moderate" findings are left to review.
BLOCKING_IMPACTS = {"serious", "critical"}

# axe-core's icon-font heuristic takes words of a connected script (Arabic) for ligature icons, so
# its color-contrast rule silently skips most Arabic text. This rule runs the same contrast check
# on every visible element that holds text, whatever its script.
CONTRAST_FOR_EVERY_SCRIPT = """
;axe.configure({
  rules: [{
    id: "color-contrast-every-script",
    selector: "body *",
    tags: ["wcag2aa", "wcag143"],
    matches: function (node) {
      var controls = ["input", "select", "textarea", "option", "script", "style", "noscript"];
      var holdsText = Array.prototype.some.call(node.childNodes, function (child) {
        return child.nodeType === Node.TEXT_NODE && child.nodeValue.trim() !== "";
      });
      return holdsText && controls.indexOf(node.localName) === -1 && axe.commons.dom.isVisibleOnScreen(node);
    },
    any: ["color-contrast"],
    metadata: {
      description: "Ensure text in every script, Arabic included, has enough contrast with its background",
      help: "Elements must meet minimum color contrast ratio thresholds (checked for every script)",
      helpUrl: "https://dequeuniversity.com/rules/axe/4.12/color-contrast",
    },
  }],
});
"""


def pytest_collection_modifyitems(config, items):
    """Skip the browser tests, with the reason, on a machine without Chromium."""
    if CHROMIUM.exists():
        return
    no_chromium = pytest.mark.skip(reason=f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(no_chromium)


@pytest.fixture(scope="module")
def browser(django_db_setup):
    """Chromium for the tests of one module; each test opens its own contexts (cookies, viewport).

    While Playwright's sync API is started, an asyncio event loop counts as running in the test
    thread, which changes how Django treats the thread. It refuses queries, taking them for async
    code: DJANGO_ALLOW_ASYNC_UNSAFE lets the synchronous tests through. It keeps connections per
    context instead of per thread, so the tests get connections that do not hold the copy of the
    migrated data that serialized rollback restores: it is handed over from the thread's. Both last
    only as long as the module, so that the tests after it run as usual (the variable also fails
    ``check --deploy`` in any subprocess that inherits it).
    """
    from django.db import connections

    from playwright.sync_api import sync_playwright

    migrated_data = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        for alias, contents in migrated_data.items():
            connections[alias]._test_serialized_contents = contents
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
        # PostgreSQL cannot drop the test database at the end while these stay open.
        connections.close_all()


@pytest.fixture
def new_page(browser, live_server):
    """Open pages in fresh browser contexts aimed at the live server: ``new_page(viewport=...)``."""
    contexts = []

    def open_page(**context_options):
        context = browser.new_context(base_url=live_server.url, **context_options)
        context.set_default_timeout(TIMEOUT_MS)
        # The site has no favicon yet. Chromium asks for one after each page, and the 404 page it
        # gets would query the database in the live server while the test goes on to the next page.
        context.route("**/favicon.ico", lambda route: route.fulfill(status=404))
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A page in a desktop-sized window, with JavaScript on."""
    return new_page(viewport={"width": 1280, "height": 800})


@pytest.fixture(scope="session")
def axe():
    """axe-core, with the contrast rule for every script added to its own rules."""
    from axe_playwright_python.sync_playwright import Axe

    return Axe(axe_script=Axe().axe_script + CONTRAST_FOR_EVERY_SCRIPT)


@pytest.fixture
def assert_no_serious_violations(axe):
    """Fail, listing what to fix, if axe-core finds anything serious or critical on a page:
    ``assert_no_serious_violations(page)``."""

    def check(page):
        violations = [
            violation for violation in axe.run(page).response["violations"] if violation["impact"] in BLOCKING_IMPACTS
        ]
        if violations:
            pytest.fail(f"axe found problems on {page.url}:\n{describe_violations(violations)}")

    return check


def describe_violations(violations):
    """Each violation with its rule, what to fix and where: one line per element (its CSS path)."""
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"]:
            target = " > ".join(map(str, node["target"]))
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {target}: {summary}")
    return "\n".join(lines)


@pytest.fixture
def ui_text():
    """A UI string as the site shows it in a language: ``ui_text("ar", "Languages")``.

    Tests find the switcher and the search box by their accessible names, which are translated.
    """

    def in_language(language, message):
        with translation.override(language):
            return translation.gettext(message)

    return in_language


@pytest.fixture
def site_pages(live_server, django_db_serialized_rollback):
    """Home, news index and three news items in all seven languages, with a menu and a footer.

    The live server needs a transactional database, which is emptied after each test, migration
    data included; the serialized rollback puts the locales and the root page back first.
    """
    return make_multilingual_news_site()
