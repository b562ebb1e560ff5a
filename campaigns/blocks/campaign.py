"""Campaign blocks: demands, numbers that matter, milestones, partners and action cards."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .in_locale import ChosenInPageLocaleMixin
from .links import LinkBlock
from .previews import first_image, first_target, some_organisations

LIST_STYLES = [("numbered", _("Numbered (1, 2, 3)")), ("bulleted", _("Bulleted (•)"))]


class DemandBlock(blocks.StructBlock):
    """One demand: a short title, and the detail behind it if needed."""

    title = blocks.CharBlock(
        max_length=200, help_text=_("The demand in a few words, e.g. 'End all private contracts'.")
    )
    detail = blocks.TextBlock(required=False, help_text=_("Optional: what exactly, and why."))

    class Meta:
        icon = "thumbtack"
        template = "blocks/demand.html"
        description = _("A single demand with optional detail.")
        preview_value = {
            "title": "Cancel all contracts with private prison companies",
            "detail": "DHS must follow the Department of Justice and end private detention.",
        }


class DemandListBlock(ChosenInPageLocaleMixin, blocks.StructBlock):
    """A numbered or bulleted list of demands addressed to one official."""

    chosen_in_page_locale = ("target",)

    title = blocks.CharBlock(max_length=120, help_text=_("e.g. 'Our national demands'."))
    target = SnippetChooserBlock(
        "campaigns.Target",
        required=False,
        help_text=_(
            "Who the demands are addressed to. Pick from the list, or add them once "
            "under Campaign lists → Targets (officials)."
        ),
    )
    style = blocks.ChoiceBlock(choices=LIST_STYLES, default="numbered")
    demands = blocks.ListBlock(DemandBlock(), min_num=1, label=_("Demands"))

    class Meta:
        icon = "list-ol"
        template = "blocks/demand_list.html"
        description = _("A numbered or bulleted list of demands to a named official.")

    def get_preview_value(self):
        return self.normalize(
            {
                "title": "Our demands",
                "target": first_target(),
                "style": "numbered",
                "demands": [
                    {"title": "End immigrant detention", "detail": ""},
                    {"title": "Divest from private prisons", "detail": ""},
                    {"title": "Reinvest in our communities", "detail": ""},
                ],
            }
        )


class StatisticBlock(blocks.StructBlock):
    """A big number and what it counts, e.g. '200,000 signatures delivered to DHS'."""

    number = blocks.CharBlock(max_length=30, help_text=_("e.g. '200,000' or '3.7 million'."))
    label = blocks.CharBlock(max_length=120, help_text=_("What the number counts."))
    source = blocks.CharBlock(required=False, max_length=200, help_text=_("Where it comes from."))

    class Meta:
        icon = "order"
        template = "blocks/statistic.html"
        description = _("A large number with a short label, for a fact that matters.")
        preview_value = {
            "number": "200,000",
            "label": "signatures delivered to the Department of Homeland Security",
            "source": "",
        }


class MilestoneBlock(blocks.StructBlock):
    """One dated step of the campaign."""

    date = blocks.DateBlock(help_text=_("When it happened."))
    text = blocks.CharBlock(max_length=200, help_text=_("e.g. 'Delivered 200,000 signatures'."))

    class Meta:
        icon = "circle-check"


class MilestonesBlock(blocks.StructBlock):
    """A timeline of what the campaign has achieved, oldest first."""

    title = blocks.CharBlock(required=False, max_length=120, default="What we have won so far")
    milestones = blocks.ListBlock(MilestoneBlock(), min_num=1)

    class Meta:
        icon = "history"
        template = "blocks/milestones.html"
        description = _("A dated timeline of deliveries, votes and wins.")
        preview_value = {
            "title": "What we have won so far",
            "milestones": [
                {"date": "2016-08-18", "text": "Department of Justice ends private prison use"},
                {"date": "2016-09-28", "text": "Delivered 200,000 signatures to DHS"},
            ],
        }


class PartnerLogosBlock(ChosenInPageLocaleMixin, blocks.StructBlock):
    """The organisations behind an event or campaign, with their logos where we have them."""

    chosen_in_page_locale = ("organisations",)

    title = blocks.CharBlock(required=False, max_length=120, default="Partners")
    organisations = blocks.ListBlock(
        SnippetChooserBlock("campaigns.Organisation"),
        help_text=_("Pick organisations, or add them under Campaign lists → Organisations."),
    )

    class Meta:
        icon = "group"
        template = "blocks/partner_logos.html"
        description = _("A row of partner organisations, linked to their websites.")

    def get_preview_value(self):
        return self.normalize({"title": "Partners", "organisations": some_organisations()})


class ActionCardBlock(blocks.StructBlock):
    """A card that asks the reader to do one thing, with a picture and a button."""

    title = blocks.CharBlock(max_length=120, help_text=_("e.g. 'Call Sheriff Bolanos'."))
    text = blocks.TextBlock(required=False, help_text=_("One or two sentences."))
    image = ImageChooserBlock(required=False)
    button_label = blocks.CharBlock(max_length=40, default="Take action")
    link = LinkBlock()

    class Meta:
        icon = "success"
        template = "blocks/action_card.html"
        description = _("A card with one action for the reader and a button.")

    def get_preview_value(self):
        return self.normalize(
            {
                "title": "Sign the petition to Governor Brown",
                "text": "Make California the first state to say NO to private detention.",
                "image": first_image(),
                "button_label": "Sign now",
                "link": {"page": None, "external_url": "https://example.org"},
            }
        )
