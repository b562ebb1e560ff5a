"""At the door of a weekly call, on a 390 px phone in Debian's Chromium: the screen opens on
today's date, search as you type keeps to that date, a tap marks that date's RSVP only, and the
date choice shows another date. The test also takes the editor guide's picture of the screen
(docs/img/guide/check-in-repeating-phone.png; `UPDATE_GUIDE_SCREENSHOTS=1` refreshes it)."""

import datetime as dt
import os
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import Page, expect

from actions.models import RSVP
from common.recurrence import Repeat
from tests.actions.helpers import ensure_site, make_event

from .checkin_helpers import rsvp

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
GUIDE_IMAGES = (
    Path(__file__).resolve().parents[2] / "docs" / "img" / "guide"
    if os.environ.get("UPDATE_GUIDE_SCREENSHOTS")
    else Path(tempfile.gettempdir()) / "editor-guide-screenshots"
)
PASSWORD = "door-pw-4-tests"


def test_the_door_of_a_weekly_call_keeps_to_todays_date(live_server, page: Page, django_user_model):
    ensure_site()
    today = timezone.now().astimezone(ZoneInfo("America/Los_Angeles")).date()
    call = make_event(
        title="Weekly organising call",
        slug="weekly-call",
        start_date=today - dt.timedelta(days=7),
        time_zone="America/Los_Angeles",
        repeat=Repeat.WEEKLY,
        repeat_count=3,
        capacity=None,
    )
    this_week = call.occurrence_on(today)[0]
    next_week = call.occurrence_on(today + dt.timedelta(days=7))[0]
    for name in ("Luis Ortega", "Ana Reyes", "María Pérez"):
        rsvp(call, name, occurrence_start=this_week)
    rsvp(call, "María Pérez", occurrence_start=next_week)
    steward = django_user_model.objects.create_user("door-steward", "s@example.org", PASSWORD)
    steward.groups.add(Group.objects.get(name="Data stewards"))
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("door-steward")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(live_server.url + "/admin/")

    page.goto(live_server.url + reverse("actions_check_in", args=[call.pk]))
    expect(page.get_by_label("Date")).to_have_value(today.isoformat())
    counts = page.locator(".check-in__counts")
    expect(counts).to_contain_text("0 arrived of 3 expected")
    GUIDE_IMAGES.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=GUIDE_IMAGES / "check-in-repeating-phone.png", animations="disabled")

    page.get_by_label("Find a name").press_sequentially("pér", delay=50)
    expect(page.locator(".check-in__row")).to_have_count(1)
    assert f"date={today.isoformat()}" in page.url  # the search kept to today's date
    page.get_by_role("button", name="Arrived María Pérez").click()
    expect(counts).to_contain_text("1 arrived of 3 expected")

    marias = dict(
        RSVP.objects.filter(name="María Pérez").values_list("occurrence_start", "attended_at")
    )
    assert marias[this_week] is not None and marias[next_week] is None

    page.get_by_label("Date").select_option((today + dt.timedelta(days=7)).isoformat())
    page.get_by_role("button", name="Show this date").click()
    expect(counts).to_contain_text("0 arrived of 1 expected")
    expect(page.get_by_role("button", name="Arrived María Pérez")).to_be_visible()
