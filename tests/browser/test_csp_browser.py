"""Under the Content-Security-Policy, Debian's Chromium reports no violation anywhere a
reader or an editor goes: the reader pages (home, a campaign, signing a petition, an RSVP),
the admin, the page editor, its preview and the user bar on a public page."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from campaigns.models import CampaignPage, UpdatePage

# The editorial browser tests' fixtures (demo content and roles, a sized page, members), reused
# by name rather than copied.
from tests.actions.helpers import make_event, make_petition
from tests.browser.test_editorial_browser import (  # noqa: F401
    demo,
    member,
    page,
    sign_in,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SHOTS = Path(tempfile.gettempdir())
# The event Chromium fires for each blocked resource or script, kept on the window.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def violations(page: Page) -> list[str]:  # noqa: F811
    """Every CSP violation the browser reports, from the console and from the DOM event."""
    found: list[str] = []
    page.add_init_script(RECORD_VIOLATIONS)
    page.on(
        "console",
        lambda message: (
            found.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )

    def collect() -> list[str]:
        for frame in page.frames:
            try:
                found.extend(frame.evaluate("window.__cspViolations || []"))
            except Exception:  # noqa: S112 (a frame that went away has nothing to report)
                continue
        return found

    return collect


def test_reader_pages_and_forms_have_no_csp_violation(live_server, page: Page, violations):  # noqa: F811
    petition = make_petition(title="Free them all")
    event = make_event(title="Vigil at the gates")
    page.set_viewport_size({"width": 390, "height": 844})
    for url in ["/", CampaignPage.objects.live().first().url, "/search/?query=vigil"]:
        page.goto(live_server.url + url)
        expect(page.locator("html")).to_have_class(re.compile(r"\bjs\b"))
        assert violations() == [], url

    page.goto(live_server.url + petition.url)
    # The inline script that marks the page as having JavaScript ran: it carries the nonce.
    expect(page.locator("html")).to_have_class(re.compile(r"\bjs\b"))
    page.get_by_label("First name").fill("Ana")
    page.get_by_label("Last name").fill("Reyes")
    page.get_by_label("Email address").fill("ana@example.org")
    page.get_by_label("ZIP or postcode").fill("90012")
    page.get_by_role("button", name="Sign the petition").click()
    expect(page.get_by_role("heading", name="Thank you for signing")).to_be_visible()
    assert violations() == []

    page.goto(live_server.url + event.url)
    page.get_by_label("Your name").fill("Luis Ortega")
    page.get_by_label("Email address").fill("luis@example.org")
    page.get_by_role("button", name=re.compile("RSVP|Join the waitlist|Count me in")).click()
    expect(page.get_by_role("link", name="Add to my calendar", exact=True)).to_be_visible()
    assert violations() == []
    page.screenshot(path=SHOTS / "csp-rsvp-thanks.png")


def test_admin_editor_preview_and_userbar_have_no_csp_violation(
    live_server,
    page: Page,  # noqa: F811
    member,  # noqa: F811
    violations,
):
    member("writer", "Comms staff")
    sign_in(page, live_server.url, "writer")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert violations() == []

    update = UpdatePage.objects.live().filter(original_url="").order_by("path").first()
    page.goto(f"{live_server.url}/admin/pages/{update.pk}/edit/")
    expect(page.locator("#id_title")).to_be_visible()
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe:not(.w-preview__proxy)")
    expect(preview.locator("h1")).to_contain_text(update.title, timeout=20_000)
    assert violations() == []
    page.screenshot(path=SHOTS / "csp-admin-preview.png")

    # The user bar on the public page, for a signed-in editor.
    page.goto(live_server.url + update.url)
    userbar = page.locator("wagtail-userbar")
    expect(userbar).to_be_attached()
    page.locator("wagtail-userbar button.w-userbar-trigger").click()
    expect(page.locator("wagtail-userbar").get_by_role("menuitem").first).to_be_visible()
    assert violations() == []
    page.screenshot(path=SHOTS / "csp-userbar.png")


def test_staff_member_locked_out_sees_the_plain_words_page(
    live_server,
    page: Page,  # noqa: F811
    member,  # noqa: F811
    violations,
    settings,
):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    member("writer", "Comms staff")
    page.goto(live_server.url + "/admin/login/")
    for attempt in range(3):
        page.get_by_label("Username").fill("writer")
        page.get_by_label("Password").fill(f"wrong-{attempt}")
        page.get_by_role("button", name="Sign in").click()
        if attempt < 2:
            expect(page.get_by_label("Password")).to_be_visible()
    expect(page.get_by_role("heading", name="Sign-in paused for a few minutes")).to_be_visible()
    expect(page.get_by_text("paused for 15 minutes")).to_be_visible()
    assert violations() == []
    page.screenshot(path=SHOTS / "csp-sign-in-paused.png")


def test_the_quick_check_solves_under_the_policy(live_server, page: Page, violations, settings):  # noqa: F811
    """The ALTCHA widget runs its puzzle in a blob: worker and styles itself: both allowed."""
    settings.ACTIONS_PROOF_OF_WORK_MAX_NUMBER = 5000
    petition = make_petition(title="Close the annex", ask_for_proof_of_work=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + petition.url)
    page.get_by_label("First name").fill("Ana")
    widget = page.locator("altcha-widget")
    widget.scroll_into_view_if_needed()
    expect(widget.get_by_text("Verified")).to_be_visible(timeout=15000)
    assert violations() == []
    page.screenshot(path=SHOTS / "csp-quick-check.png")
