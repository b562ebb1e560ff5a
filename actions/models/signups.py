import uuid

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .moderation import ModeratedRecord
from .sources import SourcedRecord


class UpdatesSignup(SourcedRecord, ModeratedRecord):
    """Someone who asked for campaign updates by email ("Get campaign updates" in the site
    footer), with their explicit consent. One per person: a second signup with the same
    address (compared as for signatures) changes nothing."""

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(max_length=150)
    email = models.EmailField(max_length=254)
    email_normalised = models.CharField(
        max_length=254,
        editable=False,
        help_text=_("The email in lower case without its +tag: one signup per address."),
    )
    postcode = models.CharField(_("ZIP or postcode"), max_length=12, blank=True)
    consent = models.CharField(
        _("agreed to"),
        max_length=300,
        help_text=_("The words of the box the person ticked, as they read them."),
    )
    created_at = models.DateTimeField(_("signed up at"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("email signup")
        verbose_name_plural = _("email signups")
        constraints = [
            models.UniqueConstraint(
                fields=["email_normalised"], name="one_updates_signup_per_email"
            )
        ]
        indexes = [
            models.Index(
                fields=["created_at"], condition=Q(moderation="held"), name="actions_signup_held"
            )
        ]

    def __str__(self) -> str:
        return f"Email signup {self.pk}"
