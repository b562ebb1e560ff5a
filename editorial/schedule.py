"""What is scheduled, and what should already have happened: the one reader of scheduled
go-lives and expiries, for the dashboard panels and the campaign calendar alike.

Wagtail stores a scheduled go-live on the revision that will be published
(`Revision.approved_go_live_at`, set when someone with publish permission schedules it, and
cleared once it is published), and a scheduled expiry on the object (`expire_at`, acted on
while it is live). Drafts whose go-live date nobody has approved are not scheduled: saving a
draft with a date is not "Schedule to publish" (Wagtail issue #7319), so `unscheduled_go_lives`
finds them for the editor and calendar warnings.

Every reader takes `pages`: when given, only those pages are read (and no snippets, which
belong to no campaign); when not, every page and snippet. The queries are a fixed number, one
per kind of object, whatever the schedule holds.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Model, QuerySet
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext
from wagtail.models import DraftStateMixin, Page, Revision

# Kinds of scheduled change; the calendar also uses them as CSS class names.
GO_LIVE = "go-live"
EXPIRY = "expiry"
NOT_SCHEDULED = "not-scheduled"


@dataclass(frozen=True)
class ScheduledItem:
    """One scheduled change: `obj` (a page or snippet) will go live, or offline, at `when`."""

    title: str
    when: datetime
    kind: str
    obj: Model

    @property
    def label(self) -> str:
        """What happens, as the calendar names it, e.g. "Changes go live"."""
        if self.kind == EXPIRY:
            if getattr(self.obj, "expired", False):
                return gettext("Went offline")
            return gettext("Goes offline")
        if self.kind == NOT_SCHEDULED:
            return gettext("Not scheduled: date set on a draft")
        return (
            gettext("Changes go live") if getattr(self.obj, "live", False) else gettext("Goes live")
        )

    @property
    def verb(self) -> str:
        """What should happen, as in "… should go live at 09:00 PDT"."""
        return gettext("go offline") if self.kind == EXPIRY else gettext("go live")


def scheduled_go_lives(
    start: datetime | None, end: datetime, pages: QuerySet | None = None, limit: int | None = None
) -> list[ScheduledItem]:
    """Pages and snippets scheduled to go live in [start, end) (from any time when `start` is
    None), earliest first; deleted ones are left out."""
    revisions = Revision.objects.filter(approved_go_live_at__lt=end)
    if start is not None:
        revisions = revisions.filter(approved_go_live_at__gte=start)
    if pages is not None:
        revisions = revisions.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=pages.annotate(key=Cast("pk", CharField())).values("key"),
        )
    revisions = list(revisions.order_by("approved_go_live_at")[:limit])
    objects = _objects_by_key(revisions)
    items = []
    for revision in revisions:
        obj = objects.get((revision.base_content_type_id, revision.object_id))
        if obj is not None:
            title = revision.object_str or str(obj)
            items.append(ScheduledItem(title, revision.approved_go_live_at, GO_LIVE, obj))
    return items


def scheduled_expiries(
    start: datetime | None,
    end: datetime,
    pages: QuerySet | None = None,
    live_only: bool = False,
    limit: int | None = None,
) -> list[ScheduledItem]:
    """Pages and snippets whose expiry falls in [start, end) (from any time when `start` is
    None), earliest first; only those still live when `live_only`."""
    items = []
    for objects in _querysets(pages):
        objects = objects.filter(expire_at__lt=end)
        if start is not None:
            objects = objects.filter(expire_at__gte=start)
        if live_only:
            objects = objects.filter(live=True)
        objects = objects.order_by("expire_at")[:limit]
        items += [ScheduledItem(str(obj), obj.expire_at, EXPIRY, obj) for obj in objects]
    return sorted(items, key=lambda item: item.when)


def overdue_items(now: datetime | None = None) -> list[ScheduledItem]:
    """Scheduled changes whose time passed more than SCHEDULER_OVERDUE_MINUTES ago without
    happening: a sign that the scheduler is not running or cannot publish them."""
    cutoff = (now or timezone.now()) - timedelta(minutes=settings.SCHEDULER_OVERDUE_MINUTES)
    items = scheduled_go_lives(None, cutoff, limit=100)
    items += scheduled_expiries(None, cutoff, live_only=True, limit=100)
    return sorted(items, key=lambda item: item.when)


def _objects_by_key(revisions: list[Revision]) -> dict[tuple[int, str], Model]:
    """The objects the revisions belong to, one query per base model (pages are fetched as
    plain pages: a schedule needs no more than their title, state and tree position)."""
    ids_by_type: dict[int, set[str]] = defaultdict(set)
    for revision in revisions:
        ids_by_type[revision.base_content_type_id].add(revision.object_id)
    objects = {}
    for type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        if model is None:  # the model's app was removed
            continue
        for obj in model._default_manager.filter(pk__in=ids):
            objects[(type_id, str(obj.pk))] = obj
    return objects


def _querysets(pages: QuerySet | None) -> list[QuerySet]:
    """What a reader reads: `pages` alone when given, else every page and snippet."""
    if pages is not None:
        return [pages]
    return [model._default_manager.all() for model in draft_state_models()]


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
    start: datetime, end: datetime, pages: QuerySet | None = None
) -> list[ScheduledItem]:
    """Drafts whose go-live date falls in [start, end) but that nobody scheduled, earliest
    first. One query per model plus one: only drafts with unpublished changes are read."""
    scheduled = set(
        Revision.objects.filter(approved_go_live_at__isnull=False).values_list(
            "base_content_type_id", "object_id"
        )
    )
    now = timezone.now()
    items = []
    for objects in _querysets(pages):
        drafts = objects.filter(has_unpublished_changes=True, latest_revision__isnull=False)
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
