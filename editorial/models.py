from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SchedulerHeartbeat(models.Model):
    """When the scheduler last ran, and how it went. One row for the whole site: every machine
    running the scheduler writes to it, so the dashboard can tell editors whether scheduled
    content will really go live."""

    SINGLETON_PK = 1

    last_started_at = models.DateTimeField(null=True, blank=True)
    last_finished_at = models.DateTimeField(null=True, blank=True)
    last_ok = models.BooleanField(
        null=True, help_text=_("Whether every job of the last run succeeded; empty before any run.")
    )
    last_error = models.TextField(blank=True, help_text=_("What failed in the last run, if any."))
    host = models.CharField(max_length=255, blank=True, help_text=_("Machine and process id."))
    job_runs = models.JSONField(
        default=dict,
        blank=True,
        help_text=_("Per job path: when it last ran and whether it succeeded ({'at', 'ok'})."),
    )

    class Meta:
        verbose_name = _("scheduler heartbeat")

    def __str__(self) -> str:
        return f"Scheduler last finished at {self.last_finished_at or 'never'}"

    @classmethod
    def load(cls) -> SchedulerHeartbeat | None:
        return cls.objects.filter(pk=cls.SINGLETON_PK).first()

    def is_stale(self, now: datetime | None = None) -> bool:
        """True when no run has finished within SCHEDULER_STALE_MINUTES."""
        if self.last_finished_at is None:
            return True
        limit = timedelta(minutes=settings.SCHEDULER_STALE_MINUTES)
        return (now or timezone.now()) - self.last_finished_at > limit
