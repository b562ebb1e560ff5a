"""Editors write, schedule, plan and approve in the admin, in Debian's Chromium. These tests
also take the screenshots of docs/editor-guide.md (docs/img/guide/), so the guide shows the
admin as it really is: `UPDATE_GUIDE_SCREENSHOTS=1 make test` refreshes them."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import urllib.request
from importlib import import_module
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps as global_apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import DEFAULT_DB_ALIAS
from playwright.sync_api import Page, expect
from wagtail.models import Collection, Revision
from wagtail.models import Page as WagtailPage

from campaigns.models import (
    CampaignPage,
    PetitionIndexPage,
    PetitionPage,
    UpdateIndexPage,
    UpdatePage,
    WeekOfActionPage,
)
from demo.loader import load_demo_content
from tests.actions.helpers import ensure_site

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Every run takes the screenshots; UPDATE_GUIDE_SCREENSHOTS=1 puts them in the guide (and the
# diff shows what changed), otherwise they go to a temporary folder so a test run leaves the
# repository clean.
GUIDE_IMAGES = (
    Path(__file__).resolve().parents[2] / "docs" / "img" / "guide"
    if os.environ.get("UPDATE_GUIDE_SCREENSHOTS")
    else Path(tempfile.gettempdir()) / "editor-guide-screenshots"
)
LA = ZoneInfo("America/Los_Angeles")
PASSWORD = "a-long-password"
# Saving a page also updates the search index and reference index inline, which takes a few
# seconds on a cold first request: longer than Playwright's default wait of five.
SAVING = 20_000


@pytest.fixture(autouse=True)
def demo():
    """The demo campaign, and the roles and workflow the migrations create. Transactional tests
    may start from an empty database (see tests/actions/helpers.ensure_site), so whatever is
    missing is put back first."""
    ensure_site()
    if not Group.objects.filter(name="Campaign leads").exists():
        restore_migration_data()
    load_demo_content(spanish=False)


def restore_migration_data() -> None:
    """What `migrate` leaves in a new database and these tests rely on: content types and
    permissions, the root collection, the editorial roles and workflow, and Data stewards'
    supporter-data permissions. The migrations' own functions do it, so nothing is copied."""
    emit_post_migrate_signal(verbosity=0, interactive=False, db=DEFAULT_DB_ALIAS)
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    import_module("editorial.migrations.0002_roles_and_approval").create_roles(global_apps, None)
    import_module("actions.migrations.0003_data_stewards_group").create_group(global_apps, None)


@pytest.fixture
def page(page: Page) -> Page:
    page.set_viewport_size({"width": 1280, "height": 800})
    # The admin's first requests compile templates and fill caches; on a machine that shares
    # its two cores, 30 s is not always enough for a step that takes one when it is quiet.
    page.set_default_timeout(60_000)
    return page


@pytest.fixture
def member(django_user_model):
    def make(username: str, group: str):
        user = django_user_model.objects.create_user(
            username, f"{username}@example.org", PASSWORD, first_name=username.title()
        )
        user.groups.add(Group.objects.get(name=group))
        return user

    return make


def sign_in(page: Page, base_url: str, username: str) -> None:
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(base_url + "/admin/")


def shot(page: Page, name: str) -> None:
    """A screenshot for the editor guide: the viewport only, to keep each file small."""
    GUIDE_IMAGES.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=GUIDE_IMAGES / f"{name}.png", animations="disabled")


def add_block(page: Page, field: str, block: str) -> None:
    stream = page.locator(f"[data-contentpath='{field}']")
    stream.locator("button.c-sf-add-button").last.click()
    page.get_by_role("option", name=block, exact=True).click()


def write_update(page: Page, base_url: str, title: str, slug: str, screenshots: bool = False):
    index = UpdateIndexPage.objects.get(slug="updates")
    page.goto(f"{base_url}/admin/pages/add/campaigns/updatepage/{index.pk}/")
    page.locator("#id_title").fill(title)
    body = page.locator("[data-contentpath='body']")
    body.locator("button.c-sf-add-button").first.click()
    if screenshots:
        shot(page, "update-choose-block")
    page.get_by_role("option", name="Heading", exact=True).click()
    page.locator("#body-0-value-text").fill("Call your senator today")
    add_block(page, "body", "Paragraph")
    body.locator(".public-DraftEditor-content").first.click()
    page.keyboard.type("The vote on SB 1289 is on Thursday. One call takes two minutes.")
    add_block(page, "body", "Quote")
    page.locator("#body-2-value-text").fill("Every call we make is a family kept together.")
    page.locator("#body-2-value-attribution").fill("Ana Reyes, organiser")
    if screenshots:
        page.locator("#body-0-value-text").scroll_into_view_if_needed()
        shot(page, "update-blocks")
    page.get_by_role("tab", name="Promote").click()
    page.locator("#id_slug").fill(slug)
    page.get_by_role("tab", name="Content").click()


