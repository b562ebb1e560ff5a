from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Count
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from campaigns.blocks import BodyStreamBlock

from .base import IntroMixin, ListingMixin

UPDATES_PER_PAGE = 10


class UpdateIndexPage(IntroMixin, Page):
    """The list of a campaign's updates and press clips, newest first, filterable by tag."""

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["campaigns.CampaignPage", "home.HomePage"]
    subpage_types = ["campaigns.UpdatePage"]

    class Meta:
        verbose_name = "update index"

    def updates(self):
        return (
            UpdatePage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("listing_image")
            .order_by("-date", "-pk")
        )

    def tags_in_use(self, limit: int = 30):
        """The most used tags on live updates under this index, for the filter chips."""
        return (
            Tag.objects.filter(
                campaigns_updatepagetag_items__content_object__in=self.updates().values("pk")
            )
            .annotate(uses=Count("campaigns_updatepagetag_items"))
            .order_by("-uses", "name")[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        updates = self.updates()
        tag = request.GET.get("tag", "").strip()[:100]
        if tag:
            updates = updates.filter(tags__slug=tag)
        paginator = Paginator(updates, UPDATES_PER_PAGE)
        try:
            page_of_updates = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            page_of_updates = paginator.page(1)
        context.update(updates=page_of_updates, tag=tag, tags=self.tags_in_use())
        return context


class UpdatePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "campaigns.UpdatePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class UpdatePage(ListingMixin, Page):
    """A campaign post or press release, or a press clip: a story another outlet published,
    which listings send readers to."""

    date = models.DateField(
        "publication date",
        default=timezone.localdate,
        help_text="The date shown on the update. Listings are ordered by it.",
    )
    dateline = models.CharField(
        max_length=100,
        blank=True,
        help_text="Where the news comes from, shown before the text, e.g. 'New York, NY'.",
    )
    byline = models.CharField(
        max_length=150, blank=True, help_text="Who wrote it, e.g. 'By Samir Khurshid'."
    )
    body = StreamField(BodyStreamBlock(), blank=True)
    tags = ClusterTaggableManager(
        through=UpdatePageTag,
        blank=True,
        help_text="Topics readers can filter by, e.g. detention, adelanto, week-of-action.",
    )
    outlet = models.CharField(
        max_length=150,
        blank=True,
        help_text="Press clips only: the publication, e.g. 'Gotham Gazette'.",
    )
    original_url = models.URLField(
        "link to the original",
        blank=True,
        max_length=500,
        help_text="Press clips only: the article on the outlet's site. Listings link there.",
    )
    excerpt = models.TextField(
        blank=True, help_text="Press clips only: a short passage quoted from the article."
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("dateline"), FieldPanel("byline")],
            heading="Date and byline",
        ),
        *ListingMixin.listing_panels,
        FieldPanel("body"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [FieldPanel("outlet"), FieldPanel("original_url"), FieldPanel("excerpt")],
            heading="Press clip",
            help_text="Fill these in when the update points to a story another outlet published.",
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

    parent_page_types = ["campaigns.UpdateIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "update or press clip"

    @property
    def is_press_clip(self) -> bool:
        return bool(self.outlet or self.original_url)

    @property
    def listing_url(self) -> str:
        """Press clips send readers to the outlet; other updates to their own page."""
        return self.original_url or self.url

    def related_updates(self, limit: int = 3):
        """Other live updates sharing a tag with this one, newest first."""
        tag_ids = list(self.tags.values_list("pk", flat=True))
        if not tag_ids:
            return UpdatePage.objects.none()
        return (
            UpdatePage.objects.live()
            .public()
            .filter(tags__in=tag_ids)
            .exclude(pk=self.pk)
            .select_related("listing_image")
            .distinct()
            .order_by("-date", "-pk")[:limit]
        )
