"""The StreamField blocks every page type shares, so editors meet the same options everywhere."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    """A section heading with a stable anchor that can be linked to."""

    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Sub-section (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "home/blocks/heading_block.html"
        description = _("A heading that starts a new section")
        preview_value = {"text": "Why smaller classes matter", "level": "h2"}


class ImageWithCaptionBlock(blocks.StructBlock):
    """An image with the text alternative a screen reader needs and an optional caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("Describe the image for people who cannot see it. Leave empty if it is decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        template = "home/blocks/image_block.html"
        description = _("An image with alternative text and a caption")


class QuoteBlock(blocks.StructBlock):
    """A quotation, with who said it."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote_block.html"
        description = _("A quotation and who said it")
        preview_value = {
            "quote": "When families and educators plan together, students win.",
            "attribution": "A parent at a listening session",
        }


class CallToActionBlock(blocks.StructBlock):
    """A short invitation with one button, to a page or an address."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "pick"
        template = "home/blocks/call_to_action_block.html"
        description = _("An invitation with a button")
        preview_value = {
            "title": "Take the family survey",
            "text": "Ten minutes, in your language.",
            "url": "https://example.org/",
            "button_label": "Start",
        }


class DocumentLinkBlock(blocks.StructBlock):
    """A link to download a document, with its type and size."""

    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Link text"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        template = "home/blocks/document_link_block.html"
        description = _("A link to a document to download")


class BaseStreamBlock(blocks.StreamBlock):
    """The body blocks shared by home, standard and news pages and later page types."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="home/blocks/paragraph_block.html",
        description=_("Formatted text"),
        preview_value="<p>Every student deserves a safe, welcoming school.</p>",
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    embed = EmbedBlock(
        label=_("Embedded media"),
        icon="media",
        template="home/blocks/embed_block.html",
        description=_("A video or other media from an address"),
        help_text=_("For example the address of a video."),
    )
    table = TableBlock(
        label=_("Table"),
        icon="table",
        template="table_block/blocks/table.html",
        description=_("A table of figures or facts"),
    )
