"""Bar charts of survey results, drawn as SVG on the server.

The same markup goes into the admin, the public "What you told us" page and the PDF report
(WeasyPrint draws inline SVG), so a chart looks the same everywhere and needs no JavaScript.

- Accessible: ``role="img"`` with a ``<title>`` and a ``<desc>`` that reads out every bar; the
  data table beside each chart has the same figures.
- Bars are horizontal with the label on its own line above the bar, so a long label in any script
  has the full width, wrapped over several lines.
- Text stays text (selectable, searchable, translatable), in the Noto fonts the PDFs use.
- Right to left: for Arabic the chart is mirrored, bars grow from the right and labels start there.
"""

import unicodedata
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

# Narrow enough to stay legible when a phone scales it down; the PDF prints it at this size.
WIDTH = 400
MARGIN = 6
LABEL_SIZE = 14
VALUE_SIZE = 13
LINE_HEIGHT = 18
BAR_HEIGHT = 16
BAR_GAP = 10
GROUP_GAP = 10
# Room kept after the longest bar for its figures ("1234 · 100%").
VALUE_ROOM = 96
MAX_LABEL_LINES = 4
FONT_FAMILY = "Noto Sans, Noto Naskh Arabic, Noto Sans CJK SC, Noto Sans Arabic, sans-serif"
BAR_COLOUR = "#8a1c2b"
OTHER_COLOUR = "#4a4a57"
TRACK_COLOUR = "#ececf0"
TEXT_COLOUR = "#1d1d24"


@dataclass
class Bar:
    label: str
    # The bar's length as a share of the full width, from 0 to 1.
    share: float
    # What is written after the bar, e.g. "12 · 40%".
    value_text: str
    muted: bool = False


@dataclass
class BarGroup:
    heading: str
    bars: list


def text_width(text, size):
    """An estimate of the drawn width of ``text`` (wide East Asian characters count double)."""
    width = 0.0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 1.0 if unicodedata.east_asian_width(char) in ("W", "F") else 0.6
    return width * size


def wrap(text, size, max_width, max_lines=MAX_LABEL_LINES):
    """Lines of at most ``max_width``: between words, or between characters in scripts without spaces."""
    lines, line = [], ""
    for token in _tokens(text):
        candidate = f"{line}{token}" if line else token.lstrip()
        if line and text_width(candidate, size) > max_width:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line = candidate
        while text_width(line, size) > max_width and len(line) > 1:
            # One word longer than the line (or a run of Chinese): cut it where it fills the line.
            cut = len(line)
            while cut > 1 and text_width(line[:cut], size) > max_width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.rstrip())
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip()[:-1] + "\u2026"
    return lines or [""]


def _tokens(text):
    """Words with the space before them, each wide (East Asian) character on its own."""
    token = ""
    for char in " ".join(str(text).split()):
        if unicodedata.east_asian_width(char) in ("W", "F"):
            if token:
                yield token
            yield char
            token = ""
        elif char == " " and token:
            yield token
            token = " "
        else:
            token += char
    if token:
        yield token


