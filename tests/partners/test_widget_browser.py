"""A partner's reader signs through the widget in Debian's Chromium: a plain page on a second
local origin (another port) frames the widget, the browser blocks third-party cookies, and the
signature lands on the petition's count with the partner's source."""

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect

from actions.models import Signature
from tests.actions.helpers import add_signatures, ensure_site, make_petition
from tests.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.factories import OrganisationFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Chromium's switch for the browsers' coming default: no third-party cookies at all.
NO_THIRD_PARTY_COOKIES = "--test-third-party-cookie-phaseout"


@pytest.fixture
def partner_site(tmp_path):
    """A second origin: a plain HTML file served by Python's own server on another port."""

    def start(html: str) -> str:
        (tmp_path / "index.html").write_text(html)
        handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    servers = []
    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_a_reader_signs_through_a_partners_frame_with_third_party_cookies_blocked(
    live_server, partner_site, playwright, settings
):
    ensure_site()
    partner = OrganisationFactory(name="Detention Watch Network")
    petition = make_petition(ask="Free everyone held at Adelanto", goal=50)
    add_signatures(petition, 4)
    widget = f"{live_server.url}{petition.url}widget/?partner={partner.partner_code}&source=widget"
    partner_page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Our coalition</title>"
        "</head><body><h1>Our coalition's page</h1>"
        f"<iframe src='{widget}' title='Sign the petition' width='100%' height='900'"
        " style='border:0;max-width:600px'></iframe>"
        f"<script src='{live_server.url}/static/js/widget-resize.js' async></script>"
        "</body></html>"
    )
    origin = partner_site(partner_page)
    settings.PARTNER_FRAME_ORIGINS = [origin]

    browser = playwright.chromium.launch(
        executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, NO_THIRD_PARTY_COOKIES]
    )
    try:
        context = browser.new_context(viewport={"width": 390, "height": 844})
        page = context.new_page()
        page.goto(origin + "/")
        frame = page.frame_locator("iframe")
        expect(frame.get_by_role("heading", name="Free everyone held at Adelanto")).to_be_visible()
        expect(frame.locator("[data-progress-count]")).to_have_text("4")

        frame.get_by_label("First name").fill("Ana")
        frame.get_by_label("Last name").fill("Reyes")
        frame.get_by_label("Email address").fill("ana@example.org")
        frame.get_by_label("ZIP or postcode").fill("90012")
        frame.get_by_role("button", name="Sign the petition").click()

        expect(frame.get_by_role("heading", name="Thank you for signing")).to_be_visible()
        expect(frame.locator("[data-progress-count]")).to_have_text("5")
        site = frame.get_by_role("link", name="Open the campaign site")
        expect(site.first).to_have_attribute("target", "_blank")
        # The partner's page is still the page the reader is on, and nothing set a cookie.
        assert page.url == origin + "/"
        assert context.cookies() == []
        # The optional script fitted the frame to the widget.
        page.wait_for_function("document.querySelector('iframe').style.height !== ''")
        context.close()
    finally:
        browser.close()

    signature = Signature.objects.get(email_normalised="ana@example.org")
    assert signature.page_id == petition.pk
    assert (signature.source_partner, signature.source, signature.channel) == (
        partner,
        "widget",
        "partner",
    )
    assert Signature.objects.filter(page=petition).count() == 5
