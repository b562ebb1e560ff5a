"""Reusable records editors pick from lists: organisations and the officials we target.

Both are translatable (wagtail-localize: Campaign lists → … → Translate). A page points at the
English record; a Spanish page shows the Spanish one when it exists (`in_locale`), and the
English one until then, so a page never waits for its officials to be translated."""

import secrets

from django.conf import settings
from django.contrib.admin import display as admin_display
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from common.geography import SCOPE_CHOICES
from common.places import STATE_FIELD_CHOICES, Place, same_name, state_name

PARTNER_CODE_MAX_LENGTH = 40


def new_partner_key() -> str:
    """The secret in a partner's private count link: 32 random URL-safe characters."""
    return secrets.token_urlsafe(24)


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

    partner_code = models.SlugField(
        _("partner code"),
        max_length=PARTNER_CODE_MAX_LENGTH,
        blank=True,
        allow_unicode=False,
        help_text=_(
            "Short code in the links and widget this organisation shares (…?partner=code), so "
            "the actions they bring in are counted as theirs. Lower-case letters, digits and "
            "hyphens. Left empty, it is made from the name. Changing it stops the links "
            "already shared from counting for them."
        ),
    )
    # Not editable: only a data steward rotates it (actions.partner_views), which breaks the
    # old private link at once.
    partner_key = models.CharField(
        _("private link key"), max_length=64, blank=True, default="", editable=False
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("website"),
        FieldPanel("scope"),
        FieldPanel("logo"),
        FieldPanel("partner_code"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    # An organisation's name is a proper name, the same in every language; a translator can
    # still give the Spanish name an organisation uses itself, and its Spanish website or logo.
    # Where it works is never translated.
    override_translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("website"),
        SynchronizedField("scope", overridable=False),
        SynchronizedField("logo"),
        # One partner in every language: the same code counts the same partner.
        SynchronizedField("partner_code", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            # One entry per organisation in each language (its translations share the name).
            models.UniqueConstraint(fields=["name", "locale"], name="organisation_name_per_locale"),
            # Translations share their code and key, so they are unique in each language.
            models.UniqueConstraint(
                fields=["partner_code", "locale"],
                condition=~models.Q(partner_code=""),
                name="organisation_partner_code_per_locale",
            ),
            models.UniqueConstraint(
                fields=["partner_key", "locale"],
                condition=~models.Q(partner_key=""),
                name="organisation_partner_key_per_locale",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        # A translation takes its original's code and key; a new organisation gets its own.
        if not self.partner_code or not self.partner_key:
            original = self._translations_of_self().first() if self.translation_key else None
            if not self.partner_code:
                self.partner_code = (original and original.partner_code) or (
                    self.unique_partner_code()
                )
            if not self.partner_key:
                self.partner_key = (original and original.partner_key) or new_partner_key()
        super().save(*args, **kwargs)

    def _others(self):
        """Organisations other than this one and its translations."""
        others = type(self).objects.all()
        if self.translation_key:
            others = others.exclude(translation_key=self.translation_key)
        return others

    def _translations_of_self(self):
        return type(self).objects.filter(translation_key=self.translation_key).exclude(pk=self.pk)

    def clean(self):
        super().clean()
        self.partner_code = slugify(self.partner_code)[:PARTNER_CODE_MAX_LENGTH].strip("-")
        if self.partner_code and self._others().filter(partner_code=self.partner_code).exists():
            raise ValidationError(
                {"partner_code": _("Another organisation has this code. Choose another one.")}
            )

    def unique_partner_code(self) -> str:
        """A code made from the name ('Detention Watch Network' → 'detention-watch-network'),
        with a number added when another organisation has it."""
        base = slugify(self.name)[: PARTNER_CODE_MAX_LENGTH - 4].strip("-") or "partner"
        taken = set(
            self._others()
            .filter(partner_code__startswith=base)
            .values_list("partner_code", flat=True)
        )
        code, number = base, 2
        while code in taken:
            code, number = f"{base}-{number}", number + 1
        return code

    def rotate_partner_key(self) -> str:
        """A new private link for this partner in every language; the old one stops working."""
        key = new_partner_key()
        type(self).objects.filter(translation_key=self.translation_key).update(partner_key=key)
        self.partner_key = key
        return key


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