def pretend_the_go_live_time_has_passed(page: WagtailPage, revision: Revision) -> None:
    """The live server runs in another thread, so freezegun cannot move its clock; move the
    schedule back instead. Wagtail reads the go-live time from the revision's content as well
    as from `approved_go_live_at` (a revision whose content says "later" is scheduled again,
    not published), so both move, and the page's own copy with them."""
    moment = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=30)
    revision.content["go_live_at"] = moment.isoformat()
    revision.approved_go_live_at = moment
    revision.save(update_fields=["content", "approved_go_live_at"])
    WagtailPage.objects.filter(pk=page.pk).update(go_live_at=moment)


def test_editor_schedules_an_update_that_goes_live_after_the_scheduler_runs(
    live_server, page: Page, member
):
    member("lead", "Campaign leads")
    sign_in(page, live_server.url, "lead")
    write_update(page, live_server.url, "Day 3: call your senator", "day-3", screenshots=True)

    go_live = (dt.datetime.now(LA) + dt.timedelta(minutes=5)).replace(second=0, microsecond=0)
    page.get_by_role("button", name="Toggle status").click()
    page.get_by_role("button", name="Set schedule").click()
    go_live_field = page.locator("#id_go_live_at")
    go_live_field.fill(go_live.strftime("%Y-%m-%d %H:%M"))
    page.get_by_role("heading", name="Set publishing schedule").click()
    # The date picker, closing, now and then rewrote the typed time with one of its own (a
    # fresh CI run saved 11:18 for 16:37, in the past, and the page was refused): what the
    # editor typed is what must be sent.
    if go_live_field.input_value() != go_live.strftime("%Y-%m-%d %H:%M"):
        go_live_field.fill(go_live.strftime("%Y-%m-%d %H:%M"))
        page.get_by_role("heading", name="Set publishing schedule").click()
    expect(go_live_field).to_have_value(go_live.strftime("%Y-%m-%d %H:%M"))
    shot(page, "schedule-dialog")
    # The date picker may still cover the button; a click on the button itself is what counts.
    page.get_by_role("button", name="Save schedule").evaluate("button => button.click()")
    expect(page.get_by_role("heading", name="Set publishing schedule")).to_be_hidden()
    # "Save schedule" saves the draft, which creates the page: the edit page comes back with the
    # message. On a busy CI machine that took longer than a click's 60 s wait for the next button.
    try:
        expect(page.locator(".messages .success")).to_contain_text(
            "Page 'Day 3: call your senator' created", timeout=3 * SAVING
        )
    except AssertionError as error:
        # Say where the editor ended up, which the failure in CI did not show.
        seen = page.locator(".messages, .error-message, h1").all_inner_texts()
        raise AssertionError(f"after saving the schedule: {page.url} shows {seen}") from error
    page.get_by_role("button", name="More actions").click(timeout=SAVING)
    page.locator("button[name=action-publish]").click()
    expect(page.get_by_text("has been scheduled for publishing")).to_be_visible(timeout=3 * SAVING)

    update = UpdatePage.objects.get(slug="day-3")
    revision = update.revisions.get(approved_go_live_at__isnull=False)
    assert [block.block_type for block in revision.as_object().body] == [
        "heading",
        "paragraph",
        "quote",
    ]
    assert revision.approved_go_live_at == go_live
    assert not update.live

    page.get_by_role("link", name="Campaign calendar").click()
    expect(page.get_by_role("heading", level=2).first).to_contain_text("Week of")
    page.goto(f"{live_server.url}/admin/calendar/?view=week&date={go_live.date().isoformat()}")
    day = page.locator(f"td[data-date='{go_live.date().isoformat()}']")
    expect(day).to_contain_text(f"{go_live:%H:%M} {go_live.tzname()}")
    expect(day.get_by_role("link", name="Day 3: call your senator")).to_have_attribute(
        "href", f"/admin/pages/{update.pk}/edit/"
    )
    results = Axe().run(page, context=".nice-padding")
    assert results.violations_count == 0, results.generate_report()

    pretend_the_go_live_time_has_passed(update, revision)
    call_command("run_scheduler", "--once")
    update.refresh_from_db()
    assert update.live
    with urllib.request.urlopen(live_server.url + update.url) as response:  # noqa: S310
        assert response.status == 200
        assert "Call your senator today" in response.read().decode()


