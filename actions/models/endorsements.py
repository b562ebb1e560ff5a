from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from common.geography import NATIONAL, SCOPE_CHOICES

from .moderation import ModeratedRecord
from .sources import SourcedRecord


class Endorsement(SourcedRecord, ModeratedRecord):
    """An organisation that signed on to a statement. Public once approved; the contact
    details are private to staff. A held one (actions.abuse) waits for a data steward before
    reviewers are told of it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="endorsements"
    )
    organisation_name = models.CharField(max_length=200)
    website = models.URLField(blank=True, max_length=300)
    scope = models.CharField(
        _("national or state"), max_length=30, choices=SCOPE_CHOICES, default=NATIONAL
    )
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_name = models.CharField(max_length=150, blank=True)
    contact_email = models.EmailField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    submitted_at = models.DateTimeField(auto_now_add=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    last_emailed_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the contact and the reviewers were told the entry arrived."),
    )

    class Meta:
        ordering = ["organisation_name"]
        constraints = [
            # Case-insensitive, so "ACLU of Texas" and "ACLU OF TEXAS" are one endorser.
            models.UniqueConstraint(
                Lower("organisation_name"), "page", name="one_endorsement_per_org_name_per_page"
            )
        ]
        indexes = [models.Index(fields=["page", "status", "scope"])]

    def __str__(self) -> str:
        return self.organisation_name
