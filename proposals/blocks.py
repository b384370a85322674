"""Blocks for the vision and the agreement: statements and articles that can each be linked to."""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from home.blocks import RICH_TEXT_FEATURES


class ValueStatementBlock(blocks.StructBlock):
    """One belief or priority of the union, with a short explanation."""

    statement = blocks.CharBlock(label=_("Statement"), max_length=200)
    explanation = blocks.RichTextBlock(label=_("Explanation"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "openquote"
        template = "proposals/blocks/value_statement_block.html"
        description = _("A belief or priority with a short explanation")
        preview_value = {
            "statement": "Every school deserves a full-time nurse and counselor.",
            "explanation": "<p>Students learn when their health and wellbeing come first.</p>",
        }


class AgreementSectionBlock(blocks.StructBlock):
    """A numbered section of an article of the agreement."""

    number = blocks.CharBlock(label=_("Number"), max_length=20, help_text=_("For example 12.3"))
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        template = "proposals/blocks/agreement_section_block.html"
        description = _("A numbered section of the agreement")
        preview_value = {"number": "12.1", "title": "Class size", "text": "<p>No class shall exceed 25 students.</p>"}


class AgreementArticleBlock(blocks.StructBlock):
    """An article of the agreement: a number, a title and its sections."""

    number = blocks.CharBlock(label=_("Article number"), max_length=20)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    sections = blocks.ListBlock(AgreementSectionBlock(), label=_("Sections"))

    class Meta:
        icon = "list-ol"
        template = "proposals/blocks/agreement_article_block.html"
        description = _("An article of the agreement with its sections")


def article_anchor(number):
    """A stable anchor for an article: the same in every language and every edition."""
    return f"article-{slugify(number)}"


def section_anchor(number):
    return f"section-{slugify(number.replace('.', '-'))}"
