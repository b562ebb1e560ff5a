"""The scheduler publishes on time, expires on time, and does each tick's work once."""

import os
import signal
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from freezegun import freeze_time
from wagtail.models import PageLogEntry

from editorial.models import SchedulerHeartbeat
from editorial.scheduler import advisory_lock, run_tick
from tests.editorial import jobs

GO_LIVE = datetime(2026, 10, 21, 1, 0, tzinfo=UTC)  # Tue 20 Oct, 18:00 PDT
SCHEDULED_PUBLISH = "wagtail.publish.scheduled"

pytestmark = pytest.mark.django_db


def test_scheduled_page_is_not_live_before_its_time(schedule_page):
    with freeze_time(GO_LIVE - timedelta(hours=1)):
        page = schedule_page("Week of action: day one", go_live_at=GO_LIVE)
    with freeze_time(GO_LIVE - timedelta(minutes=1)):
        run_tick()
    page.refresh_from_db()
    assert not page.live
    assert page.revisions.get().approved_go_live_at == GO_LIVE


def test_scheduled_page_is_live_after_the_next_tick(schedule_page, client):
    with freeze_time(GO_LIVE - timedelta(hours=1)):
        page = schedule_page("Week of action: day one", go_live_at=GO_LIVE)
    with freeze_time(GO_LIVE + timedelta(seconds=30)):
        result = run_tick()
    page.refresh_from_db()
    assert page.live
    assert result.summaries["editorial.jobs.publish_scheduled_content"] == (
        "1 published, 0 unpublished"
    )
    assert client.get(page.url).status_code == 200


def test_expired_page_goes_offline_on_the_next_tick(schedule_page, client):
    expire_at = GO_LIVE + timedelta(days=1)
    with freeze_time(GO_LIVE):
        page = schedule_page("Call-in day", expire_at=expire_at)
    assert page.live
    with freeze_time(expire_at + timedelta(seconds=30)):
        run_tick()
    page.refresh_from_db()
    assert not page.live
    assert page.expired
    assert client.get(page.url).status_code == 404


def test_tick_records_heartbeat(schedule_page):
    with freeze_time(GO_LIVE):
        result = run_tick()
    heartbeat = SchedulerHeartbeat.load()
    assert result.ran and result.ok
    assert heartbeat.last_started_at == GO_LIVE
    assert heartbeat.last_finished_at == GO_LIVE
    assert heartbeat.last_ok is True
    assert heartbeat.last_error == ""
    assert "pid" in heartbeat.host


def test_failing_job_is_recorded_and_later_jobs_still_run(settings, schedule_page):
    settings.SCHEDULER_JOBS = [
        "tests.editorial.jobs.broken",
        "editorial.jobs.publish_scheduled_content",
    ]
    with freeze_time(GO_LIVE - timedelta(hours=1)):
        page = schedule_page("Rally", go_live_at=GO_LIVE)
    with freeze_time(GO_LIVE + timedelta(minutes=1)):
        result = run_tick()
    page.refresh_from_db()
    assert page.live
    assert not result.ok
    heartbeat = SchedulerHeartbeat.load()
    assert heartbeat.last_ok is False
    assert "tests.editorial.jobs.broken: RuntimeError: counts table is locked" in (
        heartbeat.last_error
    )


def test_throttled_job_runs_only_when_its_interval_has_passed(settings):
    settings.SCHEDULER_JOBS = [("tests.editorial.jobs.count_calls", 3600)]
    jobs.calls.clear()
    for minutes in (0, 1, 59, 61):
        with freeze_time(GO_LIVE + timedelta(minutes=minutes)):
            run_tick()
    assert jobs.calls == [GO_LIVE, GO_LIVE + timedelta(minutes=61)]


def test_once_command_fails_when_a_job_fails(settings):
    settings.SCHEDULER_JOBS = ["tests.editorial.jobs.broken"]
    with pytest.raises(Exception, match="counts table is locked"):
        call_command("run_scheduler", "--once")


def test_tick_is_skipped_while_another_scheduler_holds_the_lock(schedule_page):
    with freeze_time(GO_LIVE - timedelta(hours=1)):
        page = schedule_page("Rally", go_live_at=GO_LIVE)
    holder = threading.Thread(target=_hold_lock_for, args=(1.0,))
    holder.start()
    time.sleep(0.3)
    with freeze_time(GO_LIVE + timedelta(minutes=1)):
        result = run_tick()
    holder.join()
    page.refresh_from_db()
    assert not result.ran
    assert not page.live


def _hold_lock_for(seconds: float) -> None:
    try:
        with advisory_lock() as acquired:
            assert acquired
            time.sleep(seconds)
    finally:
        connection.close()


@pytest.mark.django_db(transaction=True)
def test_two_schedulers_at_once_publish_each_page_exactly_once(settings, schedule_page, own_tree):
    # A slow first job keeps the winner inside the lock long enough that the other scheduler
    # certainly tries while it is held.
    settings.SCHEDULER_JOBS = [
        "tests.editorial.jobs.slow",
        "editorial.jobs.publish_scheduled_content",
    ]
    with freeze_time(GO_LIVE - timedelta(hours=1)):
        pages = [
            schedule_page(f"Day {n}", go_live_at=GO_LIVE, parent=own_tree) for n in range(1, 4)
        ]
    barrier = threading.Barrier(2, timeout=10)
    results = []
    errors = []

    def scheduler() -> None:
        try:
            barrier.wait()
            results.append(run_tick())
        except Exception as exc:  # surfaced by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    with freeze_time(GO_LIVE + timedelta(minutes=1)):
        threads = [threading.Thread(target=scheduler) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)

    assert errors == []
    assert sorted(result.ran for result in results) == [False, True]
    for page in pages:
        page.refresh_from_db()
        assert page.live
        assert PageLogEntry.objects.filter(page=page, action=SCHEDULED_PUBLISH).count() == 1


def test_scheduler_loop_finishes_its_tick_and_stops_on_sigterm(schedule_page, monkeypatch):
    # Inside the test's transaction, closing "old" connections would close the test's own.
    monkeypatch.setattr(
        "editorial.management.commands.run_scheduler.close_old_connections", lambda: None
    )
    handler_before = signal.getsignal(signal.SIGTERM)
    with freeze_time(GO_LIVE - timedelta(hours=1)):
        page = schedule_page("Rally", go_live_at=GO_LIVE)
    terminate = threading.Timer(0.5, os.kill, args=(os.getpid(), signal.SIGTERM))
    with freeze_time(GO_LIVE + timedelta(minutes=1)):
        terminate.start()
        call_command("run_scheduler", "--interval", "0.1")  # returns once SIGTERM arrives
    terminate.join()
    page.refresh_from_db()
    assert page.live
    assert signal.getsignal(signal.SIGTERM) == handler_before
