"""A reader in Debian's Chromium: home, campaign, update, petition; search; a feed; an event's
calendar file; the phone menu with the keyboard alone."""

import feedparser
import pytest
from icalendar import Calendar
from playwright.sync_api import Page, expect

from campaigns.models import EventPage

from .browser import DESKTOP, PHONE, load_demo_site, serve_media

CAMPAIGN = "/end-mass-incarceration-deportations-detention/"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def site(live_server, page: Page) -> str:
    load_demo_site()
    serve_media(page)
    return live_server.url


def test_reader_journey_campaign_update_petition_search_feed_and_calendar(
    site, page: Page, tmp_path
):
    page.set_viewport_size(DESKTOP)
    page.goto(site + "/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="The campaign").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Campaign to End Mass Incarceration, Deportations & Detention"
    )
    main_nav = page.get_by_role("navigation", name="Main")
    campaign_nav = page.get_by_role("navigation", name="Campaign")
    # The campaign's own navigation adds what the main menu does not already show.
    expect(campaign_nav.get_by_role("link", name="Demands")).to_be_visible()
    expect(campaign_nav.get_by_role("link", name="Updates")).to_have_count(0)

    # An update, found through the year archive; it ends with related updates.
    page.get_by_role("link", name="All updates and press").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Campaign updates")
    archive = page.get_by_role("navigation", name="Older news and highlights")
    archive.get_by_role("link", name="2016").click()
    expect(page).to_have_url(f"{site}{CAMPAIGN}updates/?year=2016")
    update_title = "Former Detainees, Racial Justice Organizations Demand DHS End Its Private"
    page.get_by_role("link", name=update_title).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(update_title)
    expect(page.get_by_role("heading", name="Related updates")).to_be_visible()
    expect(main_nav.get_by_role("link", name="Updates")).to_have_attribute("aria-current", "true")
    expect(main_nav.locator("[aria-current]")).to_have_count(1)

    # A petition, through the navigation that follows the reader everywhere.
    main_nav.get_by_role("link", name="Petitions").click()
    page.get_by_role("link", name="make California the first state").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("make California the first state")
    expect(page.locator("nav.breadcrumbs")).to_contain_text("Petitions")

    # Search, narrowed to events.
    page.get_by_label("Search the site").fill("Adelanto")
    page.get_by_label("Search the site").press("Enter")
    expect(page.get_by_role("status")).to_contain_text("results for “Adelanto”")
    results = page.locator(".search-result__title")
    expect(results).to_contain_text(["#SchoolsNotPrisons: Adelanto"])
    page.get_by_role("navigation", name="Show only").get_by_role("link", name="Events").click()
    expect(results).to_have_count(2)  # the 2017 concert and the coming vigil
    results.get_by_role("link", name="#SchoolsNotPrisons: Adelanto").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("#SchoolsNotPrisons: Adelanto")
    # The 2017 concert is over: it says so, and offers neither an RSVP nor a calendar file.
    expect(page.locator(".event__past")).to_contain_text("took place on")
    expect(page.get_by_role("link", name="Add to my calendar")).to_have_count(0)
    page.go_back()
    vigil_title = "Vigil outside the Adelanto immigrant prison"
    results.get_by_role("link", name=vigil_title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(vigil_title)

    # The coming event's calendar file, as a calendar app reads it.
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to my calendar").first.click()
    download = download_info.value
    assert download.suggested_filename == "adelanto-vigil.ics"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    (event,) = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    vigil = EventPage.objects.get(slug="adelanto-vigil")
    assert event.decoded("DTSTART") == vigil.starts_at
    assert vigil.local_start.strftime("%H:%M") == "17:00"
    assert "Adelanto, California" in str(event["LOCATION"])

    # The feed the updates page announces and links to, as a feed reader reads it.
    page.goto(f"{site}{CAMPAIGN}updates/")
    announced = page.locator("link[rel=alternate][type='application/rss+xml']").last
    visible = page.get_by_role("link", name="RSS feed")
    assert visible.get_attribute("href") == announced.get_attribute("href")
    response = page.request.get(site + visible.get_attribute("href"))
    assert response.ok
    assert response.headers["content-type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.body())
    assert not feed.bozo
    assert "Hunger Strikes: A Call to End Immigrant Detention" in [e.title for e in feed.entries]


def focus_ring(page: Page) -> str:
    """The focused element's outline, as the browser draws it."""
    return page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return `${s.outlineStyle} ${s.outlineWidth}`; }"
    )


def test_keyboard_reader_uses_the_phone_menu_and_always_sees_where_focus_is(site, page: Page):
    page.set_viewport_size(PHONE)
    page.goto(f"{site}{CAMPAIGN}events/")
    toggle = page.get_by_role("button", name="Menu")
    menu_link = page.get_by_role("navigation", name="Main").get_by_role("link", name="Petitions")
    expect(menu_link).to_be_hidden()

    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    assert focus_ring(page) == "solid 3px"
    # On past the language bar's link, the name and the Donate button to the menu button.
    for _ in range(4):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.getAttribute('aria-controls')"):
            break
    expect(toggle).to_be_focused()
    assert focus_ring(page) == "solid 3px"
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Tab")
    expect(page.get_by_role("navigation", name="Main").get_by_role("link").first).to_be_focused()
    expect(menu_link).to_be_visible()
    page.keyboard.press("Escape")
    expect(toggle).to_be_focused()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu_link).to_be_hidden()

    # Every link and button on the campaign page is reachable and shows its focus.
    page.set_viewport_size(DESKTOP)
    page.goto(site + CAMPAIGN)
    reached = []
    for _ in range(80):
        page.keyboard.press("Tab")
        element = page.evaluate(
            "() => { const e = document.activeElement; const r = e.getBoundingClientRect();"
            " return {tag: e.tagName, text: e.textContent.trim().slice(0, 60),"
            " visible: r.width > 0 && r.height > 0}; }"
        )
        if element["tag"] == "BODY":
            break
        assert element["visible"], element
        assert focus_ring(page) == "solid 3px", element
        reached.append(element["text"])
    assert "Sign the petition" in " ".join(reached)
    assert "Demands" in reached
