from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from campaigns.blocks import ToolkitStreamBlock

from .base import IntroMixin, ListingMixin, MenuLabelMixin, translated


class ActionToolkitPage(MenuLabelMixin, IntroMixin, ListingMixin, Page):
    """A set of actions readers can take now: sign, donate, call, share, email, attend,
    endorse, with the principles behind them."""

    default_menu_label = _("Toolkit")

    body = StreamField(
        ToolkitStreamBlock(),
        help_text=_("Add the principles as headings and paragraphs, then one block per action."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        *ListingMixin.listing_panels,
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    override_translatable_fields = [
        *translated("body"),
        *MenuLabelMixin.menu_translatable_fields,
        *IntroMixin.intro_translatable_fields,
        *ListingMixin.listing_translatable_fields,
    ]

    parent_page_types = ["campaigns.CampaignPage", "campaigns.HomePage"]
    subpage_types = []

    page_description = _(
        "A set of things supporters can do now: sign, call, email, share, donate, attend."
    )

    class Meta:
        verbose_name = _("action toolkit")
