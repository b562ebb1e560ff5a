"""The dashboard warns editors when scheduled content is not being published, and not
otherwise, and shows what goes live this week in the site's zone."""

from datetime import UTC, datetime, timedelta

import pytest
from freezegun import freeze_time

from editorial.models import SchedulerHeartbeat

NOW = datetime(2026, 10, 18, 17, 0, tzinfo=UTC)  # Sun 18 Oct, 10:00 PDT
WARNING = "Scheduled publishing needs attention"

pytestmark = pytest.mark.django_db


def _beat(finished_at: datetime, ok: bool = True, error: str = "") -> None:
    SchedulerHeartbeat.objects.update_or_create(
        pk=SchedulerHeartbeat.SINGLETON_PK,
        defaults={
            "last_started_at": finished_at,
            "last_finished_at": finished_at,
            "last_ok": ok,
            "last_error": error,
        },
    )


def _section(html: str, panel_id: str) -> str:
    start = html.index(f'id="{panel_id}-section"')
    return html[start : html.index("</section>", start)]


def _dashboard(client, user) -> str:
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_no_warning_when_scheduler_ran_recently_and_nothing_is_overdue(
    client, admin_user, schedule_page
):
    with freeze_time(NOW):
        schedule_page("Tomorrow's rally", go_live_at=NOW + timedelta(days=1))
        _beat(NOW - timedelta(seconds=40))
        html = _dashboard(client, admin_user)
    assert WARNING not in html


def test_warning_when_scheduler_has_not_run_for_longer_than_the_limit(client, admin_user):
    with freeze_time(NOW):
        _beat(NOW - timedelta(minutes=6))
        html = _dashboard(client, admin_user)
    assert WARNING in html
    assert "The scheduler has stopped." in html
    assert "It last finished a run at Sun 18 Oct, 09:54 PDT" in html


def test_warning_when_scheduler_has_never_run(client, admin_user):
    with freeze_time(NOW):
        html = _dashboard(client, admin_user)
    assert "The scheduler has never run." in html


def test_warning_shows_the_error_when_the_last_run_failed(client, admin_user):
    with freeze_time(NOW):
        _beat(NOW - timedelta(seconds=10), ok=False, error="counts: RuntimeError: locked")
        html = _dashboard(client, admin_user)
    assert "The scheduler’s last run failed." in html
    assert "counts: RuntimeError: locked" in html


def test_warning_lists_overdue_pages_with_edit_links(client, admin_user, schedule_page):
    with freeze_time(NOW - timedelta(hours=1)):
        late = schedule_page("Press conference", go_live_at=NOW - timedelta(minutes=10))
        schedule_page("Town hall", go_live_at=NOW + timedelta(hours=2))
    with freeze_time(NOW):
        _beat(NOW - timedelta(seconds=20))  # the scheduler runs, but the page did not go live
        html = _dashboard(client, admin_user)
    warning = _section(html, "scheduling-health")
    assert "One scheduled change is overdue" in warning
    assert f'<a href="/admin/pages/{late.pk}/edit/">Press conference</a>' in warning
    assert "should go live at Sun 18 Oct, 09:50 PDT" in warning
    assert "Town hall" not in warning
    assert "The scheduler has stopped." not in warning


def test_warning_lists_live_pages_past_their_expiry(client, admin_user, schedule_page):
    with freeze_time(NOW - timedelta(days=1)):
        page = schedule_page("Old petition", expire_at=NOW - timedelta(minutes=5))
    with freeze_time(NOW):
        _beat(NOW)
        html = _dashboard(client, admin_user)
    assert f'<a href="/admin/pages/{page.pk}/edit/">Old petition</a>' in html
    assert "should go offline at Sun 18 Oct, 09:55 PDT" in html


def test_page_just_past_its_time_is_not_overdue_yet(client, admin_user, schedule_page):
    with freeze_time(NOW - timedelta(hours=1)):
        schedule_page("Press conference", go_live_at=NOW - timedelta(seconds=30))
    with freeze_time(NOW):
        _beat(NOW - timedelta(seconds=20))
        html = _dashboard(client, admin_user)
    assert WARNING not in html


def test_going_live_this_week_shows_times_in_site_zone_with_abbreviation(
    client, admin_user, schedule_page
):
    with freeze_time(NOW):
        _beat(NOW)
        schedule_page("Day 1: call-in", go_live_at=datetime(2026, 10, 21, 1, 0, tzinfo=UTC))
        schedule_page("Day 5: march", go_live_at=datetime(2026, 10, 25, 1, 0, tzinfo=UTC))
        schedule_page("Next month", go_live_at=NOW + timedelta(days=8))
        html = _dashboard(client, admin_user)
    panel = _section(html, "going-live-this-week")
    assert "Tue 20 Oct, 18:00 PDT" in panel
    assert "Day 1: call-in" in panel
    assert "Sat 24 Oct, 18:00 PDT" in panel
    assert "Next month" not in panel
    assert "Times are in America/Los_Angeles (PDT, UTC−07:00)." in panel


def test_going_live_this_week_names_standard_time_after_the_clocks_change(
    client, admin_user, schedule_page
):
    now = datetime(2026, 10, 30, 17, 0, tzinfo=UTC)
    with freeze_time(now):
        _beat(now)
        schedule_page("Day after the change", go_live_at=datetime(2026, 11, 3, 2, 0, tzinfo=UTC))
        html = _dashboard(client, admin_user)
    # Daylight saving time ends on 1 November 2026: the same wall-clock time is now PST.
    assert "Mon 2 Nov, 18:00 PST" in _section(html, "going-live-this-week")
