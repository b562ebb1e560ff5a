"""Periodic jobs that editorial provides to the scheduler (see settings.SCHEDULER_JOBS)."""

from __future__ import annotations

import io
import logging

from django.core.management import call_command
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.models import ModelLogEntry, Page, PageLogEntry

logger = logging.getLogger(__name__)

PUBLISHED = "wagtail.publish.scheduled"
UNPUBLISHED = "wagtail.unpublish.scheduled"
# The schedule field each scheduled action has used up.
PASSED_FIELD = {PUBLISHED: "go_live_at", UNPUBLISHED: "expire_at"}


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
            clear_passed_schedule(entry.content_type.model_class(), entry.object_id, entry.action)
    if not any(counts.values()):
        return None
    return f"{counts[PUBLISHED]} published, {counts[UNPUBLISHED]} unpublished"


def clear_passed_schedule(model: type | None, object_id: str, action: str) -> None:
    """Empty the go-live (after a scheduled publish) or expiry (after a scheduled unpublish)
    date that has just passed, on the object and on its latest revision, which is what the
    edit form shows. Wagtail keeps them (issue #13896): the editor then sees a schedule that is
    over, and with an expiry in the past the next draft save fails ("Expiry date/time must be
    in the future"). A date still in the future is a new schedule and is kept."""
    if model is None:
        return  # the model's code was removed
    if issubclass(model, Page):
        model = Page  # the schedule fields live on the base table
    field = PASSED_FIELD[action]
    now = timezone.now()
    with transaction.atomic():
        obj = model.objects.filter(pk=object_id).select_related("latest_revision").first()
        if obj is None:
            return
        if getattr(obj, field) and getattr(obj, field) <= now:
            model.objects.filter(pk=obj.pk).update(**{field: None})
        revision = obj.latest_revision
        passed = parse_datetime(revision.content.get(field) or "") if revision else None
        if passed and passed <= now:
            revision.content[field] = None
            revision.save(update_fields=["content"])
