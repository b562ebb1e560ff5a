"""A reader on a phone signs up for updates from the footer, in Chromium without JavaScript:
the missing tick is explained with what they typed kept, then the thank-you step."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from actions.models import UpdatesSignup

from .helpers import ensure_site

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def clean_state():
    ensure_site()


def test_reader_signs_up_from_the_footer_without_javascript(live_server, browser: Browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + "/")
    footer = page.get_by_role("region", name="Get campaign updates")
    footer.get_by_label("Name").fill("Rosa Martínez")
    footer.get_by_label("Your email").fill("rosa@example.org")
    footer.get_by_label("ZIP code (optional)").fill("92301")
    box = footer.get_by_label("Yes, email me updates about this campaign")
    expect(box).not_to_be_checked()

    footer.get_by_role("button", name="Sign me up").click()

    expect(page.get_by_role("alert")).to_contain_text("Tick the box to say you want our emails.")
    expect(page.get_by_label("Your email")).to_have_value("rosa@example.org")
    expect(page.get_by_label("Name", exact=True)).to_have_value("Rosa Martínez")
    assert not UpdatesSignup.objects.exists()

    page.get_by_label("Yes, email me updates about this campaign").check()
    page.get_by_role("button", name="Sign me up").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you: you will hear from us")
    assert UpdatesSignup.objects.get().email == "rosa@example.org"
    context.close()


def test_the_footer_form_and_its_error_page_pass_an_accessibility_scan(live_server, page: Page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/")
    page.get_by_role("region", name="Get campaign updates").get_by_role(
        "button", name="Sign me up"
    ).click()
    expect(page.get_by_role("alert")).to_contain_text("Enter your email address.")

    results = Axe().run(page)

    assert results.violations_count == 0, results.generate_report()
