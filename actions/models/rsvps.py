import uuid

from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .moderation import ModeratedRecord
from .sources import SourcedRecord

MAX_GUESTS = 10


class RSVP(SourcedRecord, ModeratedRecord):
    """One person's RSVP to an event, with the guests they bring. Once the event is full, new
    RSVPs join the waitlist and are promoted in order when places free up. A held RSVP
    (actions.abuse) takes no place until a data steward releases it."""

    class Status(models.TextChoices):
        GOING = "going", _("Has a place")
        WAITLIST = "waitlist", _("On the waitlist")
        CANCELLED = "cancelled", _("Cancelled")

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="rsvps", verbose_name=_("event")
    )
    name = models.CharField(max_length=150)
    email = models.EmailField(max_length=254, blank=True)
    email_normalised = models.CharField(max_length=254, editable=False)
    guests = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(MAX_GUESTS)])
    phone = models.CharField(max_length=30, blank=True)
    access_needs = models.TextField(max_length=500, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.GOING)
    created_at = models.DateTimeField(_("RSVP'd at"), default=timezone.now, db_index=True)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)
    last_emailed_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "When the person was last sent an email about this RSVP: someone RSVPing "
            "again with their address is sent a reminder at most once a day."
        ),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("RSVP")
        verbose_name_plural = _("RSVPs")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "email_normalised"],
                condition=~Q(status="cancelled"),
                name="one_active_rsvp_per_email_per_event",
            )
        ]
        indexes = [
            models.Index(fields=["page", "status", "created_at"]),
            models.Index(fields=["page"], condition=Q(moderation="held"), name="actions_rsvp_held"),
        ]

    def __str__(self) -> str:
        return f"RSVP {self.pk}"

    @property
    def party_size(self) -> int:
        return 1 + self.guests
