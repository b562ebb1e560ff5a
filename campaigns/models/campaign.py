from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from campaigns import listings
from campaigns.blocks import BodyStreamBlock

from .base import ListingMixin, translated, with_menu_labels
from .demands import DemandListPage
from .events import EventIndexPage
from .petitions import PetitionIndexPage
from .updates import UpdateIndexPage


class CampaignPage(ListingMixin, Page):
    """The hub of one campaign: what it is for, and automatic lists of its latest updates,
    open petitions, upcoming events and demands. Everything for the campaign lives under it."""

    intro = RichTextField(
        features=["bold", "italic", "link"],
        help_text=_("What the campaign fights for, in two or three sentences."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, help_text=_("The campaign's story."))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        *ListingMixin.listing_panels,
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        *ListingMixin.listing_search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    override_translatable_fields = [
        *translated("intro", "body"),
        *ListingMixin.listing_translatable_fields,
    ]

    parent_page_types = ["campaigns.HomePage"]
    subpage_types = [
        "campaigns.UpdateIndexPage",
        "campaigns.PetitionIndexPage",
        "campaigns.EventIndexPage",
        "campaigns.DemandListPage",
        "campaigns.WeekOfActionPage",
        "campaigns.ActionToolkitPage",
        "campaigns.EndorsementPage",
        "campaigns.LetterActionPage",
        "campaigns.CallActionPage",
    ]

    page_description = _(
        "The home of one campaign: its story, with its latest updates, open petitions "
        "and events listed automatically."
    )

    class Meta:
        verbose_name = _("campaign")

    @classmethod
    def for_page(cls, page: Page | None) -> "CampaignPage | None":
        """The live campaign `page` belongs to (the page itself, or its ancestor), or None for
        pages outside any campaign. At most one query, remembered on the page object because
        the campaign navigation and the feed links in the head both ask."""
        if isinstance(page, cls):
            return page
        # Campaigns only sit directly under the home page (depth 2), so a page inside one is
        # deeper than 3 and its campaign is the ancestor whose path is its first three steps.
        if page is None or getattr(page, "depth", 0) <= 3:
            return None
        if not hasattr(page, "_campaign_for_page"):
            campaign_path = page.path[: 3 * page.steplen]
            page._campaign_for_page = cls.objects.live().filter(path=campaign_path).first()
        return page._campaign_for_page

    def menu_sections(self):
        """The campaign's sections marked 'Show in menus', for the campaign navigation, with
        the menu labels editors gave them (see `nav_label`)."""
        return with_menu_labels(self.get_children().live().public().in_menu())

    def demand_lists(self) -> list[DemandListPage]:
        demand_lists = DemandListPage.objects.live().public().child_of(self)
        return DemandListPage.with_addressees(list(demand_lists.select_related("target")))

    def section_indexes(self) -> dict:
        """The campaign's update, petition and event indexes, for the 'All …' links."""
        wanted = {
            "update_index": UpdateIndexPage,
            "petition_index": PetitionIndexPage,
            "event_index": EventIndexPage,
        }
        children = self.get_children().live().public().type(*wanted.values()).specific()
        found = {}
        for child in children:
            for name, model in wanted.items():
                if isinstance(child, model):
                    found.setdefault(name, child)
        return found

    def official_actions(self) -> list[Page]:
        """The campaign's letter and call pages, for 'Take action now': titles and addresses
        only, in one query."""
        from .calls import CallActionPage
        from .letters import LetterActionPage

        children = self.get_children().live().public().type(LetterActionPage, CallActionPage)
        return list(children.select_related("content_type"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.section_indexes())
        context.update(
            latest_updates=listings.latest_updates(self),
            open_petitions=listings.open_petitions(self),
            upcoming_events=listings.upcoming_events(self),
            demand_lists=self.demand_lists(),
            official_actions=self.official_actions(),
        )
        return context
