"""`manage.py run_scheduler`: the process that makes scheduled content go live on time."""

from __future__ import annotations

import logging
import signal
import threading
import time
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections
from django.utils import timezone

from editorial.scheduler import next_tick_at, registered_jobs, run_tick

logger = logging.getLogger("editorial.scheduler")


class Command(BaseCommand):
    help = (
        "Publish and expire scheduled pages and snippets and run the site's other periodic "
        "jobs (settings.SCHEDULER_JOBS) until stopped: at least every SCHEDULER_INTERVAL_SECONDS, "
        "and on the second something is scheduled for (it looks for new schedules every "
        "SCHEDULER_POLL_SECONDS). Safe to run on several machines at once. With --once, run a "
        "single tick (for cron)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--once", action="store_true", help="Run one tick and exit.")
        parser.add_argument(
            "--interval",
            type=float,
            default=None,
            help="Most seconds between ticks (default: SCHEDULER_INTERVAL_SECONDS).",
        )
        parser.add_argument(
            "--poll",
            type=float,
            default=None,
            help="Seconds between looks for new schedules (default: SCHEDULER_POLL_SECONDS).",
        )

    def handle(
        self,
        *args,
        once: bool = False,
        interval: float | None = None,
        poll: float | None = None,
        **options,
    ):
        registered_jobs()  # fail at start, not on the first tick, when the registry is wrong
        if once:
            result = run_tick()
            if not result.ok:
                raise CommandError("; ".join(f"{p}: {e}" for p, e in result.errors.items()))
            return
        self._loop(
            interval or settings.SCHEDULER_INTERVAL_SECONDS, poll or settings.SCHEDULER_POLL_SECONDS
        )

    def _loop(self, interval: float, poll: float) -> None:
        stopping = threading.Event()

        def stop(signum: int, frame: object) -> None:
            # Let the current tick finish: never stop half-way through publishing a page.
            logger.info("Scheduler received %s; stopping", signal.Signals(signum).name)
            stopping.set()

        previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
        logger.info(
            "Scheduler started: a tick at least every %s s, and when something is due "
            "(looking for new schedules every %s s)",
            interval,
            poll,
        )
        try:
            while not stopping.is_set():
                last_started = timezone.now()
                self._tick()
                self._wait_for_next_tick(last_started, interval, poll, stopping)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        logger.info("Scheduler stopped")

    def _tick(self) -> None:
        # As between requests: drop a connection that broke or outlived CONN_MAX_AGE.
        close_old_connections()
        try:
            run_tick()
        except Exception:
            # The database may be restarting; the next tick tries again.
            logger.exception("Scheduler tick failed")

    def _wait_for_next_tick(
        self, last_started, interval: float, poll: float, stopping: threading.Event
    ) -> None:
        """Sleep until the next tick is due, asking again every `poll` seconds, so a page
        scheduled since the last tick for a minute from now still goes live on time."""
        deadline = time.monotonic() + interval
        while not stopping.is_set() and time.monotonic() < deadline:
            try:
                wake = next_tick_at(last_started, interval)
            except Exception:
                logger.exception("Scheduler could not read the schedule")
                wake = last_started + timedelta(seconds=interval)
            seconds = (wake - timezone.now()).total_seconds()
            if seconds <= 0:
                return
            stopping.wait(min(seconds, poll, deadline - time.monotonic()))
