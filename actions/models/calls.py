from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .moderation import ModeratedRecord, Moderation
from .sources import SourcedRecord

# The reports the public counts count.
COUNTED_CALLS = Q(moderation=Moderation.COUNTED)
NOTE_MAX_LENGTH = 500


class CallReport(SourcedRecord, ModeratedRecord):
    """What one caller told us after phoning an official from a call page ("How did it go?").
    Nothing in it names the caller: no name, phone number, email or ZIP code (only the state
    the ZIP is in). The note is free text a stranger typed: only data stewards read it."""

    class Outcome(models.TextChoices):
        REACHED = "reached", _("Reached someone")
        VOICEMAIL = "voicemail", _("Left a voicemail")
        NO_ANSWER = "no_answer", _("No answer")
        BUSY = "busy", _("Busy")

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="call_reports",
        verbose_name=_("call page"),
    )
    # The official as the page links it (its translations share it): one count in every
    # language. Kept, without the official, if an editor deletes the official.
    target = models.ForeignKey(
        "campaigns.Target",
        null=True,
        on_delete=models.SET_NULL,
        related_name="call_reports",
        verbose_name=_("official called"),
    )
    outcome = models.CharField(_("how it went"), max_length=10, choices=Outcome.choices)
    note = models.TextField(_("note"), max_length=NOTE_MAX_LENGTH, blank=True)
    state = models.CharField(
        _("US state"),
        max_length=2,
        blank=True,
        editable=False,
        help_text=_("The state of the ZIP code the caller looked up (the ZIP is not kept)."),
    )
    created_at = models.DateTimeField(_("reported at"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("call report")
        verbose_name_plural = _("call reports")
        indexes = [
            # The public count per official reads only this index.
            models.Index(
                fields=["page", "target"], condition=COUNTED_CALLS, name="actions_call_counts"
            ),
        ]

    def __str__(self) -> str:
        return f"Call report {self.pk}"
