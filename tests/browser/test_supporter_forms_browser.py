"""The public forms' quiet checks as a reader on a phone meets them, in Debian's Chromium: the
"did you mean ...?" hint when the email box loses focus, the fill timer, and the quick check
an editor switches on for a page under attack."""

import os
from urllib.parse import parse_qs

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from actions.email_typos import suggest_email
from actions.models import Signature
from tests.actions.helpers import ensure_site, make_petition

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
# Set to a folder to keep the phone screenshots for a look (e.g. SCREENSHOTS=/tmp/shots).
SCREENSHOTS = os.environ.get("SCREENSHOTS", "")


@pytest.fixture(autouse=True)
def clean_state():
    ensure_site()


def screenshot(page: Page, name: str) -> None:
    if SCREENSHOTS:
        page.screenshot(path=os.path.join(SCREENSHOTS, f"{name}.png"), full_page=False)


def fill_signature(page: Page, email: str) -> None:
    page.get_by_label("First name").fill("Ana")
    page.get_by_label("Last name").fill("Reyes")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("ZIP or postcode").focus()


def sent_form(request) -> dict:
    return {name: values[-1] for name, values in parse_qs(request.post_data).items()}


def test_the_hint_fixes_a_mistyped_provider_before_anything_is_sent(live_server, page: Page):
    petition = make_petition()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + petition.url)

    fill_signature(page, "ana.reyes@gmial.com")

    hint = page.locator("#sign .email-hint")
    expect(hint).to_have_attribute("aria-live", "polite")
    expect(hint).to_contain_text("Did you mean ana.reyes@gmail.com?")
    screenshot(page, "email-hint-phone")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    hint.get_by_role("button", name="Yes, use ana.reyes@gmail.com").click()
    expect(page.get_by_label("Email address")).to_have_value("ana.reyes@gmail.com")
    expect(page.get_by_label("Email address")).to_be_focused()
    expect(hint).to_be_empty()

    page.get_by_label("ZIP or postcode").fill("90012")
    with page.expect_request(lambda request: request.method == "POST") as posted:
        page.get_by_role("button", name="Sign the petition").click()

    expect(page.get_by_role("heading", name="Thank you for signing")).to_be_visible()
    assert Signature.objects.get().email == "ana.reyes@gmail.com"
    # The fill timer reported the time taken, in milliseconds.
    assert int(sent_form(posted.value)["fill_ms"]) > 0


def test_keeping_what_was_typed_is_not_asked_again(live_server, page: Page):
    petition = make_petition()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + petition.url)

    fill_signature(page, "ana@hotmial.com")
    page.get_by_role("button", name="No, keep ana@hotmial.com").click()
    page.get_by_label("ZIP or postcode").fill("90012")
    page.get_by_role("button", name="Sign the petition").click()

    expect(page.get_by_role("heading", name="Thank you for signing")).to_be_visible()
    assert Signature.objects.get().email == "ana@hotmial.com"


def test_the_footer_signup_gets_the_hint_too(live_server, page: Page):
    petition = make_petition()
    page.goto(live_server.url + petition.url)

    page.get_by_label("Your email").fill("rosa@yaho.com")
    page.get_by_label("Your email").blur()

    expect(page.locator(".site-footer .email-hint")).to_contain_text("Did you mean rosa@yahoo.com?")


def test_with_the_quick_check_on_a_reader_signs_after_the_browser_solves_it(
    live_server, page: Page, settings
):
    settings.ACTIONS_PROOF_OF_WORK_MAX_NUMBER = 5000
    petition = make_petition(ask_for_proof_of_work=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + petition.url)
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    fill_signature(page, "ana@example.org")
    page.get_by_label("ZIP or postcode").fill("90012")
    widget = page.locator("altcha-widget")
    widget.scroll_into_view_if_needed()
    expect(widget.get_by_text("Verified")).to_be_visible(timeout=15000)
    screenshot(page, "quick-check-phone")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    page.get_by_role("button", name="Sign the petition").click()

    expect(page.get_by_role("heading", name="Thank you for signing")).to_be_visible()
    assert Signature.objects.count() == 1
    # Nothing went to any other site: the puzzle is ours, the worker a local blob.
    local = (live_server.url, f"blob:{live_server.url}")
    assert all(url.startswith(local) for url in requests), requests


def test_without_javascript_the_server_asks_and_the_reader_chooses(live_server, browser):
    petition = make_petition()
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + petition.url)

    fill_signature(page, "ana.reyes@gmial.com")
    page.get_by_label("ZIP or postcode").fill("90012")
    page.get_by_role("button", name="Sign the petition").click()

    expect(page.get_by_role("alert")).to_contain_text("Did you mean ana.reyes@gmail.com?")
    expect(page.get_by_label("First name")).to_have_value("Ana")
    page.get_by_label("Use ana.reyes@gmail.com").scroll_into_view_if_needed()
    screenshot(page, "email-question-no-js-phone")
    assert not Signature.objects.exists()
    page.get_by_label("Use ana.reyes@gmail.com").check()
    page.get_by_role("button", name="Sign the petition").click()

    expect(page.get_by_role("heading", name="Thank you for signing")).to_be_visible()
    assert Signature.objects.get().email == "ana.reyes@gmail.com"
    context.close()


def test_the_browser_and_the_server_suggest_the_same_address(live_server, page: Page):
    make_petition()
    page.goto(live_server.url + "/actions/updates/")
    box = page.get_by_label("Your email")
    hint = page.locator(".email-hint")
    typed_addresses = [
        "ana@gmial.com",
        "ana@hotmial.co.uk",
        "Ana@GMAIL.CON",
        "ana@gmial.con",
        "ana@enlace.ogr",
        "ana@yhoo.com",
        "ana@outlok.com",
        "ana@comcats.net",
        "ana@cloud.com",
        "ana@gmail.com",
        "ana@mail.com",
        "ana@hotmail.ca",
        "ana@ucla.edu",
        "ana@live.co",
        "no-at-sign",
    ]
    for typed in typed_addresses:
        box.fill(typed)
        box.blur()
        expected = suggest_email(typed)
        if expected:
            expect(hint).to_contain_text(f"Did you mean {expected}?")
        else:
            expect(hint).to_be_empty()