def test_lead_opens_the_week_of_action_in_the_calendar(live_server, page: Page, member):
    member("lead", "Campaign leads")
    week = WeekOfActionPage.objects.get(slug="2016-week-of-action")
    campaign = CampaignPage.objects.get()
    sign_in(page, live_server.url, "lead")

    page.goto(f"{live_server.url}/admin/pages/{week.pk}/edit/")
    page.get_by_role("button", name="Actions", exact=True).first.click()
    shot(page, "week-of-action-menu")
    page.get_by_role("link", name="Show in campaign calendar").click()
    expect(page).to_have_url(
        f"{live_server.url}/admin/calendar/?view=week&date=2016-09-26&campaign={campaign.pk}"
    )
    expect(page.locator("h2.calendar-title")).to_contain_text("Week of 26 September 2016")
    expect(page.get_by_role("cell", name="Week of action: 2016 Week of Action")).to_be_visible()
    shot(page, "calendar-week")

    page.get_by_role("link", name="List", exact=True).click()
    expect(page.get_by_role("heading", name="Monday 26 September 2016")).to_be_visible()
    shot(page, "calendar-list")

    page.goto(f"{live_server.url}/admin/calendar/?view=month&date=2017-10-20")
    friday = page.locator("td[data-date='2017-10-20']")
    expect(friday).to_contain_text("17:00 PDT")
    expect(friday).to_contain_text("#SchoolsNotPrisons: Adelanto")
    shot(page, "calendar-month")


def test_editor_builds_a_petition_with_a_demand_list(live_server, page: Page, member):
    member("writer", "Comms staff")
    index = PetitionIndexPage.objects.get(slug="petitions")
    sign_in(page, live_server.url, "writer")

    page.goto(f"{live_server.url}/admin/pages/add/campaigns/petitionpage/{index.pk}/")
    page.locator("#id_title").fill("Close Adelanto now")
    page.locator("#id_ask").fill("Close the Adelanto detention centre")
    demands = page.locator("[data-contentpath='demands']")
    demands.locator("button.c-sf-add-button").first.click()
    page.locator("#demands-0-value-title").fill("Our demands to the Governor")
    page.locator("#demands-0-value-demands-0-value-title").fill("Close Adelanto")
    # The list's own "Add" (the stream's buttons say "Insert a block"), clicked by the button
    # itself: the admin's layout still shifts just after a block is drawn, and about one mouse
    # click in eight landed beside the button (1 of 8 lost on a dev server), and a key press
    # goes wherever the focus has moved to by then.
    add_demand = demands.locator("button.c-sf-add-button[title='Add']").last
    expect(add_demand).to_be_enabled()
    add_demand.evaluate("button => button.click()")
    second = page.locator("#demands-0-value-demands-1-value-title")
    expect(second).to_be_editable(timeout=SAVING)
    second.fill("Release everyone held there")
    page.locator("#demands-0-value-title").scroll_into_view_if_needed()
    shot(page, "petition-demands")
    page.get_by_role("tab", name="Promote").click()
    page.locator("#id_slug").fill("close-adelanto-now")
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages .success")).to_contain_text("created", timeout=SAVING)

    petition = PetitionPage.objects.get(slug="close-adelanto-now")
    [demand_list] = petition.get_latest_revision_as_object().demands
    assert demand_list.block_type == "demand_list"
    assert [item["title"] for item in demand_list.value["demands"]] == [
        "Close Adelanto",
        "Release everyone held there",
    ]


def test_comms_staff_submit_and_a_campaign_lead_approves(live_server, page: Page, member):
    member("writer", "Comms staff")
    member("lead", "Campaign leads")
    sign_in(page, live_server.url, "writer")
    write_update(page, live_server.url, "Day 4: march to the capitol", "day-4")
    page.get_by_role("button", name="More actions").click()
    shot(page, "submit-for-approval")
    page.get_by_role("button", name="Submit to Campaign approval").click()
    expect(page.locator(".messages .success")).to_contain_text("submitted", timeout=SAVING)
    update = UpdatePage.objects.get(slug="day-4")
    assert not update.live

    page.context.clear_cookies()
    sign_in(page, live_server.url, "lead")
    panel = page.locator("#awaiting-your-review-section, section:has-text('Awaiting your review')")
    expect(panel.first).to_contain_text("Day 4: march to the capitol")
    shot(page, "dashboard-awaiting-review")
    page.goto(f"{live_server.url}/admin/pages/{update.pk}/edit/")
    page.get_by_role("button", name="More actions").click()
    shot(page, "approve")
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(page.locator(".messages .success")).to_be_visible(timeout=SAVING)
    update.refresh_from_db()
    assert update.live


def test_data_steward_exports_a_petitions_signatures(live_server, page: Page, member):
    from actions.models import Signature

    member("steward", "Data stewards")
    petition = PetitionPage.objects.live().first()
    for first, last in [("Ana", "Reyes"), ("Luis", "Ortega"), ("Mei", "Chen")]:
        Signature.objects.create(
            page=petition,
            first_name=first,
            last_name=last,
            email=f"{first.lower()}@example.org",
            email_normalised=f"{first.lower()}@example.org",
            postcode="90012",
            confirmed_at=dt.datetime.now(dt.UTC),
        )
    sign_in(page, live_server.url, "steward")
    page.get_by_role("button", name="Supporters").click()
    page.get_by_role("link", name="Signatures", exact=True).click()
    expect(page.get_by_text("Ana Reyes")).to_be_visible()
    shot(page, "export-signatures")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download XLSX").click()
    assert download.value.suggested_filename.startswith("signatures")
