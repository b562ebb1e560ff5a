"""Scheduled content goes live on the minute, not at the next 30-second tick, and a schedule
that is over does not get in the editor's way (Wagtail issue #13896)."""

import os
import re
import signal
import threading
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from freezegun import freeze_time
from wagtail.models import Page, PageLogEntry

from editorial.scheduler import next_tick_at, run_tick
from tests.editorial import jobs

GO_LIVE = datetime(2026, 10, 21, 16, 0, tzinfo=UTC)  # Wed 21 Oct, 09:00 PDT
INTERVAL = 30

pytestmark = pytest.mark.django_db


def test_next_tick_is_at_the_interval_when_nothing_is_scheduled(settings):
    settings.SCHEDULER_JOBS = ["editorial.jobs.publish_scheduled_content"]
    last = GO_LIVE - timedelta(hours=1)
    assert next_tick_at(last, INTERVAL) == last + timedelta(seconds=INTERVAL)


def test_next_tick_is_at_the_go_live_time_when_it_comes_before_the_interval(schedule_page):
    last = GO_LIVE - timedelta(seconds=12)
    with freeze_time(GO_LIVE - timedelta(hours=1)):
        schedule_page("Rally at nine", go_live_at=GO_LIVE)
    assert next_tick_at(last, INTERVAL) == GO_LIVE


def test_next_tick_is_at_the_expiry_time_when_it_comes_before_the_interval(schedule_page):
    expire_at = GO_LIVE + timedelta(days=1)
    with freeze_time(GO_LIVE):
        schedule_page("Call-in day", expire_at=expire_at)
    assert next_tick_at(expire_at - timedelta(seconds=3), INTERVAL) == expire_at


def test_overdue_item_does_not_make_the_scheduler_spin(schedule_page):
    with freeze_time(GO_LIVE - timedelta(hours=1)):
        schedule_page("Rally at nine", go_live_at=GO_LIVE)
    last = GO_LIVE + timedelta(minutes=5)  # a tick that ran after it and could not publish it
    assert next_tick_at(last, INTERVAL) == last + timedelta(seconds=INTERVAL)


def test_scheduler_notices_a_schedule_made_after_its_tick_and_publishes_it_on_time(
    settings, monkeypatch
):
    # Inside the test's transaction, closing "old" connections would close the test's own.
    monkeypatch.setattr(
        "editorial.management.commands.run_scheduler.close_old_connections", lambda: None
    )
    settings.SCHEDULER_JOBS = [
        "tests.editorial.jobs.schedule_a_rally_in_a_second",
        "editorial.jobs.publish_scheduled_content",
    ]
    terminate = threading.Timer(4, os.kill, args=(os.getpid(), signal.SIGTERM))
    terminate.start()
    # Ten minutes between ticks: only waking for the new schedule can publish it in time.
    call_command("run_scheduler", "--interval", "600", "--poll", "0.5")
    terminate.join()
    page = Page.objects.get(slug="rally-in-a-second")
    assert page.live
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish.scheduled").exists()
    # "Live by 09:00:05" for a post scheduled at 09:00.
    late_by = page.first_published_at - jobs.rally_go_live_at[-1]
    assert timedelta(0) <= late_by < timedelta(seconds=5)


# Wagtail issue #13896: after a scheduled publish or expiry, the passed dates stayed -----------


def _schedule_inputs(client, page) -> dict[str, str]:
    """The go-live and expiry values the edit form shows."""
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    return {
        field: re.search(rf'<input[^>]*name="{field}"[^>]*>', html)[0]
        for field in ("go_live_at", "expire_at")
    }


def _value(input_tag: str) -> str:
    match = re.search(r'value="([^"]*)"', input_tag)
    return match[1] if match else ""


def _save_draft(client, page, **schedule) -> object:
    return client.post(
        f"/admin/pages/{page.pk}/edit/",
        {
            "title": page.title,
            "slug": page.slug,
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
            **schedule,
        },
    )


def test_after_a_scheduled_publish_and_expiry_the_editor_can_save_a_draft(
    client, admin_user, schedule_page
):
    client.force_login(admin_user)
    expire_at = GO_LIVE + timedelta(hours=2)
    with freeze_time(GO_LIVE - timedelta(hours=1)):
        page = schedule_page("Rally at nine", go_live_at=GO_LIVE, expire_at=expire_at)
    with freeze_time(GO_LIVE + timedelta(seconds=5)):
        run_tick()
    with freeze_time(expire_at + timedelta(seconds=5)):
        run_tick()

    with freeze_time(expire_at + timedelta(minutes=10)):
        shown = {field: _value(tag) for field, tag in _schedule_inputs(client, page).items()}
        response = _save_draft(client, page, **shown)
    assert response.status_code == 302, "the draft was not saved"
    assert shown == {"go_live_at": "", "expire_at": ""}
    page.refresh_from_db()
    assert not page.live
    assert (page.go_live_at, page.expire_at) == (None, None)


def test_after_a_scheduled_publish_the_edit_form_shows_no_go_live_date(
    client, admin_user, schedule_page
):
    client.force_login(admin_user)
    with freeze_time(GO_LIVE - timedelta(hours=1)):
        page = schedule_page("Rally at nine", go_live_at=GO_LIVE)
    with freeze_time(GO_LIVE + timedelta(seconds=5)):
        run_tick()
        assert _value(_schedule_inputs(client, page)["go_live_at"]) == ""
    page.refresh_from_db()
    assert page.live
    assert page.go_live_at is None


def test_a_new_future_schedule_is_kept_after_an_earlier_one_publishes(schedule_page):
    with freeze_time(GO_LIVE - timedelta(hours=1)):
        page = schedule_page("Rally at nine", go_live_at=GO_LIVE)
        page.go_live_at = GO_LIVE + timedelta(days=1)
        page.save_revision()  # a draft for tomorrow, saved before today's publish
    with freeze_time(GO_LIVE + timedelta(seconds=5)):
        run_tick()
    page.refresh_from_db()
    assert page.live
    assert page.latest_revision.content["go_live_at"] is not None
