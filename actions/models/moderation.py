"""What the abuse model stores with every record readers send: who sent it (a keyed hash of
the address, never the address), the email's domain, and whether it counts."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from actions.validation import normalise_email


class Moderation(models.TextChoices):
    """Whether a record counts (the public count, an event's places, the endorsers list)."""

    COUNTED = "counted", _("Counted")
    HELD = "held", _("Held for a data steward")
    REJECTED = "rejected", _("Rejected")


class ModeratedRecord(models.Model):
    """Fields shared by signatures, RSVPs, endorsements and email signups. Every new column
    has a default, so adding them to a large table is instant in PostgreSQL."""

    client_hash = models.CharField(
        _("sent from"),
        max_length=16,
        blank=True,
        default="",
        editable=False,
        help_text=_(
            "A code standing for the internet address the form was sent from (not the "
            "address itself): posts with the same code came from the same connection."
        ),
    )
    email_domain = models.CharField(
        max_length=254,
        blank=True,
        default="",
        editable=False,
        help_text=_("The part of the email after the @, for spotting floods from one provider."),
    )
    moderation = models.CharField(
        _("counts?"),
        max_length=10,
        choices=Moderation.choices,
        default=Moderation.COUNTED,
        help_text=_(
            "Held: sent faster than people do, or matched a warning sign; it does not "
            "count and gets no email until a data steward releases it. Rejected: never counts."
        ),
    )
    held_reason = models.CharField(
        _("why held or rejected"), max_length=200, blank=True, default="", editable=False
    )
    held_at = models.DateTimeField(_("held or rejected at"), null=True, blank=True, editable=False)
    language = models.CharField(
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        editable=False,
        help_text=_(
            "The language of the page the form was sent from. Emails to this person "
            "are written in it and link to the page in it."
        ),
    )

    class Meta:
        abstract = True


class BlockedEmail(models.Model):
    """An email address or a whole email domain whose posts are stored as rejected: they never
    count and get no email, and the sender sees the usual thank-you."""

    class Kind(models.TextChoices):
        ADDRESS = "address", _("One email address")
        DOMAIN = "domain", _("Every address at a domain")

    kind = models.CharField(_("block"), max_length=10, choices=Kind.choices, default=Kind.DOMAIN)
    value = models.CharField(
        _("address or domain"),
        max_length=254,
        help_text=_(
            "An address (maria@example.org) or, for a domain, the part after the @ "
            "(example.org). Compared the way duplicates are: case, +tags and Gmail dots ignored."
        ),
    )
    reason = models.CharField(
        max_length=200, blank=True, help_text=_("For other stewards: why this is blocked.")
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "value"]
        verbose_name = _("blocked email")
        verbose_name_plural = _("blocked emails")
        constraints = [
            models.UniqueConstraint(fields=["kind", "value"], name="one_block_per_email_or_domain")
        ]

    def __str__(self) -> str:
        return self.value

    def save(self, *args, **kwargs) -> None:
        # Stored as the post path compares: a normalised address, a bare lower-case domain.
        value = self.value.strip()
        if self.kind == self.Kind.ADDRESS:
            self.value = normalise_email(value)
        else:
            # Through normalise_email, so a domain it rewrites compares as posts' domains do.
            self.value = normalise_email("x@" + value.rpartition("@")[2]).rpartition("@")[2]
        super().save(*args, **kwargs)
