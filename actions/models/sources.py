"""Where each record readers send came from: the campaign link's source code, the partner whose
link or widget it came through, and the kind of site the reader arrived from. Nothing personal:
no referring address is kept, only the channel it falls in (actions.sources)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    """The kind of place a reader came from. Blank on records sent before sources were kept."""

    EMAIL = "email", _("Email")
    SOCIAL = "social", _("Social media or a messaging app")
    PARTNER = "partner", _("A partner's link, website or widget")
    SEARCH = "search", _("A search engine")
    DIRECT = "direct", _("Directly (a typed address, a bookmark, or this site)")
    OTHER = "other", _("Another website")


class SourcedRecord(models.Model):
    """The source fields of signatures, RSVPs, endorsements, letters, call reports and email
    signups, filled from the form post by actions.sources. Every column has a default, so adding
    them to a large table is instant in PostgreSQL."""

    source = models.CharField(
        _("source"),
        max_length=40,
        blank=True,
        default="",
        editable=False,
        help_text=_(
            "The source code of the link the person followed (?source=…): one of the known "
            "codes or a partner's code, 'other' for anything else, blank without one."
        ),
    )
    source_partner = models.ForeignKey(
        "campaigns.Organisation",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("came through partner"),
        help_text=_("The partner whose link or widget the person used."),
    )
    channel = models.CharField(
        _("came from"),
        max_length=10,
        choices=Channel.choices,
        blank=True,
        default="",
        editable=False,
    )

    class Meta:
        abstract = True
