"""Editors pick a time to the minute in Debian's Chromium: the schedule dialog's and an event's
time pickers list every fifth minute, a typed minute stays as typed, and an open picker never
covers the button the editor presses next (editorial/pickers.py, pickers.css)."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from campaigns.models import EventPage, UpdatePage
from tests.browser import test_editorial_browser as editorial
from tests.browser.test_editorial_browser import LA, sign_in

# The editorial browser tests' fixtures: the demo campaign and its roles, and staff members.
demo = editorial.demo
member = editorial.member

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = Path(tempfile.gettempdir()) / "schedule-picker-screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def is_uncovered(button: Locator) -> bool:
    """Whether a click at the button's centre reaches the button (nothing lies over it)."""
    button.scroll_into_view_if_needed()
    return button.evaluate(
        """button => {
            const box = button.getBoundingClientRect();
            const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
            return button.contains(hit);
        }"""
    )


def open_schedule_dialog(page: Page, base_url: str) -> Locator:
    page.goto(f"{base_url}/admin/pages/{UpdatePage.objects.first().pk}/edit/")
    page.get_by_role("button", name="Toggle status").click()
    page.get_by_role("button", name="Set schedule").click()
    go_live = page.locator("#id_go_live_at")
    go_live.click()
    return go_live


def shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", animations="disabled")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_editor_picks_0905_in_the_schedule_dialog_and_can_still_press_save_schedule(
    live_server, page: Page, member, viewport
):
    page.set_viewport_size(viewport)
    member("lead", "Campaign leads")
    sign_in(page, live_server.url, "lead")
    go_live = open_schedule_dialog(page, live_server.url)
    picker = page.locator("#id_go_live_at ~ .xdsoft_datetimepicker")
    expect(picker).to_be_visible()
    save = page.get_by_role("button", name="Save schedule")
    shot(page, f"schedule-picker-{viewport['width']}")
    assert is_uncovered(save)

    # The picker's list scrolls with its own scroll bar, to the time in the field: type the
    # hour, then pick the minutes from the list.
    tomorrow = dt.datetime.now(LA).date() + dt.timedelta(days=1)
    go_live.fill(f"{tomorrow:%Y-%m-%d} 09:00")
    heading = page.get_by_role("heading", name="Set publishing schedule")
    heading.click()
    go_live.click()
    picker.locator(".xdsoft_time[data-hour='9'][data-minute='5']").click()
    expect(go_live).to_have_value(f"{tomorrow:%Y-%m-%d} 09:05")

    # Any minute can be typed, not only the ones listed.
    go_live.fill(f"{tomorrow:%Y-%m-%d} 09:07")
    heading.click()
    expect(go_live).to_have_value(f"{tomorrow:%Y-%m-%d} 09:07")

    save.click()  # a real click: Playwright fails it if anything lies over the button
    expect(page.get_by_role("heading", name="Set publishing schedule")).to_be_hidden()


def test_editor_picks_an_events_start_time_to_the_minute_above_the_save_bar(
    live_server, page: Page, member
):
    page.set_viewport_size(DESKTOP)
    member("lead", "Campaign leads")
    sign_in(page, live_server.url, "lead")
    page.goto(f"{live_server.url}/admin/pages/{EventPage.objects.first().pk}/edit/")
    start = page.locator("#id_start_time")
    start.fill("09:00")  # the list scrolls to the time in the field
    page.locator("#id_title").click()
    start.click()
    picker = page.locator("#id_start_time ~ .xdsoft_datetimepicker")
    picker.locator(".xdsoft_time[data-hour='9'][data-minute='5']").click()
    expect(start).to_have_value("09:05")

    start.click()
    expect(picker).to_be_visible()
    shot(page, "event-start-picker-1280")
    assert is_uncovered(page.get_by_role("button", name="Save draft"))
