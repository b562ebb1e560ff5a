"""An editor's typing is kept without pressing "Save draft": Wagtail 8 autosaves the form (off
in the other browser tests, which save explicitly; see site_core/settings/test.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from campaigns.models import UpdateIndexPage, UpdatePage

# The editorial browser tests' fixtures (demo content and roles, a sized page, members), reused
# by name rather than copied.
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


WATCHING_FOR_EDITS = """() => {
    const form = document.querySelector("form[data-edit-form]");
    const unsaved = window.wagtail.app.getControllerForElementAndIdentifier(form, "w-unsaved");
    return Boolean(unsaved && unsaved.initialFormData);
}"""


@pytest.fixture
def autosave(settings):
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 500  # Wagtail's default


def test_a_new_update_is_kept_as_a_draft_while_the_editor_types(
    live_server,
    autosave,
    page: Page,  # noqa: F811
    member,  # noqa: F811
):
    member("writer", "Comms staff")
    index = UpdateIndexPage.objects.get(slug="updates")
    sign_in(page, live_server.url, "writer")
    page.goto(f"{live_server.url}/admin/pages/add/campaigns/updatepage/{index.pk}/")
    # Wagtail takes its snapshot of the untouched form two seconds after the page opens, and
    # autosaves what differs from it: a person is never that quick, a script is.
    page.wait_for_function(WATCHING_FOR_EDITS)
    page.locator("#id_title").fill("Day 5: vigil at the detention centre")
    body = page.locator("[data-contentpath='body']")
    body.locator("button.c-sf-add-button").first.click()
    page.get_by_role("option", name="Heading", exact=True).click()
    page.locator("#body-0-value-text").fill("Bring a candle")
    saved = page.locator("#w-autosave-indicator .w-autosave-indicator__state--saved")
    expect(saved).to_be_visible(timeout=30_000)
    expect(saved).to_have_text("Saved")

    # The indicator says "Saved" when the server has answered; the draft is in the database.
    update = UpdatePage.objects.get(title="Day 5: vigil at the detention centre")
    assert not update.live
    draft = update.get_latest_revision_as_object()
    assert [(block.block_type, block.value["text"]) for block in draft.body] == [
        ("heading", "Bring a candle")
    ]

    # The editor closes the tab without pressing a button, and finds their work when they
    # come back.
    page.close()
    again = page.context.new_page()
    again.goto(f"{live_server.url}/admin/pages/{update.pk}/edit/")
    expect(again.locator("#id_title")).to_have_value("Day 5: vigil at the detention centre")
    expect(again.locator("#body-0-value-text")).to_have_value("Bring a candle")
