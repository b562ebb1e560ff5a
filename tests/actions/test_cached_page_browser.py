"""A petition page served from a cache, in Debian's Chromium: the count is fresh at once with
JavaScript, and signing works with or without it, with no cookie ever set."""

import pytest
from django.test import Client
from playwright.sync_api import Browser, expect

from actions.models import Signature

from .helpers import add_signatures, attendee, ensure_site, make_event, make_petition

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def clean_state():
    ensure_site()


@pytest.mark.parametrize("javascript", [True, False])
def test_a_reader_of_a_cached_petition_page_signs_and_sees_the_fresh_count(
    live_server, browser: Browser, javascript: bool
):
    petition = make_petition(goal=20)
    add_signatures(petition, 3)
    stale = Client().get(petition.url).content  # the page as a cache stored it: 3 signatures
    add_signatures(petition, 4, start=3)
    context = browser.new_context(
        java_script_enabled=javascript, viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    page.route(
        live_server.url + petition.url,
        lambda route: route.fulfill(body=stale, content_type="text/html; charset=utf-8"),
    )

    page.goto(live_server.url + petition.url)

    count = page.locator("[data-progress-count]")
    expect(count).to_have_text("7" if javascript else "3")
    if javascript:
        expect(page.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "7")
        expect(page.locator("[data-progress-fill]")).to_have_attribute("style", "width: 35%;")

    page.get_by_label("First name").fill("Ana")
    page.get_by_label("Last name").fill("Reyes")
    page.get_by_label("Email address").fill("ana@example.org")
    page.get_by_label("ZIP or postcode").fill("90012")
    page.get_by_role("button", name="Sign the petition").click()

    expect(page.get_by_role("heading", name="Thank you for signing")).to_be_visible()
    assert Signature.objects.filter(page_id=petition.pk, email="ana@example.org").exists()
    assert context.cookies() == []
    context.close()


@pytest.mark.parametrize("javascript", [True, False])
def test_a_reader_of_a_cached_event_page_sees_the_places_left_now(
    live_server, browser: Browser, javascript: bool
):
    event = make_event(capacity=3)
    stale = Client().get(event.url).content  # the page as a cache stored it: 3 places left
    Client().post(event.url, attendee(guests="2"))  # since then, the last three places went
    context = browser.new_context(
        java_script_enabled=javascript, viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    page.route(
        live_server.url + event.url,
        lambda route: route.fulfill(body=stale, content_type="text/html; charset=utf-8"),
    )

    page.goto(live_server.url + event.url)

    if javascript:
        expect(page.get_by_text("This event is full.")).to_be_visible()
        expect(page.get_by_text("places left")).to_be_hidden()
        expect(page.get_by_role("button", name="Join the waitlist")).to_be_visible()
    else:
        expect(page.locator("[data-places-open]")).to_have_text("3 places left")
        expect(page.get_by_text("This event is full.")).to_be_hidden()
    context.close()


def test_the_places_left_move_on_a_cached_event_page_while_places_remain(
    live_server, browser: Browser
):
    event = make_event(capacity=5)
    stale = Client().get(event.url).content
    Client().post(event.url, attendee(guests="3"))
    page = browser.new_page()
    page.route(
        live_server.url + event.url,
        lambda route: route.fulfill(body=stale, content_type="text/html; charset=utf-8"),
    )

    page.goto(live_server.url + event.url)

    expect(page.locator("[data-places-open]")).to_have_text("1 place left")
    expect(page.get_by_role("button", name="RSVP", exact=True)).to_be_visible()
    page.close()
