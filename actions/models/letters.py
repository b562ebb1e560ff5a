"""Letters readers write to their officials from a letter action page.

A letter is addressed to one official (campaigns.Target, by string: this app never imports
the page types) and stored against the action's counting page, so the English and Spanish
pages count one set of letters. It goes out by email from the campaign's address, or, to an
office without an email address, in a batch that data stewards deliver by hand."""

import uuid

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .moderation import ModeratedRecord, Moderation
from .sources import SourcedRecord

# The letters the public counts count: every standing letter, sent or waiting to go out.
LETTER_COUNTED = Q(moderation=Moderation.COUNTED)


class Letter(SourcedRecord, ModeratedRecord):
    """One reader's letter to one official. It counts at once (unless held or rejected:
    actions.abuse) and is delivered by the task worker: emailed on its delivery day, or
    handed in by volunteers when the office has no email address."""

    class Delivery(models.TextChoices):
        EMAIL = "email", _("By email")
        HAND = "hand", _("By hand")

    class Status(models.TextChoices):
        """What the admin says about a letter; worked out from its fields, not stored."""

        SENT = "sent", _("Emailed")
        SCHEDULED = "scheduled", _("Waiting for its delivery day")
        TO_HAND_IN = "to_hand_in", _("Waiting for hand delivery")
        HANDED_IN = "handed_in", _("Delivered by hand")
        HELD = "held", _("Held for a data steward")
        REJECTED = "rejected", _("Rejected")
        ANONYMISED = "anonymised", _("Anonymised")

    # The rows in each status, for the admin's filter; `status` reads the same fields.
    STATUS_CONDITIONS = {
        Status.ANONYMISED: Q(anonymised_at__isnull=False),
        Status.HELD: Q(anonymised_at__isnull=True, moderation=Moderation.HELD),
        Status.REJECTED: Q(anonymised_at__isnull=True, moderation=Moderation.REJECTED),
        Status.SENT: Q(
            anonymised_at__isnull=True,
            moderation=Moderation.COUNTED,
            delivery="email",
            sent_at__isnull=False,
        ),
        Status.SCHEDULED: Q(
            anonymised_at__isnull=True,
            moderation=Moderation.COUNTED,
            delivery="email",
            sent_at__isnull=True,
        ),
        Status.TO_HAND_IN: Q(
            anonymised_at__isnull=True,
            moderation=Moderation.COUNTED,
            delivery="hand",
            sent_at__isnull=True,
        ),
        Status.HANDED_IN: Q(
            anonymised_at__isnull=True,
            moderation=Moderation.COUNTED,
            delivery="hand",
            sent_at__isnull=False,
        ),
    }

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="letters",
        verbose_name=_("letter action"),
    )
    # SET_NULL, not CASCADE: deleting an official from the lists must not delete the letters
    # people wrote, nor the counts; `target_name` still says who they were written to.
    target = models.ForeignKey(
        "campaigns.Target",
        null=True,
        on_delete=models.SET_NULL,
        related_name="letters",
        verbose_name=_("official"),
    )
    target_name = models.CharField(
        _("written to"),
        max_length=300,
        editable=False,
        help_text=_("The official as the reader saw them, kept if the official is deleted."),
    )
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    email = models.EmailField(max_length=254, blank=True)
    email_normalised = models.CharField(
        max_length=254,
        editable=False,
        help_text=_("The email in lower case without its +tag: one letter per address."),
    )
    postcode = models.CharField(_("ZIP code"), max_length=12, blank=True)
    state = models.CharField(
        _("US state"),
        max_length=2,
        blank=True,
        editable=False,
        help_text=_(
            "The state of the writer's ZIP code, for the counts by state. Kept when the "
            "writer's details are erased: a state names nobody."
        ),
    )
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField(_("letter"), max_length=10_000, blank=True)
    opt_in = models.BooleanField(_("wants campaign news"), default=False)
    created_at = models.DateTimeField(_("written at"), default=timezone.now, db_index=True)
    delivery = models.CharField(
        max_length=5,
        choices=Delivery.choices,
        default=Delivery.EMAIL,
        help_text=_(
            "By email to the office's address, or by hand by volunteers when the office has "
            "no email address."
        ),
    )
    delivery_due_on = models.DateField(
        _("goes out on"),
        null=True,
        blank=True,
        help_text=_(
            "The day the letter is emailed: later than the day it was written when the "
            "office had its daily limit of letters from this action already."
        ),
    )
    queued_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the letter was handed to the task worker for sending."),
    )
    sent_at = models.DateTimeField(
        _("delivered at"),
        null=True,
        blank=True,
        help_text=_("When it was emailed, or when a data steward marked it delivered by hand."),
    )
    anonymised_at = models.DateTimeField(null=True, blank=True)

    # A letter's relation to its official is not editorial content: thousands of them would
    # flood the official's usage screen.
    wagtail_reference_index_ignore = True

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("letter")
        verbose_name_plural = _("letters")
        constraints = [
            # One letter per person and official on an action: a second one is not stored,
            # so it counts once, whichever request wins a race.
            models.UniqueConstraint(
                fields=["page", "target", "email_normalised"],
                name="one_letter_per_email_per_target",
            )
        ]
        indexes = [
            # The counts per official read only this small index.
            models.Index(
                fields=["page", "target"], condition=LETTER_COUNTED, name="actions_letter_counts"
            ),
            # The scheduler finds the emailed letters still to send without reading the table.
            models.Index(
                fields=["delivery_due_on"],
                condition=Q(sent_at__isnull=True, delivery="email"),
                name="actions_letter_unsent",
            ),
            models.Index(
                fields=["page"], condition=Q(moderation="held"), name="actions_letter_held"
            ),
        ]

    def __str__(self) -> str:
        return f"Letter {self.pk}"

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
        elif self.delivery == self.Delivery.EMAIL:
            status = self.Status.SENT if self.sent_at else self.Status.SCHEDULED
        else:
            status = self.Status.HANDED_IN if self.sent_at else self.Status.TO_HAND_IN
        return str(status.label)
