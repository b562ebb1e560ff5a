from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .rsvps import RSVP

MAX_IMPROVE_LENGTH = 1000


class EventFeedback(models.Model):
    """How an attendee said the event went, from the link in the email sent after it: one
    answer per RSVP (sending the form again changes it). It holds nothing about the person
    beyond their answers; its free text is erased when their RSVP is anonymised
    (actions.services.retention), and the rating and yes/no answers still count."""

    class Rating(models.IntegerChoices):
        POOR = 1, _("Poor")
        FAIR = 2, _("Fair")
        GOOD = 3, _("Good")
        VERY_GOOD = 4, _("Very good")
        EXCELLENT = 5, _("Excellent")

    rsvp = models.OneToOneField(
        RSVP, on_delete=models.CASCADE, related_name="feedback", verbose_name=_("RSVP")
    )
    rating = models.PositiveSmallIntegerField(
        _("how was it"),
        choices=Rating.choices,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    improve = models.TextField(
        _("what we should do better"), max_length=MAX_IMPROVE_LENGTH, blank=True
    )
    come_again = models.BooleanField(_("would come again"), null=True, blank=True)
    help_organise = models.BooleanField(_("would help organise"), null=True, blank=True)
    created_at = models.DateTimeField(_("answered at"), default=timezone.now)
    updated_at = models.DateTimeField(_("last changed at"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("event feedback")
        verbose_name_plural = _("event feedback")

    def __str__(self) -> str:
        return f"Feedback {self.pk}"
