"""Varnish keeps only what the app marks shareable, and only the app servers may purge it."""

import http.client

import pytest
import requests

from .stack import EDGE, admin_session, wait_until


@pytest.fixture(scope="module", autouse=True)
def edge_serving_pages():
    """These tests run first, right after the stack starts: in some runs the edge answered
    503 to its first page requests for a few seconds although both app servers answered
    Varnish's probes (cause not found yet; see the session note). Wait until it serves a
    page, as a balancer's warm-up would, so that the tests below test caching."""
    assert wait_until(
        lambda: requests.get(f"{EDGE}/sitemap.xml", timeout=10).status_code == 200, timeout=30
    ), "the edge never served a page"


def fetch(path: str, **kwargs) -> requests.Response:
    response = requests.get(EDGE + path, timeout=30, **kwargs)
    assert response.status_code == 200, path
    return response


def test_the_edge_keeps_a_shareable_response_and_a_campaign_links_tracking_is_still_a_hit():
    fetch("/sitemap.xml")  # public, max-age: the app lets caches keep it

    assert fetch("/sitemap.xml").headers["X-Cache"] == "hit"
    tracked = fetch("/sitemap.xml?utm_source=email&utm_campaign=vote&fbclid=abc&mc_eid=1")
    assert tracked.headers["X-Cache"] == "hit"
    # A partner's tagged link (actions/sources.py reads the codes in the browser).
    assert fetch("/sitemap.xml?source=email&partner=dwn").headers["X-Cache"] == "hit"


def test_an_editor_signed_in_never_gets_the_shared_copy():
    fetch("/sitemap.xml")
    editor = admin_session(EDGE)

    response = editor.get(f"{EDGE}/sitemap.xml", timeout=30)

    assert response.headers["X-Cache"] == "miss"


def test_health_answers_are_never_kept_by_the_edge():
    fetch("/health/live/")

    assert fetch("/health/live/").headers["X-Cache"] == "miss"


def purge_from(source: str) -> int:
    connection = http.client.HTTPConnection(
        "127.0.0.1", int(EDGE.rsplit(":", 1)[1]), timeout=10, source_address=(source, 0)
    )
    try:
        connection.request("PURGE", "/sitemap.xml", headers={"Host": EDGE.split("//")[1]})
        return connection.getresponse().status
    finally:
        connection.close()


def test_only_the_app_servers_address_may_purge():
    assert purge_from("127.0.0.2") == 405
    assert purge_from("127.0.0.1") == 200
    fetch("/sitemap.xml")
    assert fetch("/sitemap.xml").headers["X-Cache"] == "hit"
