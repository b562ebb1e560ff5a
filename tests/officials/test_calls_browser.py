"""A reader on a 390 px phone, in Debian's Chromium: enters a ZIP code that crosses county
lines, picks their county, gets their sheriff with a big tap-to-call button, says how the call
went and sees the thank-you; nothing is wider than the screen and every step passes an
accessibility scan."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from actions.models import CallReport
from campaigns.models import CallTarget, Target
from tests.actions.helpers import ensure_site
from tests.factories import CallActionPageFactory, TargetFactory
from tests.helpers import publish

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}


def assert_fits_and_is_accessible(page: Page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_a_reader_finds_their_sheriff_calls_and_says_how_it_went(live_server, page: Page):
    sheriffs = [
        TargetFactory(
            name=name,
            title="Sheriff",
            jurisdiction="",
            level=Target.Level.COUNTY,
            state="CA",
            county=county,
            phone=phone,
        )
        for name, county, phone in [
            ("Carlos Bolaños", "San Mateo County", "(650) 555-0142"),
            ("Robert Jonsen", "Santa Clara County", "(408) 555-0143"),
        ]
    ]
    links = [CallTarget(target=sheriff, sort_order=n) for n, sheriff in enumerate(sheriffs)]
    call_page = publish(ensure_site(), CallActionPageFactory.build(target_links=links))
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + call_page.url)

    page.get_by_label("Your ZIP code").fill("94303")
    page.get_by_role("button", name="Find my official").click()
    expect(page.get_by_text("ZIP code 94303 crosses county lines.")).to_be_visible()
    assert_fits_and_is_accessible(page)
    page.get_by_label("Santa Clara County").check()
    page.get_by_role("button", name="Continue").click()

    expect(page.get_by_role("heading", name="Sheriff Robert Jonsen")).to_be_visible()
    call = page.get_by_role("link", name="Call (408) 555-0143")
    expect(call).to_have_attribute("href", "tel:+14085550143")
    box = call.bounding_box()
    assert box["height"] >= 48 and box["width"] >= 300, "a big button to tap"
    expect(page.get_by_text("to ask Sheriff Robert Jonsen to end transfers")).to_be_visible()
    assert_fits_and_is_accessible(page)

    page.get_by_role("button", name="Count my call").click()
    expect(page.locator(".error-summary:focus")).to_have_count(1)
    expect(page.get_by_role("alert")).to_contain_text("Choose what happened when you called.")
    page.get_by_label("Left a voicemail").check()
    page.get_by_role("button", name="Count my call").click()

    expect(page.get_by_role("heading", name="Thank you for calling")).to_be_visible()
    assert_fits_and_is_accessible(page)
    report = CallReport.objects.get()
    assert (report.target, report.outcome, report.state) == (sheriffs[1], "voicemail", "CA")
