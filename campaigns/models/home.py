from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from campaigns import listings
from home.seo import absolute, organisation

from .base import translated
from .campaign import CampaignPage


class HomePage(Page):
    """The front page of the site: who the coalition is, and the way into its campaigns."""

    intro = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("One or two sentences that say who you are and what you are fighting for."),
    )
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide photo shown behind the introduction. Optional."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("hero_image")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    override_translatable_fields = [*translated("intro"), SynchronizedField("hero_image")]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    page_description = _("The front page of the site: who you are and the way into each campaign.")

    class Meta:
        verbose_name = _("home page")

    def structured_data(self, request, site_settings, image) -> dict:
        """schema.org WebSite (with the site search) and Organization, for search engines."""
        root = absolute(request, "/")
        search = absolute(request, "/search/") + "?query={search_term_string}"
        org = organisation(site_settings, request)
        same_as = [link.url for link in site_settings.social_links.all()]
        if same_as:
            org["sameAs"] = same_as
        return {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "WebSite",
                    "name": site_settings.organisation_name,
                    "url": root,
                    "potentialAction": {
                        "@type": "SearchAction",
                        "target": {"@type": "EntryPoint", "urlTemplate": search},
                        "query-input": "required name=search_term_string",
                    },
                },
                org,
            ],
        }

    def get_context(self, request, *args, **kwargs):
        """The campaigns, and across all of them what is newest, open and coming up."""
        context = super().get_context(request, *args, **kwargs)
        context.update(
            campaigns=CampaignPage.objects.live()
            .public()
            .child_of(self)
            .select_related("listing_image"),
            latest_updates=listings.latest_updates(self),
            open_petitions=listings.open_petitions(self),
            upcoming_events=listings.upcoming_events(self),
        )
        return context
