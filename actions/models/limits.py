"""How many posts one internet connection may send before they are held, and the ceiling
beyond which the site stops taking them: edited by data stewards under Settings, without a
deploy."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable


def default_burst() -> int:
    """The starting values come from settings.ACTIONS_FORM_LIMITS (the environment)."""
    return settings.ACTIONS_FORM_LIMITS["burst_per_minute"]


def default_sustained() -> int:
    return settings.ACTIONS_FORM_LIMITS["sustained_per_hour"]


def default_ceiling() -> int:
    return settings.ACTIONS_FORM_LIMITS["ceiling_per_minute"]


def default_domain() -> int:
    return settings.ACTIONS_FORM_LIMITS["domain_per_hour"]


LIMITS_HELP = _(
    "A rally, a school or an office can share one internet connection, so a few dozen people "
    "signing from one place within a minute is normal. Posts beyond the limits below are still "
    "stored and the sender sees the usual thank-you, but they are <b>held</b>: they do not count "
    "and no email is sent until a data steward releases them (under Supporters → Trending and "
    "held). Only beyond the ceiling does the form ask the sender to wait and try again. Changes "
    "take effect within a few seconds on every server."
)


def burst_field(**kwargs) -> models.PositiveIntegerField:
    return models.PositiveIntegerField(
        _("per minute"),
        validators=[MinValueValidator(1)],
        help_text=_("Posts from one connection in one minute that count at once; more are held."),
        **kwargs,
    )


def sustained_field(**kwargs) -> models.PositiveIntegerField:
    return models.PositiveIntegerField(
        _("per hour"),
        validators=[MinValueValidator(1)],
        help_text=_("Posts from one connection in one hour that count at once; more are held."),
        **kwargs,
    )


def ceiling_field(**kwargs) -> models.PositiveIntegerField:
    return models.PositiveIntegerField(
        _("ceiling per minute"),
        validators=[MinValueValidator(1)],
        help_text=_(
            "Beyond this many posts in a minute from one connection, the form asks the "
            "sender to wait a minute (to protect the site). Far above any crowd."
        ),
        **kwargs,
    )


@register_setting(icon="warning")
class FormLimits(ClusterableModel, BaseGenericSetting):
    """How fast one internet connection may send the public forms (sign, RSVP, endorse, email
    signup) before its posts are held for a data steward. Edit under Settings → Form limits."""

    burst_per_minute = burst_field(default=default_burst)
    sustained_per_hour = sustained_field(default=default_sustained)
    ceiling_per_minute = ceiling_field(default=default_ceiling)
    domain_per_hour = models.PositiveIntegerField(
        _("per email domain, per hour"),
        default=default_domain,
        help_text=_(
            "Posts to one form in one hour with addresses at one email domain (say "
            "@throwaway.example), from any number of connections, that count at once; more are "
            "held. Gmail, Outlook, Yahoo and the other big free providers are never limited this "
            "way, since thousands of honest signers share them. 0 switches it off."
        ),
    )

    panels = [
        HelpPanel(content=LIMITS_HELP),
        MultiFieldPanel(
            [
                FieldPanel("burst_per_minute"),
                FieldPanel("sustained_per_hour"),
                FieldPanel("ceiling_per_minute"),
                FieldPanel("domain_per_hour"),
            ],
            heading=_("Every form"),
        ),
        InlinePanel(
            "overrides",
            heading=_("Different limits for one form"),
            label=_("Form"),
            help_text=_(
                "For a petition, event or statement expecting a big crowd from one "
                "place (or under attack): its own limits. Empty boxes use the limits above."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("form limits")

    def clean(self) -> None:
        super().clean()
        if (self.ceiling_per_minute or 0) < (self.burst_per_minute or 0):
            raise ValidationError(
                {"ceiling_per_minute": "The ceiling must be at least the per-minute limit."}
            )


class FormLimitOverride(Orderable):
    """One form's own limits: a petition, event or statement page, or the email signup."""

    limits = ParentalKey(FormLimits, on_delete=models.CASCADE, related_name="overrides")
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "The petition, event or statement whose form this is. Leave empty for the "
            '"Get campaign updates" email signup.'
        ),
    )
    burst_per_minute = burst_field(null=True, blank=True)
    sustained_per_hour = sustained_field(null=True, blank=True)
    ceiling_per_minute = ceiling_field(null=True, blank=True)

    panels = [
        FieldPanel("page"),
        FieldPanel("burst_per_minute"),
        FieldPanel("sustained_per_hour"),
        FieldPanel("ceiling_per_minute"),
    ]

    def __str__(self) -> str:
        return f"Limits for {self.page or 'the email signup'}"
