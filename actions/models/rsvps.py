import uuid

from django.conf import settings
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
    occurrence_start = models.DateTimeField(
        _("date"),
        null=True,
        blank=True,
        help_text=_(
            "For a repeating event, when the occurrence this RSVP is for starts; empty for "
            "a one-off event. Places and the waitlist are counted per occurrence."
        ),
    )
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

    attended_at = models.DateTimeField(
        _("arrived at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When a steward marked them as arrived on the check-in screen."),
    )
    attended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("checked in by"),
    )
    walk_in = models.BooleanField(
        _("walk-in"),
        default=False,
        editable=False,
        help_text=_("Added at the door by a steward, without an RSVP beforehand."),
    )
    feedback_sent_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the email asking how the event went was sent (once per RSVP)."),
    )
    # Set when the scheduler queues each reminder (actions.reminders), so it goes once.
    day_before_reminded_at = models.DateTimeField(
        _("reminded the day before at"), null=True, blank=True, editable=False
    )
    morning_reminded_at = models.DateTimeField(
        _("reminded on the morning at"), null=True, blank=True, editable=False
    )
    change_notified_at = models.DateTimeField(
        _("told of a change of time or place at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the event's time or place last changed that this person was told about."),
    )

    class Meta:
        ordering = ["-created_at"]
        permissions = [
            (
                "check_in_attendees",
                "Can mark who arrived at an event and add walk-ins (names only)",
            )
        ]
        verbose_name = _("RSVP")
        verbose_name_plural = _("RSVPs")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "email_normalised"],
                condition=~Q(status="cancelled") & Q(occurrence_start__isnull=True),
                name="one_active_rsvp_per_email_per_event",
            ),
            # A repeating event: one per person per date (NULLs never clash in a unique index,
            # so the one-off rule above keeps its own condition).
            models.UniqueConstraint(
                fields=["page", "occurrence_start", "email_normalised"],
                condition=~Q(status="cancelled") & Q(occurrence_start__isnull=False),
                name="one_active_rsvp_per_email_per_occurrence",
            ),
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
