"""A reader writes to their Sheriff on a phone, in Debian's Chromium: the ZIP code finds him,
the letter is theirs to edit, and it reaches his office by email."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from playwright.sync_api import Page, expect

from actions.models import Letter
from tests.actions.helpers import ensure_site
from tests.officials.letter_helpers import LETTER, governor, make_letter_action, sheriff

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def assert_accessible(page: Page) -> None:
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_a_reader_finds_the_sheriff_by_zip_code_writes_and_sends(live_server, page: Page):
    ensure_site()
    action = make_letter_action([sheriff()], fallback=governor())
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + action.url)

    page.get_by_label("Your ZIP code").fill("94401")
    page.get_by_role("button", name="Find my official").click()
    expect(page.get_by_text("To: Sheriff Carlos Bolanos, San Mateo County, CA")).to_be_visible()
    expect(page.get_by_text("with your email address as reply-to")).to_be_visible()
    letter = page.get_by_label("Your letter")
    expect(letter).to_have_value(LETTER)
    assert_accessible(page)

    letter.fill(LETTER + "\n\nMy brother was transferred to ICE from the Maple Street jail.")
    page.get_by_label("First name").fill("Ana")
    page.get_by_label("Last name").fill("Reyes")
    page.get_by_label("Email address").fill("ana@example.org")
    page.get_by_role("button", name="Send my letter").click()

    expect(page.get_by_role("heading", name="Thank you for writing")).to_be_visible()
    expect(page.get_by_text("Your letter to Sheriff Carlos Bolanos is on its way")).to_be_visible()
    expect(page.get_by_text("1 letter to Sheriff Carlos Bolanos")).to_be_visible()
    expect(page.get_by_role("link", name="Share on Bluesky")).to_be_visible()
    assert_accessible(page)
    (office,) = [message for message in mail.outbox if message.to == ["sheriff@example.org"]]
    assert "Maple Street jail" in office.body and office.body.endswith("Ana Reyes\n94401\n")
    assert office.reply_to == ["Ana Reyes <ana@example.org>"]
    assert Letter.objects.get().sent_at is not None
