"""Small field mixins shared by page types, so no field set is pasted into several classes."""

from django.conf import settings
from django.db import models
from django.db.models import Prefetch, QuerySet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model
from wagtail.search import index


def zone_help(text: str) -> str:
    """Help text that names the time zone a date field is entered in."""
    return f"{text} Times are in the site's time zone, {settings.TIME_ZONE}."


def with_listing_images(queryset: QuerySet) -> QuerySet:
    """`queryset` (of ListingMixin pages) with lead images and all their renditions fetched
    in two queries, so a listing costs the same with one picture or twenty."""
    images = get_image_model().objects.prefetch_renditions()
    return queryset.prefetch_related(Prefetch("listing_image", queryset=images))


class ListingMixin(models.Model):
    """How a page looks in listings, search results and social shares."""

    summary = models.TextField(
        blank=True,
        max_length=400,
        help_text="One or two sentences for listings, search results and social shares.",
    )
    listing_image = models.ForeignKey(
        "home.CampaignImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="lead image",
        help_text="Shown at the top of the page, in listings and when the page is shared.",
    )

    listing_panels = [
        MultiFieldPanel(
            [FieldPanel("summary"), FieldPanel("listing_image")], heading="Summary and image"
        )
    ]
    listing_search_fields = [index.SearchField("summary")]

    class Meta:
        abstract = True


class IntroMixin(models.Model):
    """A short introduction at the top of an index or hub page."""

    intro = models.TextField(
        blank=True, max_length=600, help_text="A sentence or two above the list."
    )

    class Meta:
        abstract = True
