"""What is scheduled, and what should already have happened: the queries behind the dashboard
(and any other view of the schedule, such as a calendar).

Wagtail stores a scheduled go-live on the revision that will be published
(`Revision.approved_go_live_at`, set when someone with publish permission schedules it, and
cleared once it is published), and a scheduled expiry on the object (`expire_at`, acted on
while it is live). Drafts whose go-live date nobody has approved are not scheduled: saving a
draft with a date is not "Schedule to publish" (Wagtail issue #7319), so `unscheduled_go_lives`
finds them for the editor and calendar warnings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.apps import apps
from django.conf import settings
from django.db.models import Model, QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.models import DraftStateMixin, Page, Revision

GO_LIVE = "go live"
GO_OFFLINE = "go offline"
NOT_SCHEDULED = "not scheduled"


@dataclass(frozen=True)
class ScheduledItem:
    """One scheduled change: `obj` (a page or snippet) will `action` at `when`."""

    title: str
    when: datetime
    action: str
    obj: Model | None


def scheduled_go_lives(start: datetime, end: datetime, limit: int = 100) -> list[ScheduledItem]:
    """Pages and snippets scheduled to go live in [start, end), earliest first."""
    revisions = Revision.objects.filter(approved_go_live_at__gte=start, approved_go_live_at__lt=end)
    return _go_live_items(revisions, limit)


def overdue_items(now: datetime | None = None) -> list[ScheduledItem]:
    """Scheduled changes whose time passed more than SCHEDULER_OVERDUE_MINUTES ago without
    happening: a sign that the scheduler is not running or cannot publish them."""
    cutoff = (now or timezone.now()) - timedelta(minutes=settings.SCHEDULER_OVERDUE_MINUTES)
    items = _go_live_items(Revision.objects.filter(approved_go_live_at__lt=cutoff), limit=100)
    for model in draft_state_models():
        expired = model.objects.filter(live=True, expire_at__lt=cutoff).order_by("expire_at")
        if model is Page:
            expired = expired.specific()
        items += [ScheduledItem(str(obj), obj.expire_at, GO_OFFLINE, obj) for obj in expired[:100]]
    return sorted(items, key=lambda item: item.when)


def _go_live_items(revisions, limit: int) -> list[ScheduledItem]:
    revisions = revisions.order_by("approved_go_live_at").prefetch_related("content_object")
    return [
        ScheduledItem(
            revision.object_str or str(revision.content_object),
            revision.approved_go_live_at,
            GO_LIVE,
            revision.content_object,
        )
        for revision in revisions[:limit]
    ]


def draft_state_models() -> list[type[Model]]:
    """Page, then every snippet-like model with go-live and expiry dates, as publish_scheduled
    handles them."""
    others = [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]
    return [Page, *others]


def unscheduled_go_live(obj: Model) -> datetime | None:
    """The future go-live date on `obj`'s latest draft when nothing of it is scheduled: the
    editor set a date and saved a draft, but never chose "Schedule to publish"."""
    revision = getattr(obj, "latest_revision", None)
    if (
        revision is None
        or Revision.objects.filter(
            base_content_type_id=revision.base_content_type_id,
            object_id=revision.object_id,
            approved_go_live_at__isnull=False,
        ).exists()
    ):
        return None
    when = _draft_go_live(revision)
    return when if when and when > timezone.now() else None


def unscheduled_go_lives(
    start: datetime, end: datetime, pages: QuerySet | None = None, snippets: bool = True
) -> list[ScheduledItem]:
    """Drafts whose go-live date falls in [start, end) but that nobody scheduled, earliest
    first; only among `pages` when given, and pages alone unless `snippets`. One query per
    model plus one: only drafts with unpublished changes are read."""
    scheduled = set(
        Revision.objects.filter(approved_go_live_at__isnull=False).values_list(
            "base_content_type_id", "object_id"
        )
    )
    now = timezone.now()
    items = []
    for model in draft_state_models():
        if model is not Page and not snippets:
            continue
        drafts = (pages if model is Page and pages is not None else model.objects.all()).filter(
            has_unpublished_changes=True, latest_revision__isnull=False
        )
        for obj in drafts.select_related("latest_revision"):
            revision = obj.latest_revision
            when = _draft_go_live(revision)
            key = (revision.base_content_type_id, revision.object_id)
            if when and start <= when < end and when > now and key not in scheduled:
                items.append(ScheduledItem(str(obj), when, NOT_SCHEDULED, obj))
    return sorted(items, key=lambda item: item.when)


def _draft_go_live(revision: Revision) -> datetime | None:
    # Stored revisions hold ISO strings; one just created in memory still holds a datetime.
    value = revision.content.get("go_live_at")
    return value if isinstance(value, datetime) else parse_datetime(value or "")
