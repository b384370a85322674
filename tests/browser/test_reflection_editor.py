"""The reflection's editor in the browser.

An educator formats her reflection with the toolbar and the keyboard (bold, a bulleted list, a
link), saves it, and finds the formatting on the entry; what she pastes from another document comes
in without its scripts and styles; her saved formatting comes back when she edits the entry. The
editor passes axe-core in English and Arabic, mirrors right to left, fits a 320 px phone, and
without JavaScript the plain textarea still saves paragraphs.
"""

import re

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from learning.models.portfolios import PortfolioEntry
from tests.browser.screens import SMALL_PHONE, assert_no_sideways_scroll
from tests.learning.portfolios.factories import EducatorFactory, EntryFactory

pytestmark = pytest.mark.browser

PASSWORD = "a-long-test-password"
DESKTOP = {"width": 1280, "height": 900}

# What a copy from Google Docs puts on the clipboard, plus what an attacker would add to it.
PASTED_HTML = (
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">'
    '<p dir="ltr" style="line-height:1.38"><span style="font-weight:700">Pasted</span> '
    '<span style="font-style:italic" onclick="window.pwned = 1">words</span></p>'
    '<script>window.pwned = 2</script><img src="/nowhere.png" onerror="window.pwned = 3"></b>'
)


@pytest.fixture
def educator(site_pages):
    educator = EducatorFactory(email="layla@example.org", first_name="Layla", last_name="Haddad")
    EmailAddress.objects.create(user=educator, email=educator.email, verified=True, primary=True)
    return educator


def sign_in(page, email):
    page.goto("/en/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))


def signed_in_page(new_page, educator, **options):
    page = new_page(**{"viewport": DESKTOP, **options})
    sign_in(page, educator.email)
    return page


def select_previous_word(page):
    page.keyboard.press("Control+Shift+ArrowLeft")


def paste(region, html):
    """Paste as the browser does from the clipboard (which a headless browser has not got)."""
    region.evaluate(
        """(region, html) => {
            const data = new DataTransfer();
            data.setData("text/html", html);
            data.setData("text/plain", "Pasted words");
            region.dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true}));
        }""",
        html,
    )


def test_an_educator_formats_her_reflection_and_finds_it_on_the_entry(new_page, educator, assert_no_serious_violations):
    page = signed_in_page(new_page, educator)
    page.goto("/en/portfolio/entries/new/")
    region = page.get_by_role("textbox", name="Reflection")
    expect(region).to_be_visible()
    expect(page.locator("textarea[name=reflection]")).to_be_hidden()
    assert_no_serious_violations(page)
    page.get_by_label("Title").fill("Number talks")

    # Bold with Ctrl+B while typing, then with the toolbar's button on a chosen word.
    region.click()
    bold = page.get_by_role("button", name="Bold")
    page.keyboard.type("Photos made the quiet students ")
    page.keyboard.press("Control+b")
    expect(bold).to_have_attribute("aria-pressed", "true")
    page.keyboard.type("talk")
    page.keyboard.press("Control+b")
    expect(bold).to_have_attribute("aria-pressed", "false")
    page.keyboard.type(" and laugh")
    select_previous_word(page)
    bold.click()
    expect(bold).to_have_attribute("aria-pressed", "true")
    page.keyboard.press("End")
    page.keyboard.press("Control+b")  # what comes next is not bold
    expect(bold).to_have_attribute("aria-pressed", "false")

    # A bulleted list, left with a second Enter.
    page.keyboard.press("Enter")
    bullets = page.get_by_role("button", name="Bulleted list")
    bullets.click()
    expect(bullets).to_have_attribute("aria-pressed", "true")
    page.keyboard.type("Start from a picture")
    page.keyboard.press("Enter")
    page.keyboard.type("Let them ask first")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    expect(bullets).to_have_attribute("aria-pressed", "false")

    # A link on a chosen word: the address field refuses a script and takes a typed web address.
    page.keyboard.type("More in the guide")
    select_previous_word(page)
    page.get_by_role("button", name="Link", exact=True).click()
    address = page.get_by_label("Address of the link")
    expect(address).to_be_focused()
    assert_no_serious_violations(page)
    address.fill("javascript:alert(1)")
    address.press("Enter")
    expect(page.get_by_text("This address cannot be a link")).to_be_visible()
    expect(address).to_have_attribute("aria-invalid", "true")
    address.fill("example.org/number-talks")
    address.press("Enter")
    expect(address).to_be_hidden()
    expect(region.get_by_role("link", name="guide")).to_have_attribute("href", "https://example.org/number-talks")
    expect(page.get_by_role("button", name="Remove link")).to_have_attribute("aria-disabled", "false")

    page.get_by_role("button", name="Save the entry").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Number talks")
    reflection = PortfolioEntry.objects.get(owner=educator).reflection
    assert "<strong>talk</strong>" in reflection and "<strong>laugh</strong>" in reflection
    assert "<ul><li>Start from a picture</li>\n<li>Let them ask first</li></ul>" in reflection
    assert '<a href="https://example.org/number-talks"' in reflection and ">guide</a>" in reflection
    assert "<b>" not in reflection and "<div" not in reflection and "style=" not in reflection

    shown = page.locator(".reflection")
    expect(shown.locator("strong")).to_have_text(["talk", "laugh"])
    expect(shown.locator("ul > li")).to_have_text(["Start from a picture", "Let them ask first"])
    expect(shown.get_by_role("link", name="guide")).to_have_attribute("href", "https://example.org/number-talks")


def test_pasted_html_comes_in_without_scripts_handlers_or_styles(new_page, educator):
    page = signed_in_page(new_page, educator)
    page.goto("/en/portfolio/entries/new/")
    page.get_by_label("Title").fill("From my notes")
    region = page.get_by_role("textbox", name="Reflection")
    region.click()
    paste(region, PASTED_HTML)

    expect(region.locator("strong")).to_have_text("Pasted")
    editor_html = region.inner_html()
    sent_html = page.locator("textarea[name=reflection]").input_value()
    for html in (editor_html, sent_html):
        assert "<script" not in html and "onclick" not in html and "onerror" not in html and "<img" not in html
        assert "style=" not in html and "docs-internal" not in html
    assert page.evaluate("window.pwned") is None

    page.get_by_role("button", name="Save the entry").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("From my notes")
    # Google Docs' wrapping <b> did not make the whole paste bold; its styled spans became tags.
    assert PortfolioEntry.objects.get(owner=educator).reflection == "<p><strong>Pasted</strong> <em>words</em></p>"


def test_editing_an_entry_starts_from_its_saved_formatting(new_page, educator):
    entry = EntryFactory(
        owner=educator,
        title="Seating plans",
        reflection="<p>We <strong>tried</strong> groups of three.</p>\n\n<blockquote><p>Can we stay?</p></blockquote>",
    )
    page = signed_in_page(new_page, educator)
    page.goto(f"/en/portfolio/entries/{entry.pk}/edit/")
    region = page.get_by_role("textbox", name="Reflection")
    expect(region.locator("strong")).to_have_text("tried")
    region.locator("strong").click()
    expect(page.get_by_role("button", name="Bold")).to_have_attribute("aria-pressed", "true")
    region.locator("blockquote").click()
    expect(page.get_by_role("button", name="Quote")).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("button", name="Bold")).to_have_attribute("aria-pressed", "false")

    page.keyboard.press("End")
    page.keyboard.type(" Yes.")
    page.get_by_role("button", name="Save the entry").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Seating plans")
    entry.refresh_from_db()
    assert entry.reflection == (
        "<p>We <strong>tried</strong> groups of three.</p>\n\n<blockquote><p>Can we stay? Yes.</p></blockquote>"
    )


