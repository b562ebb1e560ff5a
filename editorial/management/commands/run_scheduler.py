"""`manage.py run_scheduler`: the process that makes scheduled content go live on time."""

from __future__ import annotations

import logging
import signal
import threading
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections

from editorial.scheduler import registered_jobs, run_tick

logger = logging.getLogger("editorial.scheduler")


class Command(BaseCommand):
    help = (
        "Publish and expire scheduled pages and snippets and run the site's other periodic "
        "jobs (settings.SCHEDULER_JOBS), every SCHEDULER_INTERVAL_SECONDS until stopped. Safe "
        "to run on several machines at once. With --once, run a single tick (for cron)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--once", action="store_true", help="Run one tick and exit.")
        parser.add_argument(
            "--interval",
            type=float,
            default=None,
            help="Seconds between ticks (default: SCHEDULER_INTERVAL_SECONDS).",
        )

    def handle(self, *args, once: bool = False, interval: float | None = None, **options):
        registered_jobs()  # fail at start, not on the first tick, when the registry is wrong
        if once:
            result = run_tick()
            if not result.ok:
                raise CommandError("; ".join(f"{p}: {e}" for p, e in result.errors.items()))
            return
        self._loop(interval or settings.SCHEDULER_INTERVAL_SECONDS)

    def _loop(self, interval: float) -> None:
        stopping = threading.Event()

        def stop(signum: int, frame: object) -> None:
            # Let the current tick finish: never stop half-way through publishing a page.
            logger.info("Scheduler received %s; stopping", signal.Signals(signum).name)
            stopping.set()

        previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
        logger.info("Scheduler started: a tick every %s s", interval)
        try:
            while not stopping.is_set():
                started = time.monotonic()
                # As between requests: drop a connection that broke or outlived CONN_MAX_AGE.
                close_old_connections()
                try:
                    run_tick()
                except Exception:
                    # The database may be restarting; the next tick tries again.
                    logger.exception("Scheduler tick failed")
                stopping.wait(max(0.0, interval - (time.monotonic() - started)))
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        logger.info("Scheduler stopped")