def bar_chart(chart_id, title, groups, *, description, rtl=False):
    """An SVG of horizontal bars in groups (one unnamed group for a simple chart)."""
    label_width = WIDTH - 2 * MARGIN
    track_width = WIDTH - 2 * MARGIN - VALUE_ROOM
    parts = []
    y = MARGIN
    direction = ' direction="rtl"' if rtl else ""

    def x_at(x, width=0):
        # Mirror horizontal positions for right-to-left reading.
        return WIDTH - x - width if rtl else x

    def text(x, y, content, size, weight=None, colour=TEXT_COLOUR):
        weight_attr = f' font-weight="{weight}"' if weight else ""
        return (
            f'<text x="{x_at(x):.1f}" y="{y:.1f}" font-size="{size}"{weight_attr} fill="{colour}"'
            f' font-family="{FONT_FAMILY}"{direction}>{escape(content)}</text>'
        )

    for group in groups:
        if group.heading:
            for line in wrap(group.heading, LABEL_SIZE, label_width):
                y += LINE_HEIGHT
                parts.append(text(MARGIN, y, line, LABEL_SIZE, weight="bold"))
            y += 4
        for bar in group.bars:
            for line in wrap(bar.label, LABEL_SIZE, label_width):
                y += LINE_HEIGHT
                parts.append(text(MARGIN, y, line, LABEL_SIZE))
            y += 4
            share = min(max(bar.share, 0.0), 1.0)
            width = track_width * share
            parts.append(
                f'<rect x="{x_at(MARGIN, track_width):.1f}" y="{y:.1f}" width="{track_width:.1f}"'
                f' height="{BAR_HEIGHT}" fill="{TRACK_COLOUR}"/>'
            )
            if width > 0:
                colour = OTHER_COLOUR if bar.muted else BAR_COLOUR
                parts.append(
                    f'<rect x="{x_at(MARGIN, width):.1f}" y="{y:.1f}" width="{width:.1f}"'
                    f' height="{BAR_HEIGHT}" fill="{colour}"/>'
                )
            parts.append(text(MARGIN + track_width + 6, y + BAR_HEIGHT - 3, bar.value_text, VALUE_SIZE))
            y += BAR_HEIGHT + BAR_GAP
        y += GROUP_GAP
    height = int(y + MARGIN - GROUP_GAP)
    return mark_safe(  # every piece of text above went through escape()
        f'<svg xmlns="http://www.w3.org/2000/svg" class="survey-chart" role="img"'
        f' aria-labelledby="{chart_id}-title {chart_id}-desc" width="{WIDTH}" height="{height}"'
        f' viewBox="0 0 {WIDTH} {height}" font-family="{FONT_FAMILY}">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>'
        f"{''.join(parts)}</svg>"
    )


def _count_text(count, percent):
    if percent is None:
        return f"{count}"
    return f"{count} \u00b7 {percent:.0f}%"


def _share_bar(label, count, percent, muted=False):
    return Bar(label, (percent or 0) / 100, _count_text(count, percent), muted=muted)


def _describe(bars, respondents):
    readings = "; ".join(f"{bar.label}: {bar.value_text}" for bar in bars)
    return _("%(readings)s. Answered by %(count)s.") % {"readings": readings, "count": respondents}


def question_chart(question):
    """The chart of one question's result (see results.QuestionResult)."""
    chart_id = f"chart-{question.block_id}"
    if question.kind == "matrix":
        groups = [
            BarGroup(
                row.label,
                [
                    Bar(option.label, (option.percent or 0) / 100, _count_text(option.count, option.percent))
                    for option in row.options
                ],
            )
            for row in question.rows
        ]
        description = " ".join(
            _("%(row)s: %(readings)s.")
            % {"row": group.heading, "readings": "; ".join(f"{bar.label}: {bar.value_text}" for bar in group.bars)}
            for group in groups
        )
        return bar_chart(chart_id, question.label, groups, description=description, rtl=question.rtl)
    if question.kind == "ranking":
        bars = [
            Bar(
                item.label,
                (item.first_place_percent or 0) / 100,
                _count_text(item.first_place, item.first_place_percent),
            )
            for item in question.ranking
        ]
        description = _("Times ranked first (most important): %(readings)s. Ranked by %(count)s.") % {
            "readings": "; ".join(f"{bar.label}: {bar.value_text}" for bar in bars),
            "count": question.respondents,
        }
        return bar_chart(chart_id, question.label, [BarGroup("", bars)], description=description, rtl=question.rtl)
    bars = []
    for option in question.options:
        label = option.label
        if question.kind == "rating":
            label = _rating_label(question, option)
        bars.append(
            Bar(label, (option.percent or 0) / 100, _count_text(option.count, option.percent), muted=option.is_other)
        )
    description = _describe(bars, question.respondents)
    if question.kind == "rating" and question.mean is not None:
        description += " " + _("Average: %(mean)s.") % {"mean": question.mean}
    return bar_chart(chart_id, question.label, [BarGroup("", bars)], description=description, rtl=question.rtl)


def _rating_label(question, option):
    if option.code == "1" and question.low_label:
        return f"{option.label} ({question.low_label})"
    if option.code == str(question.scale_size) and question.high_label:
        return f"{option.label} ({question.high_label})"
    return option.label
