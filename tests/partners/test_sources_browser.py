"""In Chromium: a reader follows a partner's tagged link to the campaign's home page, opens a
petition from there, fixes a mistake and signs; the signature counts for that partner, and a
data steward sees it under that partner (the editor guide's picture of the source counts)."""

import os
import tempfile
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from actions.models import Signature
from tests.actions.helpers import ensure_site, make_petition
from tests.factories import OrganisationFactory

# As tests/browser/test_editorial_browser.py: UPDATE_GUIDE_SCREENSHOTS=1 puts the picture in
# the guide, otherwise it goes to a temporary folder.
GUIDE_IMAGES = (
    Path(__file__).resolve().parents[2] / "docs" / "img" / "guide"
    if os.environ.get("UPDATE_GUIDE_SCREENSHOTS")
    else Path(tempfile.gettempdir()) / "editor-guide-screenshots"
)
PASSWORD = "a-long-password"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def more_signatures(petition, partners) -> None:
    """What a few weeks of sharing leave, for the steward's screen to show."""
    spread = [
        ("email", "email", None, 41),
        ("facebook", "social", None, 23),
        ("", "direct", None, 17),
        ("whatsapp", "social", None, 9),
        ("other", "other", None, 2),
        (partners[1].partner_code, "partner", partners[1], 31),
        ("widget", "partner", partners[2], 12),
    ]
    Signature.objects.bulk_create(
        Signature(
            page=petition,
            email_normalised=f"{source or 'none'}{n}@example.org",
            confirmed_at=timezone.now(),
            source=source,
            channel=channel,
            source_partner=partner,
        )
        for source, channel, partner, count in spread
        for n in range(count)
    )


def test_a_partners_link_followed_through_the_site_tags_the_signature(
    live_server, page: Page, django_user_model
):
    ensure_site()
    partner = OrganisationFactory(name="Detention Watch Network")
    petition = make_petition()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/?source=newsletter&partner={partner.partner_code}")

    page.goto(live_server.url + petition.url)  # the address no longer says where they came from
    expect(page.locator("#sign input[name=partner]")).to_have_value(partner.partner_code)
    page.get_by_label("First name").fill("Ana")
    page.get_by_label("Last name").fill("Reyes")
    page.get_by_role("button", name="Sign the petition").click()
    expect(page.get_by_role("alert")).to_contain_text("Enter your email address.")
    page.get_by_label("Email address").fill("ana@example.org")
    page.get_by_label("ZIP or postcode").fill("90012")
    page.get_by_role("button", name="Sign the petition").click()

    expect(page.get_by_role("heading", name="Thank you for signing")).to_be_visible()
    signature = Signature.objects.get()
    assert (signature.source, signature.source_partner_id, signature.channel) == (
        "newsletter",
        partner.pk,
        "partner",
    )

    partners = [
        partner,
        OrganisationFactory(name="Inland Empire Immigrant Youth Collective"),
        OrganisationFactory(name="Bail Fund Network"),
    ]
    more_signatures(petition, partners)
    django_user_model.objects.create_superuser("steward", "steward@example.org", PASSWORD)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("steward")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto(live_server.url + "/admin/action-counts/")
    page.get_by_role("link", name=f"Where the actions on {petition.title} came from").click()

    leaderboard = page.get_by_role("table").first
    expect(leaderboard.get_by_role("row").nth(1)).to_contain_text("Inland Empire")
    expect(leaderboard).to_contain_text("Detention Watch Network")
    GUIDE_IMAGES.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=GUIDE_IMAGES / "source-counts.png", animations="disabled")
