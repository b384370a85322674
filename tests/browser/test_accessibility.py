"""axe-core finds nothing serious or critical on the pages every visitor reads, in every language."""

from django.conf import settings

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.factories import SITE_TEXT

pytestmark = pytest.mark.browser

LANGUAGES = [code for code, _name in settings.LANGUAGES]
BLOCKING_IMPACTS = {"serious", "critical"}
# One word of the second news title in each language, to search for.
SEARCH_WORDS = {"en": "library", "ar": "مواعيد"}

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
axe = Axe(axe_script=Axe().axe_script + CONTRAST_FOR_EVERY_SCRIPT)


def assert_no_serious_violations(page):
    violations = [
        violation for violation in axe.run(page).response["violations"] if violation["impact"] in BLOCKING_IMPACTS
    ]
    if violations:
        pytest.fail(f"axe found problems on {page.url}:\n{describe(violations)}")


def describe(violations):
    """Each violation with its rule, what to fix and where: one line per element (its CSS path)."""
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"]:
            target = " > ".join(map(str, node["target"]))
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {target}: {summary}")
    return "\n".join(lines)


def test_home_page_has_no_serious_violations_in_any_language(page, site_pages, subtests):
    for language in LANGUAGES:
        with subtests.test(language=language):
            page.goto(f"/{language}/")
            expect(page.get_by_role("heading", level=1)).to_have_text(SITE_TEXT[language]["home"])
            assert_no_serious_violations(page)


def test_news_pages_have_no_serious_violations(page, site_pages, subtests):
    news_pages = []
    for language in ("en", "ar"):
        index, item = site_pages["news_index"][language], site_pages["news"][0][language]
        news_pages += [(language, "index", index.url, index.title), (language, "item", item.url, item.title)]
    for language, kind, url, title in news_pages:
        with subtests.test(language=language, page=kind):
            page.goto(url)
            expect(page.get_by_role("heading", level=1)).to_have_text(title)
            assert_no_serious_violations(page)


def test_search_results_have_no_serious_violations(page, site_pages, subtests):
    for language, word in SEARCH_WORDS.items():
        expected_title = site_pages["news"][1][language].title
        with subtests.test(language=language):
            page.goto(f"/{language}/search/?q={word}")
            expect(page.locator(".search-results").get_by_role("link")).to_have_text([expected_title])
            assert_no_serious_violations(page)
