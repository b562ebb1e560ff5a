"""Periodic jobs that editorial provides to the scheduler (see settings.SCHEDULER_JOBS)."""

from __future__ import annotations

import io
import logging

from django.core.management import call_command
from django.db.models import Max
from wagtail.models import ModelLogEntry, PageLogEntry

logger = logging.getLogger(__name__)

PUBLISHED = "wagtail.publish.scheduled"
UNPUBLISHED = "wagtail.unpublish.scheduled"


def publish_scheduled_content() -> str | None:
    """Run Wagtail's `publish_scheduled`: pages and snippets whose go-live time has passed go
    live, expired ones go offline. The command itself prints nothing when it is not a dry run,
    so what it did is read back from the log entries it wrote and logged, one line per item."""
    log_models = (PageLogEntry, ModelLogEntry)
    high_water = {model: model.objects.aggregate(top=Max("pk"))["top"] or 0 for model in log_models}

    call_command("publish_scheduled", stdout=io.StringIO())

    counts = {PUBLISHED: 0, UNPUBLISHED: 0}
    for model in log_models:
        entries = model.objects.filter(
            pk__gt=high_water[model], action__in=list(counts)
        ).select_related("content_type")
        for entry in entries.order_by("pk"):
            counts[entry.action] += 1
            verb = "Published" if entry.action == PUBLISHED else "Unpublished (expired)"
            logger.info(
                '%s %s %s "%s"', verb, entry.content_type.model, entry.object_id, entry.label
            )
    if not any(counts.values()):
        return None
    return f"{counts[PUBLISHED]} published, {counts[UNPUBLISHED]} unpublished"
