"""A steward at the door, on a 390 px phone in Debian's Chromium: finds a name as they type,
taps Arrived, sees the count move."""

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import Page, expect

from actions.models import RSVP
from tests.actions.helpers import ensure_site, make_event

from .checkin_helpers import rsvp

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "door-pw-4-tests"


def test_a_steward_finds_a_name_as_they_type_and_marks_them_arrived(
    live_server, page: Page, django_user_model
):
    ensure_site()
    event = make_event(start_date=timezone.localdate(), slug="door-test")
    for name in ("Luis Ortega", "Ana Reyes", "María Pérez"):
        rsvp(event, name)
    steward = django_user_model.objects.create_user("door-steward", "s@example.org", PASSWORD)
    steward.groups.add(Group.objects.get(name="Data stewards"))
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("door-steward")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    expect(page).to_have_url(live_server.url + "/admin/")

    page.goto(live_server.url + "/admin/supporters/check-in/")
    page.get_by_role("link", name=f"Open {event.title}").click()
    expect(page.locator(".check-in__counts")).to_contain_text("0 arrived of 3 expected")

    page.get_by_label("Find a name").press_sequentially("pér", delay=50)
    rows = page.locator(".check-in__row")
    expect(rows).to_have_count(1)  # narrowed without sending the search
    expect(rows).to_contain_text("María Pérez")
    button = page.get_by_role("button", name="Arrived María Pérez")
    box = button.bounding_box()
    assert box["height"] >= 44 and box["x"] + box["width"] <= 390  # a thumb's tap, on screen
    button.click()

    expect(page.locator(".check-in__counts")).to_contain_text("1 arrived of 3 expected")
    expect(page.get_by_role("button", name="Undo María Pérez")).to_be_visible()
    assert RSVP.objects.get(name="María Pérez").attended_at is not None
