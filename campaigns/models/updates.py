import datetime as dt
from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from campaigns.blocks import BodyStreamBlock
from home.seo import meta_description, organisation

from .base import (
    IntroMixin,
    ListingMixin,
    MenuLabelMixin,
    kept_in_sync,
    programme_pages,
    translated,
    with_listing_images,
)

UPDATES_PER_PAGE = 10
# The year archive's bounds: a year outside them is a typo or a probe, not a filter.
MIN_YEAR, MAX_YEAR = 1990, 2100


@dataclass
class UpdateFilters:
    """What a reader narrowed an update index to."""

    tag: Tag | None = None
    year: int | None = None
    campaign: Page | None = None

    @property
    def active(self) -> bool:
        return bool(self.tag or self.year or self.campaign)


class UpdateIndexPage(MenuLabelMixin, IntroMixin, Page):
    """The list of updates and press clips, newest first, that readers filter by topic and by
    year ("Older news and highlights"). Inside a campaign it lists that campaign's updates;
    placed directly under the home page it is the site's newsroom, listing every campaign's
    updates and letting readers pick a campaign too."""

    default_menu_label = _("Updates")

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    override_translatable_fields = [
        *MenuLabelMixin.menu_translatable_fields,
        *IntroMixin.intro_translatable_fields,
    ]
    parent_page_types = ["campaigns.CampaignPage", "campaigns.HomePage"]
    subpage_types = ["campaigns.UpdatePage"]

    page_description = _(
        "The news page that lists updates and press clips, newest first, with topic and "
        "year filters."
    )

    class Meta:
        verbose_name = _("update index")

    @property
    def is_newsroom(self) -> bool:
        # The home page is always at depth 2, so an index right under it is at depth 3.
        return self.depth == 3

    def updates(self):
        """Every live update this index lists, newest first, before any reader's filter."""
        updates = UpdatePage.objects.live().public()
        if self.is_newsroom:
            home_path = self.path[: -self.steplen]
            updates = updates.filter(path__startswith=home_path)
        else:
            updates = updates.descendant_of(self)
        return updates.order_by("-date", "-pk")

    def tags_in_use(self, updates=None, limit: int = 30):
        """The most used tags on `updates` (default: all this index lists), for the chips."""
        updates = self.updates() if updates is None else updates
        return (
            Tag.objects.filter(
                campaigns_updatepagetag_items__content_object__in=updates.values("pk")
            )
            .annotate(uses=Count("campaigns_updatepagetag_items"))
            .order_by("-uses", "name")[:limit]
        )

    def campaigns_in_scope(self):
        """The campaigns readers can narrow a newsroom to (none inside a campaign)."""
        # By name: campaigns list updates, so the campaign module imports this one.
        CampaignPage = apps.get_model("campaigns", "CampaignPage")
        if not self.is_newsroom:
            return CampaignPage.objects.none()
        home_path = self.path[: -self.steplen]
        return (
            CampaignPage.objects.live()
            .public()
            .filter(depth=self.depth, path__startswith=home_path)
            .order_by("title")
        )

    def read_filters(self, request) -> UpdateFilters:
        """The reader's filters from the query string (?tag=, ?year=, ?campaign=); anything
        unknown or malformed is ignored rather than answered with an error page."""
        filters = UpdateFilters()
        tag_slug = request.GET.get("tag", "").strip()[:100]
        if tag_slug:
            filters.tag = Tag.objects.filter(slug=tag_slug).first()
        year = request.GET.get("year", "")
        # ASCII digits only: "²".isdigit() is true, but int("²") fails.
        if year.isascii() and year.isdigit() and MIN_YEAR <= int(year) <= MAX_YEAR:
            filters.year = int(year)
        campaign_slug = request.GET.get("campaign", "").strip()[:255]
        if campaign_slug and self.is_newsroom:
            filters.campaign = self.campaigns_in_scope().filter(slug=campaign_slug).first()
        return filters

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = self.read_filters(request)
        listed = self.updates()
        in_scope = listed
        if filters.campaign:
            in_scope = in_scope.descendant_of(filters.campaign)
        if filters.tag:
            in_scope = in_scope.filter(tags=filters.tag)
        years = [day.year for day in in_scope.dates("date", "year", order="DESC")]
        updates = in_scope.filter(date__year=filters.year) if filters.year else in_scope
        paginator = Paginator(with_listing_images(updates), UPDATES_PER_PAGE)
        try:
            page_of_updates = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            page_of_updates = paginator.page(1)
        context.update(
            updates=page_of_updates,
            filters=filters,
            tags=self.tags_in_use(listed),
            years=years,
            campaigns=list(self.campaigns_in_scope()) if self.is_newsroom else [],
        )
        return context


class UpdatePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "campaigns.UpdatePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class UpdatePage(ListingMixin, Page):
    """A campaign post or press release, or a press clip: a story another outlet published,
    which listings send readers to."""

    date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        help_text=_("The date shown on the update. Listings are ordered by it."),
    )
    dateline = models.CharField(
        max_length=100,
        blank=True,
        help_text=_("Where the news comes from, shown before the text, e.g. 'New York, NY'."),
    )
    byline = models.CharField(
        max_length=150, blank=True, help_text=_("Who wrote it, e.g. 'By Samir Khurshid'.")
    )
    body = StreamField(BodyStreamBlock(), blank=True)
    tags = ClusterTaggableManager(
        through=UpdatePageTag,
        blank=True,
        help_text=_(
            "Topics readers can filter by, written as readers should see them, e.g. "
            "Detention, Adelanto, Week of Action."
        ),
    )
    outlet = models.CharField(
        max_length=150,
        blank=True,
        help_text=_(
            "Press clips only: the publication, e.g. 'Gotham Gazette'. A press clip needs "
            "the link to the original too; to quote an outlet without a link, use a quote block."
        ),
    )
    original_url = models.URLField(
        _("link to the original"),
        blank=True,
        max_length=500,
        help_text=_(
            "Press clips only: the article on the outlet's site. Listings link there, so "
            "it is required whenever an outlet is named."
        ),
    )
    excerpt = models.TextField(
        blank=True, help_text=_("Press clips only: a short passage quoted from the article.")
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("dateline"), FieldPanel("byline")],
            heading=_("Date and byline"),
        ),
        *ListingMixin.listing_panels,
        FieldPanel("body"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [FieldPanel("outlet"), FieldPanel("original_url"), FieldPanel("excerpt")],
            heading=_("Press clip"),
            help_text=_(
                "Fill these in when the update points to a story another outlet published."
            ),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        *ListingMixin.listing_search_fields,
        index.SearchField("body"),
        index.SearchField("dateline"),
        index.SearchField("byline"),
        index.SearchField("outlet"),
        index.SearchField("excerpt"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    # The date and topics are the update's own in every language (readers filter by them);
    # a press clip's outlet and link are copied, and may point at a Spanish edition.
    override_translatable_fields = [
        *translated("dateline", "byline", "body", "excerpt"),
        *ListingMixin.listing_translatable_fields,
        *kept_in_sync("date", "tagged_items"),
        SynchronizedField("outlet"),
        SynchronizedField("original_url"),
    ]

    parent_page_types = ["campaigns.UpdateIndexPage"]
    subpage_types = []

    page_description = _(
        "A news post, press release or statement, or a press clip that links to another "
        "outlet's story."
    )

    class Meta:
        verbose_name = _("update or press clip")

    def clean(self):
        super().clean()
        # Listings send readers of a press clip to the outlet: without its address the link
        # would lead back here while promising the outlet's site.
        if self.outlet and not self.original_url:
            raise ValidationError(
                {
                    "original_url": _(
                        "Add the link to the article on %(outlet)s's site. A press clip sends "
                        "readers there. If you have no link, clear the outlet and quote the "
                        "article in the body with a quote block instead."
                    )
                    % {"outlet": self.outlet}
                }
            )

    @property
    def is_press_clip(self) -> bool:
        """Only an update with the original's address is a clip: listings link there."""
        return bool(self.original_url)

    @property
    def published_at(self) -> dt.datetime:
        """When the update counts as published, for feeds and search engines: its date, at
        the time it first went live if that was on the same day, otherwise at noon."""
        zone = timezone.get_current_timezone()
        first = self.first_published_at
        if first and timezone.localtime(first, zone).date() == self.date:
            return first
        return dt.datetime.combine(self.date, dt.time(12), zone)

    @property
    def listing_label(self) -> str:
        return gettext("Press") if self.is_press_clip else gettext("Update")

    def structured_data(self, request, site_settings, image) -> dict:
        """schema.org NewsArticle, naming the outlet and the original for a press clip."""
        url = self.get_full_url(request)
        author = self.byline.removeprefix("By ").removeprefix("by ").strip()
        publisher = organisation(site_settings, request)
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": Truncator(self.title).chars(110),
            "url": url,
            "mainEntityOfPage": url,
            "datePublished": self.published_at.isoformat(),
            "image": [image.url],
            "description": meta_description(self),
            "author": [{"@type": "Person", "name": author}] if author else [publisher],
            "publisher": publisher,
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.is_press_clip and self.original_url:
            data["isBasedOn"] = self.original_url
            if self.outlet:
                data["sourceOrganization"] = {"@type": "Organization", "name": self.outlet}
        return data

    def listed_on(self) -> list[Page | str]:
        """The feeds, the weeks of action and the newsrooms that list this update."""
        campaign = apps.get_model("campaigns", "CampaignPage").for_page(self)
        feeds = [reverse("feeds:updates")]
        feeds += [reverse("feeds:tag_updates", args=[tag.slug]) for tag in self.tags.all()]
        if campaign:
            feeds.append(reverse("feeds:campaign_updates", args=[campaign.slug]))
        # A newsroom sits directly under the home page and lists every campaign's updates.
        newsrooms = UpdateIndexPage.objects.live().filter(depth=3)
        return [*feeds, *programme_pages(self), *newsrooms.exclude(pk=self.get_parent().pk)]

    @property
    def listing_url(self) -> str:
        """Press clips send readers to the outlet; other updates to their own page."""
        return self.original_url or self.url

    def related_updates(self, limit: int = 3):
        """Other live updates for the end of this one: those sharing the most tags first,
        then the newest; without tags, the newest from the same index."""
        # In this update's language: a Spanish update shares its tags with its English source.
        related = UpdatePage.objects.live().public().filter(locale_id=self.locale_id)
        related = related.exclude(pk=self.pk)
        # By name, not pk: in a preview the tags are the form's in-memory objects, and a tag
        # typed for the first time has no pk yet (names are unique, so this is the same match).
        tag_names = [tag.name for tag in self.tags.all()]
        if tag_names:
            # Counting after filtering on the same relation counts only the shared tags.
            related = (
                related.filter(tags__name__in=tag_names)
                .annotate(shared_tags=Count("tags"))
                .order_by("-shared_tags", "-date", "-pk")
            )
        else:
            related = related.filter(path__startswith=self.path[: -self.steplen]).order_by(
                "-date", "-pk"
            )
        return with_listing_images(related)[:limit]
