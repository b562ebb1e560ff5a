from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from campaigns.blocks import DemandStreamBlock
from campaigns.blocks.campaign import LIST_STYLES
from campaigns.localized import in_locale

from .base import ListingMixin, MenuLabelMixin, kept_in_sync, translated


class DemandListPage(MenuLabelMixin, ListingMixin, Page):
    """A named list of demands ("National demands") addressed to one official or body."""

    default_menu_label = _("Demands")

    intro = models.TextField(blank=True, help_text=_("Why these demands, in a sentence or two."))
    target = models.ForeignKey(
        "campaigns.Target",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Who the demands are addressed to. Add new officials from the chooser or "
            "under Campaign lists → Targets (officials)."
        ),
    )
    style = models.CharField(max_length=10, choices=LIST_STYLES, default="numbered")
    demands = StreamField(
        DemandStreamBlock(), help_text=_("Each demand: a short title and detail.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("target"),
        FieldPanel("style"),
        FieldPanel("demands"),
        *ListingMixin.listing_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("demands"),
    ]
    # The same official in every language: a Spanish page shows their Spanish entry when it
    # exists (see `addressee`); a translation never waits for the official to be translated.
    override_translatable_fields = [
        *translated("intro", "demands"),
        *MenuLabelMixin.menu_translatable_fields,
        *ListingMixin.listing_translatable_fields,
        *kept_in_sync("target", "style"),
    ]

    parent_page_types = ["campaigns.CampaignPage"]
    subpage_types = []

    page_description = _("A numbered list of the campaign's demands to one official or body.")

    class Meta:
        verbose_name = _("demand list")

    @property
    def addressee(self):
        """The official the demands are addressed to, in the page's language where they are
        translated (see campaigns.localized); None when there is none."""
        if not hasattr(self, "_addressee"):
            self._addressee = in_locale([self.target], self.locale_id)[0]
        return self._addressee

    @staticmethod
    def with_addressees(demand_lists: list["DemandListPage"]) -> list["DemandListPage"]:
        """Give a list of demand lists (with their targets selected) their `addressee`
        in one query, not one per list. They share a locale: they are one campaign's."""
        if demand_lists:
            targets = in_locale([page.target for page in demand_lists], demand_lists[0].locale_id)
            for page, target in zip(demand_lists, targets, strict=True):
                page._addressee = target
        return demand_lists
