"""A reader signs a petition and RSVPs, in Debian's Chromium, with an accessibility scan."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from actions.models import RSVP, Signature
from tests.actions.helpers import add_signatures, ensure_site, make_event, make_petition

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def clean_state():
    ensure_site()


def assert_accessible(page: Page) -> None:
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_reader_signs_and_sees_the_thank_you_step_and_the_bar_move(live_server, page: Page):
    petition = make_petition(goal=10)
    add_signatures(petition, 3)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + petition.url)
    bar = page.get_by_role("progressbar")
    expect(bar).to_have_attribute("aria-valuenow", "3")
    expect(page.locator("[data-progress-count]")).to_have_text("3")
    assert_accessible(page)

    email = page.get_by_label("Email address")
    expect(email).to_have_attribute("type", "email")
    expect(email).to_have_attribute("autocomplete", "email")
    expect(page.get_by_label("ZIP or postcode")).to_have_attribute("inputmode", "numeric")
    expect(page.get_by_label("Phone number (optional)")).to_have_attribute("type", "tel")
    expect(page.get_by_label("Yes, email me about this campaign")).not_to_be_checked()

    page.get_by_label("First name").fill("Ana")
    page.get_by_label("Last name").fill("Reyes")
    email.fill("")
    page.get_by_role("button", name="Sign the petition").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Enter your email address.")
    # Focus moves to the summary, so screen readers announce what to fix.
    expect(page.locator(".error-summary:focus")).to_have_count(1)
    expect(page.get_by_label("First name")).to_have_value("Ana")

    page.get_by_label("Email address").fill("ana@example.org")
    page.get_by_label("ZIP or postcode").fill("90012")
    page.get_by_role("button", name="Sign the petition").click()

    expect(page.get_by_role("heading", name="Thank you for signing")).to_be_visible()
    expect(page.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "4")
    expect(page.locator("[data-progress-count]")).to_have_text("4")
    expect(page.get_by_role("link", name="Share on Bluesky")).to_be_visible()
    # The petition's own donate ask, in the thank-you step (the header may have the site's).
    expect(page.locator("#thank-you").get_by_role("link", name="Donate")).to_have_attribute(
        "href", "https://donate.example.org/adelanto"
    )
    assert_accessible(page)
    assert Signature.objects.filter(page=petition).count() == 4


def test_reader_rsvps_to_a_full_event_and_lands_on_the_waitlist(live_server, page: Page):
    event = make_event(capacity=1)
    RSVP.objects.create(
        page=event, name="First", email="first@example.org", email_normalised="first@example.org"
    )
    page.goto(live_server.url + event.url)
    expect(page.get_by_text("This event is full.")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Your name").fill("Luis Ortega")
    page.get_by_label("Email address").fill("luis@example.org")
    page.get_by_label("Guests you are bringing").select_option("1")
    page.get_by_role("button", name="Join the waitlist").click()

    expect(page.get_by_role("heading", name="You are on the waitlist")).to_be_visible()
    expect(page.get_by_role("link", name="Add to my calendar", exact=True)).to_be_visible()
    assert RSVP.objects.get(email="luis@example.org").status == RSVP.Status.WAITLIST
