"""A go-live date saved on a draft is not a schedule (Wagtail issue #7319): the editor and the
calendar say so plainly, until someone chooses "Schedule to publish"."""

from datetime import UTC, datetime, timedelta

import pytest
from freezegun import freeze_time
from wagtail.models import Page

from editorial.schedule import unscheduled_go_live

NOW = datetime(2026, 10, 19, 16, 0, tzinfo=UTC)  # Mon 19 Oct, 09:00 PDT
GO_LIVE = datetime(2026, 10, 21, 16, 0, tzinfo=UTC)  # Wed 21 Oct, 09:00 PDT
WARNING = "Not scheduled: this draft has a go-live date (Wed 21 Oct, 09:00 PDT)"
CALENDAR_LABEL = "Not scheduled: date set on a draft"
WEEK = "/admin/calendar/?view=week&date=2026-10-21"

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_with_date(home) -> Page:
    """A draft whose editor set a go-live date and pressed "Save draft" only."""
    with freeze_time(NOW):
        page = home.add_child(instance=Page(title="Rally at city hall", live=False))
        page.go_live_at = GO_LIVE
        page.save_revision()
    return page


def test_editor_warns_that_a_draft_with_a_date_is_not_scheduled(
    client, admin_user, draft_with_date
):
    client.force_login(admin_user)
    with freeze_time(NOW):
        html = client.get(f"/admin/pages/{draft_with_date.pk}/edit/").content.decode()
    assert WARNING in html
    assert "choose “Schedule to publish”" in html


def test_editor_does_not_warn_once_the_draft_is_scheduled(client, admin_user, draft_with_date):
    client.force_login(admin_user)
    with freeze_time(NOW):
        draft_with_date.get_latest_revision().publish()  # what "Schedule to publish" does
        html = client.get(f"/admin/pages/{draft_with_date.pk}/edit/").content.decode()
    assert "Not scheduled" not in html


def test_no_warning_for_a_draft_without_a_date_or_with_a_past_one(home, draft_with_date):
    undated = home.add_child(instance=Page(title="Undated", live=False))
    undated.save_revision()
    with freeze_time(NOW):
        assert unscheduled_go_live(undated) is None
        assert unscheduled_go_live(draft_with_date) == GO_LIVE
    with freeze_time(GO_LIVE + timedelta(days=1)):
        assert unscheduled_go_live(draft_with_date) is None


def test_calendar_shows_a_draft_with_a_date_as_not_scheduled(client, admin_user, draft_with_date):
    client.force_login(admin_user)
    with freeze_time(NOW):
        html = client.get(WEEK).content.decode()
    assert "calendar-entry--not-scheduled" in html
    assert CALENDAR_LABEL in html
    assert "Goes live:" not in html.split(CALENDAR_LABEL)[0].rsplit("calendar-entry", 1)[-1]


def test_calendar_shows_a_scheduled_draft_as_going_live(client, admin_user, draft_with_date):
    client.force_login(admin_user)
    with freeze_time(NOW):
        draft_with_date.get_latest_revision().publish()
        html = client.get(WEEK).content.decode()
    assert CALENDAR_LABEL not in html
    assert "Goes live:" in html
