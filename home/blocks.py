"""Blocks of the policy pages: editors' text, and two blocks that show live
facts (the inquiry retention setting, the support organisations) so a policy
never states a number or a list that has changed since it was written."""

from wagtail import blocks

from treatments.models import SupportOrganisation

POLICY_RICH_TEXT = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class InquiryRetentionBlock(blocks.StaticBlock):
    class Meta:
        icon = "time"
        template = "blocks/inquiry_retention_block.html"
        description = "How long inquiries are kept: read from the inquiry settings."
        admin_text = "Shows the retention period from the inquiry settings."
        preview_value = None


class SupportOrganisationsBlock(blocks.StaticBlock):
    class Meta:
        icon = "group"
        template = "blocks/support_organisations_block.html"
        description = "Every support organisation, listed by condition."
        admin_text = "Lists the support organisations chosen on the conditions."
        preview_value = None

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["organisations"] = SupportOrganisation.objects.select_related(
            "condition"
        ).order_by("condition__name", "sort_order", "pk")
        return context


class PolicyBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(features=POLICY_RICH_TEXT)
    inquiry_retention = InquiryRetentionBlock()
    support_organisations = SupportOrganisationsBlock()
