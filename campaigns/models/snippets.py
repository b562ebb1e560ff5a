"""Reusable records editors pick from lists: organisations and the officials we target."""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from common.geography import SCOPE_CHOICES


class Organisation(index.Indexed, models.Model):
    """A coalition partner, co-host or endorser. Added once, reused everywhere."""

    name = models.CharField(max_length=200, unique=True)
    website = models.URLField(blank=True, help_text="e.g. https://www.detentionwatchnetwork.org")
    scope = models.CharField(
        max_length=30,
        choices=SCOPE_CHOICES,
        default="national",
        help_text="National, or the US state the organisation works in.",
    )
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional. A square or wide logo on a plain background works best.",
    )

    panels = [FieldPanel("name"), FieldPanel("website"), FieldPanel("scope"), FieldPanel("logo")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Target(index.Indexed, models.Model):
    """An official or body a campaign addresses: petitions, demands and call-ins point here."""

    name = models.CharField(max_length=150, help_text="e.g. 'Governor Brown' or 'Bill de Blasio'.")
    title = models.CharField(max_length=150, blank=True, help_text="e.g. 'Governor', 'Mayor'.")
    office = models.CharField(
        max_length=200, blank=True, help_text="e.g. 'Office of the Governor'."
    )
    jurisdiction = models.CharField(
        max_length=150, blank=True, help_text="e.g. 'California' or 'Durham County, NC'."
    )
    phone = models.CharField(
        max_length=40, blank=True, help_text="Public office number for call-ins."
    )
    email = models.EmailField(blank=True, help_text="Public office address.")
    social_handle = models.CharField(
        max_length=100, blank=True, help_text="e.g. '@NYCMayor'. Used in share text."
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("title"), FieldPanel("office")], heading="Who"
        ),
        FieldPanel("jurisdiction"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("social_handle")],
            heading="How to reach them",
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("office"),
        index.SearchField("jurisdiction"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        if self.title and not self.name.startswith(self.title):
            return f"{self.title} {self.name}"
        return self.name

    @property
    def label(self) -> str:
        """'Governor Brown, California' — how the target reads in a petition's 'To:' line."""
        parts = [self.name]
        if self.jurisdiction:
            parts.append(self.jurisdiction)
        return ", ".join(parts)
