from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
    """The front page of the site: who the coalition is, and the way into its campaigns."""

    intro = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="One or two sentences that say who you are and what you are fighting for.",
    )
    hero_image = models.ForeignKey(
        "home.CampaignImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A wide photo shown behind the introduction. Optional.",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("hero_image")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    page_description = "The front page of the site: who you are and the way into each campaign."

    class Meta:
        verbose_name = "home page"

    def get_context(self, request, *args, **kwargs):
        """The campaigns, and across all of them what is newest, open and coming up."""
        from django.utils import timezone

        from campaigns.models import (
            TARGETS_PREFETCH,
            CampaignPage,
            EventPage,
            PetitionPage,
            UpdatePage,
        )

        def live(model):
            return model.objects.live().public().descendant_of(self).select_related("listing_image")

        context = super().get_context(request, *args, **kwargs)
        context.update(
            campaigns=live(CampaignPage).child_of(self),
            latest_updates=live(UpdatePage).order_by("-date", "-pk")[:3],
            open_petitions=PetitionPage.open_petitions(
                live(PetitionPage).prefetch_related(TARGETS_PREFETCH)
            )[:3],
            upcoming_events=live(EventPage)
            .filter(ends_at__gte=timezone.now())
            .order_by("starts_at")[:3],
        )
        return context