def test_the_toolbar_is_one_tab_stop_with_arrow_keys_mirrored_in_arabic(
    new_page, educator, assert_no_serious_violations, ui_text
):
    page = signed_in_page(new_page, educator)
    for language, forward, backward in (("en", "ArrowRight", "ArrowLeft"), ("ar", "ArrowLeft", "ArrowRight")):
        page.goto(f"/{language}/portfolio/entries/new/")
        toolbar = page.get_by_role("toolbar")
        buttons = toolbar.get_by_role("button")
        expect(buttons).to_have_count(7)
        expect(toolbar.locator("[tabindex='0']")).to_have_count(1)
        expect(page.get_by_role("textbox", name=ui_text(language, "Reflection"))).to_be_visible()
        assert_no_serious_violations(page)

        buttons.first.focus()
        page.keyboard.press(forward)
        expect(buttons.nth(1)).to_be_focused()
        expect(buttons.nth(1)).to_have_attribute("tabindex", "0")
        expect(buttons.first).to_have_attribute("tabindex", "-1")
        page.keyboard.press(backward)
        page.keyboard.press(backward)
        expect(buttons.last).to_be_focused()
        page.keyboard.press("Home")
        expect(buttons.first).to_be_focused()

        # The first button stands at the start of the line: the left in English, the right in Arabic.
        first, second = buttons.first.bounding_box(), buttons.nth(1).bounding_box()
        assert (first["x"] < second["x"]) == (language == "en")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_editor_fits_a_small_phone(new_page, educator, language):
    page = signed_in_page(new_page, educator, viewport=SMALL_PHONE)
    page.goto(f"/{language}/portfolio/entries/new/")
    region = page.locator("[contenteditable=true]")
    region.click()
    page.keyboard.type("https://example.org/" + "a-very-long-address-without-spaces-" * 4)
    page.locator("[data-command=link]").click()
    expect(page.locator("[data-link-address]")).to_be_visible()
    assert_no_sideways_scroll(page)


def test_without_javascript_the_textarea_saves_paragraphs(new_page, educator):
    page = signed_in_page(new_page, educator, java_script_enabled=False)
    page.goto("/en/portfolio/entries/new/")
    expect(page.get_by_role("toolbar")).to_have_count(0)
    page.get_by_label("Title").fill("Without scripts")
    page.get_by_label("Reflection").fill("First thought.\n\nSecond thought,\nwith a new line.")
    page.get_by_role("button", name="Save the entry").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Without scripts")
    assert PortfolioEntry.objects.get(owner=educator).reflection == (
        "<p>First thought.</p>\n\n<p>Second thought,<br>with a new line.</p>"
    )
    expect(page.locator(".reflection p")).to_have_count(2)
