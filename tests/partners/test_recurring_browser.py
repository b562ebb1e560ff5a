"""A reader picks a date of a repeating event on a phone, sees that date's places, and RSVPs
to it, in Debian's Chromium, with an accessibility scan."""

import datetime as dt

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import Page, expect

from actions.models import RSVP
from common.recurrence import Repeat
from tests.actions.helpers import ensure_site, make_event

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_reader_chooses_a_date_sees_its_places_and_rsvps_to_it(live_server, page: Page):
    ensure_site()
    call = make_event(
        title="Organising call",
        start_date=timezone.localdate() + dt.timedelta(days=7),
        repeat=Repeat.WEEKLY,
        repeat_count=4,
        capacity=1,
    )
    first, second = (start for start, _end in call.occurrences()[:2])
    RSVP.objects.create(
        page=call,
        name="First",
        email="first@example.org",
        email_normalised="first@example.org",
        occurrence_start=first,
    )
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + call.url)

    expect(page.get_by_text("This date is full.")).to_be_visible()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()

    page.get_by_label("Which date?").select_option(f"{second:%Y-%m-%d}")
    # actions.js reads the chosen date's places: it has one left.
    expect(page.get_by_text("1 place left")).to_be_visible()
    page.get_by_label("Your name").fill("Luis Ortega")
    page.get_by_label("Email address").fill("luis@example.org")
    page.get_by_role("button", name="RSVP", exact=True).click()

    expect(page.get_by_role("heading", name="You have a place")).to_be_visible()
    expect(page.get_by_text("Your RSVP is for")).to_contain_text(f"{second.day} ")
    assert RSVP.objects.get(email="luis@example.org").occurrence_start == second
