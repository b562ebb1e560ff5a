"""One scheduler tick: take the site-wide lock, run every due job, record the heartbeat; and
when the next tick is due (`next_tick_at`), so that scheduled content goes live on the minute.

Wagtail only publishes scheduled content when something runs `publish_scheduled`; this module
is that something, plus a small registry (settings.SCHEDULER_JOBS) for the site's other
periodic work. Several machines may run `manage.py run_scheduler` at once: a PostgreSQL
advisory lock makes exactly one of them do each tick's work.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.models import Min
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.module_loading import import_string
from wagtail.models import Revision

from .models import SchedulerHeartbeat
from .schedule import draft_state_models

logger = logging.getLogger(__name__)

# Any fixed 64-bit number: every scheduler process must contend for the same key. It only has
# to differ from other advisory locks taken in this database.
LOCK_KEY = 0x5CED_0001


@dataclass(frozen=True)
class Job:
    """A periodic job: a callable taking no arguments that returns an optional summary line.
    `every` (seconds) throttles jobs that need not run on every tick; None means every tick."""

    path: str
    every: float | None = None

    @property
    def func(self) -> Callable[[], str | None]:
        return import_string(self.path)

    def is_due(self, last_run: dict | None, now: datetime) -> bool:
        # A job that failed is retried on the next tick, whatever its cadence.
        due_at = self.due_at(last_run)
        return due_at is None or now >= due_at

    def due_at(self, last_run: dict | None) -> datetime | None:
        """When a throttled job that last succeeded is next due; None when it is due now."""
        if self.every is None or not last_run or not last_run.get("ok"):
            return None
        last_at = parse_datetime(last_run.get("at", ""))
        return last_at + timedelta(seconds=self.every) if last_at else None


def registered_jobs() -> list[Job]:
    """settings.SCHEDULER_JOBS as Job objects, in order; rejects malformed entries early."""
    jobs = []
    for entry in settings.SCHEDULER_JOBS:
        if isinstance(entry, str):
            jobs.append(Job(entry))
        elif isinstance(entry, list | tuple) and len(entry) == 2 and isinstance(entry[0], str):
            jobs.append(Job(entry[0], float(entry[1])))
        else:
            raise ImproperlyConfigured(
                f"SCHEDULER_JOBS entries are dotted paths or (path, seconds) pairs, not {entry!r}"
            )
    return jobs


@dataclass
class TickResult:
    """What one tick did. `ran` is False when another scheduler held the lock."""

    ran: bool
    summaries: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


@contextmanager
def advisory_lock(key: int = LOCK_KEY, using: str = DEFAULT_DB_ALIAS) -> Iterator[bool]:
    """Yields whether this process holds the site-wide scheduler lock.

    A session-level lock, not a transaction-level one, so that each job keeps its own
    transactions (one page failing to publish must not roll back the others). It is released
    in `finally`, and PostgreSQL drops it by itself if the process dies and its connection
    closes. Session locks need a direct connection or session pooling, not a transaction-mode
    pooler. On SQLite (a single local machine) there is nothing to coordinate.
    """
    connection = connections[using]
    if connection.vendor != "postgresql":
        yield True
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        if acquired:
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
            except DatabaseError:
                # The connection is gone, and the lock went with it.
                logger.warning("Could not release the scheduler lock", exc_info=True)


def run_tick() -> TickResult:
    """Run one tick if no other scheduler is running one. Job failures are logged and recorded,
    and never stop the jobs after them."""
    with advisory_lock() as acquired:
        if not acquired:
            logger.info("Scheduler tick skipped: another scheduler holds the lock")
            return TickResult(ran=False)
        return _run_jobs(registered_jobs())


def _run_jobs(jobs: list[Job]) -> TickResult:
    started = timezone.now()
    heartbeat, _ = SchedulerHeartbeat.objects.update_or_create(
        pk=SchedulerHeartbeat.SINGLETON_PK,
        defaults={"last_started_at": started, "host": _host()},
    )
    result = TickResult(ran=True)
    job_runs = dict(heartbeat.job_runs)
    for job in jobs:
        if not job.is_due(job_runs.get(job.path), started):
            continue
        try:
            summary = job.func()
        except Exception as exc:
            logger.exception("Scheduler job %s failed", job.path)
            result.errors[job.path] = f"{type(exc).__name__}: {exc}"
        else:
            result.summaries[job.path] = summary or ""
            if summary:
                logger.info("Scheduler job %s: %s", job.path, summary)
        job_runs[job.path] = {"at": started.isoformat(), "ok": job.path not in result.errors}

    SchedulerHeartbeat.objects.filter(pk=heartbeat.pk).update(
        last_finished_at=timezone.now(),
        last_ok=result.ok,
        last_error="\n".join(f"{path}: {error}" for path, error in result.errors.items()),
        job_runs=job_runs,
    )
    return result


def _host() -> str:
    return f"{socket.gethostname()} (pid {os.getpid()})"


def next_tick_at(last_started: datetime, interval: float) -> datetime:
    """When the scheduler should tick next: at the interval's end, or sooner when a scheduled
    go-live or expiry (or a throttled job) falls due before it. A few cheap aggregate queries,
    so the loop can ask again every few seconds and notice schedules made since the last tick.
    Only times after the last tick count: something overdue that the last tick could not do
    (a page that fails to publish) waits for the interval instead of making the loop spin."""
    candidates = [last_started + timedelta(seconds=interval)]
    candidates += _scheduled_times(after=last_started)
    heartbeat = SchedulerHeartbeat.load()
    job_runs = heartbeat.job_runs if heartbeat else {}
    candidates += [job.due_at(job_runs.get(job.path)) for job in registered_jobs()]
    return min(when for when in candidates if when is not None and when > last_started)


def _scheduled_times(after: datetime) -> list[datetime | None]:
    """The earliest approved go-live after `after`, and per model the earliest expiry after it
    of something live."""
    go_lives = Revision.objects.filter(approved_go_live_at__gt=after)
    times = [go_lives.aggregate(at=Min("approved_go_live_at"))["at"]]
    for model in draft_state_models():
        expiring = model.objects.filter(live=True, expire_at__gt=after)
        times.append(expiring.aggregate(at=Min("expire_at"))["at"])
    return times
