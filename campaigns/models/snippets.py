"""Reusable records editors pick from lists: organisations and the officials we target.

Both are translatable (wagtail-localize: Campaign lists → … → Translate). A page points at the
English record; a Spanish page shows the Spanish one when it exists (`in_locale`), and the
English one until then, so a page never waits for its officials to be translated."""

from django.conf import settings
from django.contrib.admin import display as admin_display
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from common.geography import SCOPE_CHOICES
from common.places import STATE_FIELD_CHOICES, Place, same_name, state_name


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
    """An official or body a campaign addresses: petitions, demands, letters and calls point
    here. Where the office has power (`level` with its state, county or city) decides which
    readers are sent to it: a reader who gives a San Mateo County ZIP code is given the San
    Mateo County Sheriff, never another county's (campaigns.officials)."""

    class Level(models.TextChoices):
        NATIONAL = "national", _("National (the whole country, e.g. Congress, a federal agency)")
        STATE = "state", _("A state (e.g. a Governor, a state legislature)")
        COUNTY = "county", _("A county (e.g. a Sheriff, a District Attorney, a county board)")
        CITY = "city", _("A city (e.g. a Mayor, a city council)")

    name = models.CharField(
        max_length=150, help_text=_("e.g. 'Governor Brown' or 'Bill de Blasio'.")
    )
    title = models.CharField(max_length=150, blank=True, help_text=_("e.g. 'Governor', 'Mayor'."))
    office = models.CharField(
        max_length=200, blank=True, help_text=_("e.g. 'Office of the Governor'.")
    )
    jurisdiction = models.CharField(
        _("where, in words"),
        max_length=150,
        blank=True,
        help_text=_("How readers read where they serve, e.g. 'California' or 'Durham County, NC'."),
    )
    level = models.CharField(
        _("serves"),
        max_length=10,
        choices=Level.choices,
        default=Level.NATIONAL,
        help_text=_(
            "Decides which readers are sent to this official when they enter their ZIP code."
        ),
    )
    state = models.CharField(
        max_length=2,
        blank=True,
        choices=STATE_FIELD_CHOICES,
        help_text=_("The state they serve (or the state of their county or city)."),
    )
    county = models.CharField(
        max_length=100,
        blank=True,
        help_text=_(
            "For a county office: the county's full name, e.g. 'San Mateo County' or 'Orleans "
            "Parish'."
        ),
    )
    city = models.CharField(
        max_length=100, blank=True, help_text=_("For a city office: the city, e.g. 'Oakland'.")
    )
    phone = models.CharField(
        max_length=40, blank=True, help_text=_("Public office number for call-ins.")
    )
    email = models.EmailField(
        blank=True,
        help_text=_("Public office address. Letters from readers are emailed here."),
    )
    web_form_url = models.URLField(
        _("contact form"),
        blank=True,
        max_length=500,
        help_text=_(
            "If the office only takes messages through a form on its website, its address. "
            "Letters to an office without an email address are delivered by hand."
        ),
    )
    postal_address = models.TextField(
        blank=True, help_text=_("Where to mail or hand in letters and petitions.")
    )
    social_handle = models.CharField(
        max_length=100, blank=True, help_text=_("e.g. '@NYCMayor'. Used in share text.")
    )
    is_demo = models.BooleanField(
        _("demo data"),
        default=False,
        help_text=_(
            "The phone number and email are made up (555-01xx numbers, example.org "
            "addresses). Replace them with the office's real ones before a real campaign."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("title"), FieldPanel("office")], heading=_("Who")
        ),
        MultiFieldPanel(
            [
                FieldPanel("level"),
                FieldPanel("state"),
                FieldPanel("county"),
                FieldPanel("city"),
                FieldPanel("jurisdiction"),
            ],
            heading=_("Where they serve"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("web_form_url"),
                FieldPanel("postal_address"),
                FieldPanel("social_handle"),
                FieldPanel("is_demo"),
            ],
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
        SynchronizedField("level", overridable=False),
        SynchronizedField("state", overridable=False),
        SynchronizedField("county", overridable=False),
        SynchronizedField("city", overridable=False),
        SynchronizedField("web_form_url", overridable=False),
        SynchronizedField("postal_address", overridable=False),
        SynchronizedField("is_demo", overridable=False),
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

    def clean(self):
        super().clean()
        needed = {
            self.Level.STATE: ("state",),
            self.Level.COUNTY: ("state", "county"),
            self.Level.CITY: ("state", "city"),
        }.get(self.level, ())
        errors = {
            field: _("Needed to send readers in that place to this official.")
            for field in needed
            if not getattr(self, field).strip()
        }
        if errors:
            raise ValidationError(errors)

    def serves(self, place: Place | None, state: str = "", county: str = "") -> bool:
        """Whether a reader at `place` (or, without a ZIP, in `state`) is this official's
        constituent. `county` is the county the reader chose when their ZIP spans several."""
        if self.level == self.Level.NATIONAL:
            return True
        reader_state = place.state if place else state
        if not reader_state or self.state != reader_state:
            return False
        if self.level == self.Level.STATE:
            return True
        if place is None:
            return False
        if self.level == self.Level.COUNTY:
            counties = (county,) if county else place.counties
            return any(same_name(self.county, name) for name in counties)
        return any(same_name(self.city, name) for name in place.cities)

    @admin_display(description=_("where they serve"))
    def place_label(self) -> str:
        """Where they serve, in the active language: the editor's words, else 'California'."""
        if self.jurisdiction:
            return self.jurisdiction
        if self.level == self.Level.COUNTY:
            return f"{self.county}, {self.state}"
        if self.level == self.Level.CITY:
            return f"{self.city}, {self.state}"
        return state_name(self.state) if self.state else ""

    @property
    def phone_link(self) -> str:
        """The number as a tel: address ('+1-650-555-0142'), or '' without a number."""
        digits = "".join(ch for ch in self.phone if ch.isdigit())
        if len(digits) == 10:
            digits = "1" + digits
        return f"tel:+{digits}" if len(digits) >= 11 else ""
