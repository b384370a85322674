"""Phone-sized windows, and the check that a page fits one without scrolling sideways."""

PHONE = {"width": 360, "height": 740}
SMALL_PHONE = {"width": 320, "height": 640}


# The elements that reach past the right (or, right to left, the left) edge of the window: what a
# failing "no sideways scroll" check names, so the culprit is in the failure message.
OVERFLOWING_ELEMENTS = """
() => {
    const width = document.documentElement.clientWidth;
    return [...document.body.querySelectorAll("*")]
        .filter(el => {
            const box = el.getBoundingClientRect();
            return box.width && (box.right > width + 1 || box.left < -1);
        })
        .slice(0, 5)
        .map(el => `${el.outerHTML.slice(0, 160)} (${Math.round(el.getBoundingClientRect().width)}px)`);
}
"""


STYLESHEETS = """
() => [...document.styleSheets].map(sheet => {
    let rules = "?";
    try { rules = sheet.cssRules.length; } catch (error) { rules = String(error); }
    return `${sheet.href} (${rules} rules)`;
}).join(", ")
"""


def assert_no_sideways_scroll(page):
    """The page is no wider than its window (a phone's), naming what sticks out if it is.

    Waits for the page's "load" first: after a click that submits a form, the new page's elements can
    be visible before its stylesheet has arrived, and an unstyled page is wider.
    """
    page.wait_for_load_state("load")
    width = page.viewport_size["width"]
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, (
        f"{page.url} is {scroll_width}px wide on a {width}px screen: "
        + "; ".join(page.evaluate(OVERFLOWING_ELEMENTS))
        + " | stylesheets: "
        + page.evaluate(STYLESHEETS)
    )
