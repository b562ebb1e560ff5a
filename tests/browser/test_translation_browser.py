"""An editor translates a new update into Spanish in the admin, in Debian's Chromium, and it goes
live through the approval workflow: comms staff translate and submit, a campaign lead approves
from the dashboard. Takes the editor guide's translation screenshots (as test_editorial_browser
does)."""

import pytest
from playwright.sync_api import Page, expect

from campaigns.models import UpdatePage
from tests.browser.test_editorial_browser import (  # noqa: F401  (fixtures)
    SAVING,
    demo,
    member,
    page,
    shot,
    sign_in,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SPANISH_TITLE = "Huelga nacional contra la esclavitud en las prisiones"


def test_comms_staff_translate_an_update_and_a_lead_approves_it(
    live_server,
    page: Page,  # noqa: F811
    member,  # noqa: F811
):
    member("writer", "Comms staff")
    member("lead", "Campaign leads")
    update = UpdatePage.objects.get(
        slug="national-strike-against-prison-slavery", locale__language_code="en"
    )
    sign_in(page, live_server.url, "writer")
    page.goto(f"{live_server.url}/admin/pages/{update.pk}/edit/")
    page.get_by_role("button", name="Actions").first.click()
    page.get_by_role("link", name="Translate").click()
    page.get_by_label("Español").check()
    shot(page, "translate-choose-language")
    page.get_by_role("button", name="Submit").click()

    # wagtail-localize's translation screen: each phrase of the English page, translated in turn.
    expect(page.get_by_text("English to Español translation").first).to_be_visible(timeout=SAVING)
    page.get_by_role("button", name="Translate").first.click()
    page.locator("textarea").first.fill(SPANISH_TITLE)
    page.get_by_role("button", name="Save").first.click()
    expect(page.get_by_text("Translated manually")).to_be_visible(timeout=SAVING)
    shot(page, "translate-phrases")
    submit = page.get_by_role("region", name="When the translation is ready")
    submit.scroll_into_view_if_needed()
    shot(page, "translate-submit")
    submit.get_by_role("button", name="Submit for approval").click()
    expect(page.locator(".messages .success")).to_contain_text("Submitted for approval")
    spanish = UpdatePage.objects.get(
        translation_key=update.translation_key, locale__language_code="es"
    )
    assert not spanish.live
    assert spanish.get_latest_revision_as_object().title == SPANISH_TITLE

    page.context.clear_cookies()
    sign_in(page, live_server.url, "lead")
    panel = page.locator("section:has-text('Awaiting your review')").first
    expect(panel).to_contain_text(SPANISH_TITLE)
    panel.get_by_role("button", name="Actions").click()
    shot(page, "translate-approve")
    panel.get_by_role("button", name="Approve", exact=True).click()
    # The dashboard reloads without the approved page: nothing else awaits review.
    expect(page.get_by_text("Awaiting your review")).to_have_count(0, timeout=SAVING)
    spanish.refresh_from_db()
    assert spanish.live and spanish.title == SPANISH_TITLE
    response = page.goto(live_server.url + spanish.url)
    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text(SPANISH_TITLE)
