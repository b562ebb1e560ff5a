"""What is scheduled, and what should already have happened: the queries behind the dashboard
(and any other view of the schedule, such as a calendar).

Wagtail stores a scheduled go-live on the revision that will be published
(`Revision.approved_go_live_at`, set when someone with publish permission schedules it, and
cleared once it is published), and a scheduled expiry on the object (`expire_at`, acted on
while it is live). Drafts whose go-live date nobody has approved are not scheduled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.apps import apps
from django.conf import settings
from django.db.models import Model
from django.utils import timezone
from wagtail.models import DraftStateMixin, Page, Revision

GO_LIVE = "go live"
GO_OFFLINE = "go offline"


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
