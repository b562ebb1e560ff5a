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

    class Meta:
        verbose_name = "home page"
