"""An editor previews unsaved changes to an update, new tag included, in Debian's Chromium:
the preview panel shows them, not a server error."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from campaigns.models import UpdatePage

# The editorial browser tests' fixtures (demo content and roles, a sized page, members), reused
# by name rather than copied.
from tests.browser.test_editorial_browser import (  # noqa: F401
    add_block,
    demo,
    member,
    page,
    sign_in,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SHOTS = Path(tempfile.gettempdir())  # a look at the panel, kept out of the repository
NEW_TEXT = "Preview this paragraph before anyone sees it."


def test_editor_previews_an_update_with_a_new_tag_and_paragraph(
    live_server,
    page: Page,  # noqa: F811
    member,  # noqa: F811
):
    member("writer", "Comms staff")
    # An update of our own: a press clip's page shows its excerpt and the outlet's link, not
    # a body, so a new paragraph would rightly not appear in its preview.
    update = (
        UpdatePage.objects.live()
        .filter(tagged_items__isnull=False, original_url="")
        .order_by("path")
        .first()
    )
    sign_in(page, live_server.url, "writer")
    page.goto(f"{live_server.url}/admin/pages/{update.pk}/edit/")
    tags = page.locator("[data-contentpath='tags'] input:visible").first
    tags.click()
    tags.type("brand-new-topic")
    tags.press("Enter")
    add_block(page, "body", "Paragraph")
    # Type once the new block's rich text editor is drawn and focused: keys pressed while it
    # is still mounting go nowhere.
    paragraph = page.locator("[data-contentpath='body'] .public-DraftEditor-content").last
    expect(paragraph).to_be_editable()
    paragraph.click()
    expect(paragraph).to_be_focused()
    page.keyboard.type(NEW_TEXT)
    expect(paragraph).to_contain_text(NEW_TEXT)
    # The editor copies its text into the form a moment later (debounced); the preview sends
    # the form, so it is ready when the form is.
    stored = page.locator("[data-contentpath='body'] input[type=hidden][name$='-value']").last
    expect(stored).to_have_value(re.compile(re.escape(NEW_TEXT)))
    page.locator("#id_title").fill("An update, previewed before it is saved")

    # The editor opens the preview on the unsaved form. (With the panel already open, Wagtail
    # 8 refreshes it on its own timer after the first change only, so a test that typed into
    # an open panel depended on how fast this machine happened to be.)
    page.locator("[data-side-panel-toggle='preview']").click()
    # While a new preview loads, Wagtail keeps it in a hidden proxy iframe with the same id.
    preview = page.frame_locator("#w-preview-iframe:not(.w-preview__proxy)")
    expect(preview.locator("body")).to_contain_text(NEW_TEXT, timeout=20_000)
    expect(preview.locator("h1")).to_contain_text("An update, previewed before it is saved")
    expect(preview.locator(".article__tags")).to_contain_text("brand-new-topic")
    expect(preview.locator("body")).not_to_contain_text("Server Error")
    expect(page.locator(".w-preview--has-errors")).to_have_count(0)
    page.screenshot(path=SHOTS / "update-preview-with-new-tag.png")
