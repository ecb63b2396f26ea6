"""StreamField blocks of a treatment article.

Each block names its own template under templates/blocks/ and says what it is
for in the admin. Blocks with no public text (images without captions, video)
contribute only their captions to the search index. What a reader reads of a
block is worked out from these definitions by treatments.article.reader_text.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from .validators import (
    DOI_HELP,
    LINK_HELP,
    PMID_HELP,
    is_safe_link,
    is_valid_doi,
    is_valid_pmid,
    normalise_doi,
)

BASIC_RICH_TEXT = ["bold", "italic", "link", "ol", "ul"]
SECTION_RICH_TEXT = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class SectionBlock(blocks.StructBlock):
    """A heading and its text: the unit of the table of contents."""

    heading = blocks.CharBlock(
        max_length=120, help_text="Shown in the table of contents. Keep it short."
    )
    content = blocks.RichTextBlock(features=SECTION_RICH_TEXT)

    class Meta:
        icon = "title"
        template = "blocks/section_block.html"
        label = "Section"
        description = "A heading with its text; listed in the table of contents"
        preview_value = {
            "heading": "How the treatment works",
            "content": "<p>A short explanation in plain language.</p>",
        }


class CalloutBlock(blocks.StructBlock):
    VARIANTS = [
        ("info", "Information"),
        ("warning", "Important"),
        ("evidence", "Evidence note"),
    ]

    variant = blocks.ChoiceBlock(choices=VARIANTS, default="info")
    title = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=BASIC_RICH_TEXT)

    class Meta:
        icon = "info-circle"
        template = "blocks/callout_block.html"
        label = "Callout"
        description = (
            "A highlighted note: information, an important warning or evidence"
        )
        preview_value = {
            "variant": "evidence",
            "title": "What the evidence shows",
            "text": "<p>Only small, uncontrolled studies so far.</p>",
        }


class UrgentCareBlock(blocks.StructBlock):
    """Warning signs after treatment that need a doctor now."""

    heading = blocks.CharBlock(default="When to seek urgent care", max_length=120)
    introduction = blocks.TextBlock(
        required=False,
        default="Contact a doctor or emergency services straight away if you notice:",
    )
    warning_signs = blocks.ListBlock(blocks.CharBlock(max_length=200), min_num=1)

    class Meta:
        icon = "warning"
        template = "blocks/urgent_care_block.html"
        label = "When to seek urgent care"
        description = "Warning signs after the treatment that need urgent attention"
        preview_value = {
            "heading": "When to seek urgent care",
            "warning_signs": ["Spreading redness, heat or pus at injection sites"],
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text="Describe the image for people who cannot see it.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)
    credit = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = "Image"
        description = "An image with required alternative text, caption and credit"


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=250)
    answer = blocks.RichTextBlock(features=BASIC_RICH_TEXT)

    class Meta:
        icon = "help"
        label = "Question"


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(default="Frequently asked questions", max_length=120)
    items = blocks.ListBlock(QuestionAnswerBlock(), min_num=1)

    class Meta:
        icon = "help"
        template = "blocks/faq_block.html"
        label = "FAQ"
        description = "Questions and answers, shown as expandable items"
        preview_value = {
            "heading": "Frequently asked questions",
            "items": [
                {"question": "Is it approved?", "answer": "<p>Not for this use.</p>"}
            ],
        }


class CaptionedTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        max_length=200,
        help_text="Says what the table shows (read out by screen readers).",
    )
    table = TableBlock()

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        label = "Table"
        description = "A data table with a caption"


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    video = EmbedBlock(help_text="A link to the video page (YouTube, Vimeo).")
    transcript = blocks.RichTextBlock(
        required=False, features=BASIC_RICH_TEXT, help_text="Recommended for access."
    )

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = "Video"
        description = "An embedded video with a title and optional transcript"


class KeyFactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(default="Key facts", max_length=120)
    facts = blocks.ListBlock(blocks.CharBlock(max_length=250), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/key_facts_block.html"
        label = "Key facts"
        description = "A short list of the most important points"
        preview_value = {
            "heading": "Key facts",
            "facts": ["Not approved for hair loss", "Evidence is early"],
        }


class ReferenceBlock(blocks.StructBlock):
    # Codes, not prose: shown and searchable, but not read (treatments.article).
    IDENTIFIERS = ("doi", "pmid")

    authors = blocks.CharBlock(
        max_length=300, help_text="As cited, e.g. 'Gupta AK, Wang T, Rapaport JA'."
    )
    title = blocks.CharBlock(max_length=400)
    publisher = blocks.CharBlock(
        max_length=200, label="Journal or publisher", help_text="e.g. J Cosmet Dermatol"
    )
    year = blocks.IntegerBlock(min_value=1800, max_value=2100)
    doi = blocks.CharBlock(
        required=False, max_length=200, label="DOI", help_text=DOI_HELP
    )
    pmid = blocks.CharBlock(
        required=False, max_length=10, label="PubMed ID", help_text=PMID_HELP
    )
    url = blocks.URLBlock(required=False, label="URL")

    class Meta:
        icon = "doc-full"
        label = "Reference"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("doi"):
            value["doi"] = normalise_doi(value["doi"])
            if not is_valid_doi(value["doi"]):
                errors["doi"] = ErrorList([ValidationError(DOI_HELP)])
        if value.get("pmid") and not is_valid_pmid(value["pmid"]):
            errors["pmid"] = ErrorList([ValidationError(PMID_HELP)])
        if not is_safe_link(value.get("url")):
            errors["url"] = ErrorList([ValidationError(LINK_HELP)])
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class ReferencesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(default="References", max_length=120)
    references = blocks.ListBlock(ReferenceBlock(), min_num=1)

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/references_block.html"
        label = "References"
        description = "Numbered list of sources with DOI and PubMed links"


class TreatmentBodyBlock(blocks.StreamBlock):
    section = SectionBlock()
    callout = CalloutBlock()
    urgent_care = UrgentCareBlock()
    image = ImageBlock()
    faq = FAQBlock()
    table = CaptionedTableBlock()
    video = VideoBlock()
    key_facts = KeyFactsBlock()
    references = ReferencesBlock()
