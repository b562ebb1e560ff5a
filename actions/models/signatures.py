import uuid

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.places import STATE_FIELD_CHOICES

from .moderation import ModeratedRecord, Moderation
from .sources import SourcedRecord

# The signatures the public count counts.
COUNTED = Q(confirmed_at__isnull=False, moderation=Moderation.COUNTED)


class Signature(SourcedRecord, ModeratedRecord):
    """One person's signature on one petition. It counts once confirmed: at once, or when the
    signer follows the link in their email if the petition asks for confirmation, and only
    while it is not held or rejected (actions.abuse)."""

    class Status(models.TextChoices):
        """What the admin says about a signature; worked out from its dates, not stored."""

        COUNTED = "counted", _("Counted")
        AWAITING = "awaiting", _("Awaiting email confirmation")
        HELD = "held", _("Held for a data steward")
        REJECTED = "rejected", _("Rejected")
        ANONYMISED = "anonymised", _("Anonymised")

    # The rows in each status, for the admin's filter; `status` reads the same dates.
    STATUS_CONDITIONS = {
        Status.ANONYMISED: Q(anonymised_at__isnull=False),
        Status.HELD: Q(anonymised_at__isnull=True, moderation=Moderation.HELD),
        Status.REJECTED: Q(anonymised_at__isnull=True, moderation=Moderation.REJECTED),
        Status.COUNTED: Q(
            anonymised_at__isnull=True, confirmed_at__isnull=False, moderation=Moderation.COUNTED
        ),
        Status.AWAITING: Q(
            anonymised_at__isnull=True, confirmed_at__isnull=True, moderation=Moderation.COUNTED
        ),
    }

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="signatures",
        verbose_name=_("petition"),
    )
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    email = models.EmailField(max_length=254, blank=True)
    email_normalised = models.CharField(
        max_length=254,
        editable=False,
        help_text=_("The email in lower case without its +tag: one signature per address."),
    )
    postcode = models.CharField(_("ZIP or postcode"), max_length=12, blank=True)
    state = models.CharField(
        _("US state"),
        max_length=2,
        blank=True,
        editable=False,
        help_text=_(
            "The state of the signer's ZIP code, for the counts by state. Kept when the "
            "signer's details are erased: a state names nobody."
        ),
    )
    phone = models.CharField(max_length=30, blank=True)
    opt_in = models.BooleanField(_("wants campaign news"), default=False)
    comment = models.TextField(max_length=1000, blank=True)
    created_at = models.DateTimeField(_("signed at"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(
        null=True, blank=True, help_text=_("Empty while the signer has not confirmed by email.")
    )
    anonymised_at = models.DateTimeField(null=True, blank=True)
    last_emailed_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the signer was last sent an email (a receipt or a confirmation link)."),
    )

    class Meta:
        ordering = ["-created_at"]
        permissions = [
            ("view_supporter_data", "Can see and export supporters' names and contact details")
        ]
        constraints = [
            # The database, not the form, guarantees one signature per person: two requests
            # racing with the same address cannot both insert.
            models.UniqueConstraint(
                fields=["page", "email_normalised"], name="one_signature_per_email_per_petition"
            )
        ]
        indexes = [
            # The public count reads only this small index (an index-only scan).
            models.Index(
                fields=["page"],
                condition=COUNTED,
                name="actions_signature_counts",
            ),
            # The held queue and the dashboard find held signatures without reading the table.
            models.Index(
                fields=["page"], condition=Q(moderation="held"), name="actions_signature_held"
            ),
        ]

    def __str__(self) -> str:
        return f"Signature {self.pk}"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def status(self) -> str:
        """The status's label, as the admin list shows it."""
        if self.anonymised_at:
            status = self.Status.ANONYMISED
        elif self.moderation != Moderation.COUNTED:
            status = self.Status(self.moderation)
        elif self.confirmed_at:
            status = self.Status.COUNTED
        else:
            status = self.Status.AWAITING
        return str(status.label)


class PaperSignatures(models.Model):
    """Signatures collected offline (clipboards, paper petitions, another platform) that count
    towards a petition's total. Only the number is recorded here."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="paper_signatures",
        verbose_name=_("petition"),
    )
    count = models.PositiveIntegerField(
        _("number of signatures"),
        validators=[MinValueValidator(1)],
        help_text=_("How many signatures to add to the petition's count."),
    )
    description = models.CharField(
        max_length=200,
        help_text=_("Where they came from, e.g. 'Clipboards at the Adelanto vigil'."),
    )
    collected_on = models.DateField(null=True, blank=True)
    state = models.CharField(
        _("US state"),
        max_length=2,
        blank=True,
        choices=STATE_FIELD_CHOICES,
        help_text=_(
            "Where they were collected, if all in one state (clipboards at a vigil in "
            "Adelanto: CA). They then count in that state on the petition's map."
        ),
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
        ordering = ["-added_at"]
        verbose_name = _("paper signatures")
        verbose_name_plural = _("paper signatures")

    def __str__(self) -> str:
        return f"{self.count} paper signatures: {self.description}"
