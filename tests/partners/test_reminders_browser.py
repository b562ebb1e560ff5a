"""An editor finds the two reminder switches in an event's RSVP panel, in Debian's Chromium,
and switches the morning reminder off. The test also takes the editor guide's picture of the
panel (docs/img/guide/event-reminder-switches.png; `UPDATE_GUIDE_SCREENSHOTS=1` refreshes it)."""

import os
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.actions.helpers import ensure_site

from .reminder_helpers import AFTER_FALL_BACK, vigil

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

GUIDE_IMAGES = (
    Path(__file__).resolve().parents[2] / "docs" / "img" / "guide"
    if os.environ.get("UPDATE_GUIDE_SCREENSHOTS")
    else Path(tempfile.gettempdir()) / "editor-guide-screenshots"
)
PASSWORD = "a-long-password"
SAVING = 20_000


def test_an_editor_switches_off_the_morning_reminder(live_server, page: Page, django_user_model):
    ensure_site()
    event = vigil(AFTER_FALL_BACK, capacity=150)
    django_user_model.objects.create_superuser("lead", "lead@example.org", PASSWORD)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.set_default_timeout(60_000)
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("lead")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    page.goto(f"{live_server.url}/admin/pages/{event.pk}/edit/")
    day_before = page.get_by_label("Email a reminder the day before")
    morning = page.get_by_label("Email a reminder the morning of the event")
    expect(day_before).to_be_checked()
    expect(morning).to_be_checked()
    expect(page.get_by_text("At 10 AM the day before, in the event's time zone")).to_be_visible()
    panel = page.locator("section:has(#id_remind_day_before):has(#id_capacity)").last
    panel.scroll_into_view_if_needed()
    GUIDE_IMAGES.mkdir(parents=True, exist_ok=True)
    panel.screenshot(path=GUIDE_IMAGES / "event-reminder-switches.png", animations="disabled")

    morning.uncheck()
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages .success")).to_be_visible(timeout=SAVING)
    event.refresh_from_db()
    draft = event.get_latest_revision_as_object()
    assert (draft.remind_day_before, draft.remind_morning_of) == (True, False)
