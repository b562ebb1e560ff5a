"""Reusable records editors pick from lists: organisations and the officials we target.

Both are translatable (wagtail-localize: Campaign lists → … → Translate). A page points at the
English record; a Spanish page shows the Spanish one when it exists (`in_locale`), and the
English one until then, so a page never waits for its officials to be translated."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from common.geography import SCOPE_CHOICES


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A coalition partner, co-host or endorser. Added once, reused everywhere."""

    name = models.CharField(max_length=200)
    website = models.URLField(blank=True, help_text=_("e.g. https://www.detentionwatchnetwork.org"))
    scope = models.CharField(
        max_length=30,
        choices=SCOPE_CHOICES,
        default="national",
        help_text=_("National, or the US state the organisation works in."),
    )
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. A square or wide logo on a plain background works best."),
    )

    panels = [FieldPanel("name"), FieldPanel("website"), FieldPanel("scope"), FieldPanel("logo")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    # An organisation's name is a proper name, the same in every language; a translator can
    # still give the Spanish name an organisation uses itself, and its Spanish website or logo.
    # Where it works is never translated.
    override_translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("website"),
        SynchronizedField("scope", overridable=False),
        SynchronizedField("logo"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            # One entry per organisation in each language (its translations share the name).
            models.UniqueConstraint(fields=["name", "locale"], name="organisation_name_per_locale")
        ]

    def __str__(self) -> str:
        return self.name


class Target(TranslatableMixin, index.Indexed, models.Model):
    """An official or body a campaign addresses: petitions, demands and call-ins point here."""

    name = models.CharField(
        max_length=150, help_text=_("e.g. 'Governor Brown' or 'Bill de Blasio'.")
    )
    title = models.CharField(max_length=150, blank=True, help_text=_("e.g. 'Governor', 'Mayor'."))
    office = models.CharField(
        max_length=200, blank=True, help_text=_("e.g. 'Office of the Governor'.")
    )
    jurisdiction = models.CharField(
        max_length=150, blank=True, help_text=_("e.g. 'California' or 'Durham County, NC'.")
    )
    phone = models.CharField(
        max_length=40, blank=True, help_text=_("Public office number for call-ins.")
    )
    email = models.EmailField(blank=True, help_text=_("Public office address."))
    social_handle = models.CharField(
        max_length=100, blank=True, help_text=_("e.g. '@NYCMayor'. Used in share text.")
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("title"), FieldPanel("office")], heading=_("Who")
        ),
        FieldPanel("jurisdiction"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("social_handle")],
            heading=_("How to reach them"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("office"),
        index.SearchField("jurisdiction"),
        index.AutocompleteField("name"),
    ]

    # What readers read about an official is translated: 'Governor' is 'Gobernador', 'Office
    # of the Governor' is 'Oficina del Gobernador', 'Durham County, NC' is 'Condado de Durham,
    # NC'. The name is a proper name, kept in sync, and a translator may override it when it
    # carries a title ('Governor Brown'). How to reach them is the same office in any language.
    override_translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("title"),
        TranslatableField("office"),
        TranslatableField("jurisdiction"),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("email", overridable=False),
        SynchronizedField("social_handle", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
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
