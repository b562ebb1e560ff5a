"""General content blocks: the words, pictures and buttons of any page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock as WagtailEmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from .links import LinkBlock, LinkStructValue
from .previews import first_image

# Paragraphs keep to a small set of features so every page reads the same way.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    """A section heading. Use 'Section' for the main parts of a page, 'Subsection' under one."""

    text = blocks.CharBlock(max_length=120, help_text=_("Keep it short: a few words."))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section")), ("h3", _("Subsection"))],
        default="h2",
        help_text=_("Sections appear in bold type; subsections sit under them."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        description = _("A heading that starts a new section of the page.")
        preview_value = {"text": "Why private prisons must go", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    """Body text with bold, italic, links and lists."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        description = _("Text with bold, italic, links and bulleted or numbered lists.")
        preview_value = (
            "<p>The Prison Divestment Campaign began in 2011 to <b>decriminalize immigrants</b> "
            "and people of color, end detention and end mass incarceration.</p>"
        )


class ImageBlock(blocks.StructBlock):
    """A photo with its caption and credit. Leave them empty to use the ones saved with the
    image in the media library."""

    image = ImageChooserBlock(help_text=_("Pick a photo, or upload one with its alt text."))
    caption = blocks.CharBlock(
        required=False, max_length=255, help_text=_("Overrides the caption saved with the image.")
    )
    credit = blocks.CharBlock(
        required=False, max_length=255, help_text=_("Overrides the credit saved with the image.")
    )

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        description = _("A photo with a caption and a photo credit.")

    def get_preview_value(self):
        return self.normalize({"image": first_image(), "caption": "", "credit": ""})


class QuoteBlock(blocks.StructBlock):
    """Someone's words, with who said them and where."""

    text = blocks.TextBlock(help_text=_("The quotation, without quote marks."))
    attribution = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Who said it, e.g. 'Opal Tometi, BAJI'.")
    )
    source = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Where it was said, e.g. 'Gotham Gazette'.")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        description = _("A quotation with the speaker's name and where it comes from.")
        preview_value = {
            "text": "Black immigrants encounter major social and economic challenges in the "
            "U.S. because of systemic racism.",
            "attribution": "Opal Tometi, Executive Director of BAJI",
            "source": "The State of Black Immigrants",
        }


class DocumentBlock(blocks.StructBlock):
    """A file readers can download, such as a report or a flyer."""

    document = DocumentChooserBlock(help_text=_("Pick or upload the file (PDF is best)."))
    label = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text=_("Button text, e.g. 'Download the report'. Defaults to the file's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        description = _("A download button for a report, flyer or toolkit file.")
        preview_value = {"document": None, "label": "Download the report"}


class EmbedBlock(blocks.StructBlock):
    """A video or post from another site. If it cannot be loaded, readers get a plain link."""

    url = WagtailEmbedBlock(
        help_text=_("Paste the address of a YouTube or Vimeo video, or a post.")
    )
    title = blocks.CharBlock(
        max_length=200,
        help_text=_(
            "What it is, e.g. 'Video: the Adelanto concert'. Used as the link text when "
            "the video cannot be shown."
        ),
    )

    class Meta:
        icon = "media"
        template = "blocks/embed.html"
        description = _("A video or social post from another website, with a link as fallback.")
        preview_value = {"url": None, "title": "Video: #SchoolsNotPrisons in Adelanto"}


class CallToActionBlock(blocks.StructBlock):
    """A short pitch and a big button that sends readers to act."""

    heading = blocks.CharBlock(max_length=120, help_text=_("e.g. 'Sign the petition to DHS'."))
    text = blocks.TextBlock(required=False, help_text=_("One or two sentences. Optional."))
    button_label = blocks.CharBlock(max_length=40, help_text=_("e.g. 'Sign now'."))
    link = LinkBlock(help_text=_("Where the button goes."))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        description = _("A highlighted box with a button: sign, RSVP, donate or read more.")
        preview_value = {
            "heading": "Help us get 500 signatures",
            "text": "Governor Brown needs to hear that California is watching.",
            "button_label": "Sign the petition",
            "link": {"page": None, "external_url": "https://example.org/petition"},
        }


__all__ = [
    "CallToActionBlock",
    "DocumentBlock",
    "EmbedBlock",
    "HeadingBlock",
    "ImageBlock",
    "LinkStructValue",
    "ParagraphBlock",
    "QuoteBlock",
]
