"""Every public page sends the strict Content-Security-Policy (scripts from our files and the
response's nonce only, no framing), the other security headers, and cookies no script or
other site can use; the admin gets its looser policy; a cached page's policy matches its body."""

import re

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from common.content_security import SiteCSPMiddleware, allow_partner_framing, partner_framable
from tests.helpers import campaign_with_every_page_type

pytestmark = pytest.mark.django_db

NONCE_IN_HEADER = re.compile(r"'nonce-([^']+)'")
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>", re.IGNORECASE)


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def body_nonces(response) -> set[str]:
    """The nonce of every inline script (and JSON-LD block) in the page; "" for one without."""
    found = set()
    for attributes in INLINE_SCRIPT.findall(response.content.decode()):
        match = re.search(r'\bnonce="([^"]*)"', attributes)
        found.add(match.group(1) if match else "")
    return found


@pytest.fixture
def pages():
    return campaign_with_every_page_type()


def test_every_public_page_type_sends_the_strict_policy(client, pages):
    for page in pages.values():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        policy = directives(response)
        assert "'unsafe-inline'" not in policy["script-src"], page.url
        assert "'unsafe-eval'" not in policy["script-src"], page.url
        assert policy["script-src"][0] == "'self'"
        assert policy["frame-ancestors"] == ["'none'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["base-uri"] == ["'self'"]
        assert policy["form-action"] == ["'self'"]
        assert policy["style-src-elem"] == ["'self'"]
        assert policy["img-src"][:2] == ["'self'", "data:"]


def test_every_inline_script_carries_the_responses_nonce(client, pages):
    for page in pages.values():
        response = client.get(page.url)
        header_nonces = set(NONCE_IN_HEADER.findall(response["Content-Security-Policy"]))
        assert len(header_nonces) == 1, page.url
        assert body_nonces(response) == header_nonces, page.url


def test_each_response_gets_a_fresh_nonce(client, pages):
    url = next(iter(pages.values())).url
    first, second = client.get(url), client.get(url)
    assert body_nonces(first) != body_nonces(second)


def test_a_cached_page_keeps_the_header_that_matches_its_body(client, pages, settings):
    settings.PAGE_CACHE_SECONDS = 60
    for page in list(pages.values())[:3]:
        miss, hit = client.get(page.url), client.get(page.url)
        assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
        nonces = set(NONCE_IN_HEADER.findall(hit["Content-Security-Policy"]))
        assert body_nonces(hit) == nonces
        assert hit["Content-Security-Policy"] == miss["Content-Security-Policy"]


def test_search_and_error_pages_get_the_policy_too(client, pages):
    for url in ["/search/?query=vigil", "/no-such-page/"]:
        response = client.get(url)
        assert "'unsafe-inline'" not in directives(response)["script-src"], url
        assert body_nonces(response) <= set(
            NONCE_IN_HEADER.findall(response["Content-Security-Policy"])
        ), url


def test_the_other_security_headers_are_on_every_page(client, pages):
    response = client.get(next(iter(pages.values())).url)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions


def test_the_admin_gets_its_looser_policy(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert not NONCE_IN_HEADER.search(response["Content-Security-Policy"])


def test_the_partner_widget_is_the_only_framable_address(client, settings, pages):
    settings.PARTNER_FRAME_ORIGINS = ["https://partner.example.net"]
    settings.PARTNER_FRAME_ANY_HTTPS = False

    @partner_framable
    def widget(request):
        return HttpResponse("<p>Sign the petition</p>")

    request = RequestFactory().get("/widget/")
    response = SiteCSPMiddleware(widget)(request)
    assert directives(response)["frame-ancestors"] == ["'self'", "https://partner.example.net"]
    assert allow_partner_framing(HttpResponse()).xframe_options_exempt is True
    page = client.get(next(iter(pages.values())).url)
    assert directives(page)["frame-ancestors"] == ["'none'"]


def test_cookies_are_http_only_and_same_site(client):
    response = client.get("/admin/login/")
    cookie = response.cookies["csrftoken"]
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        # Refused before the policy's middleware runs, and shown back what was sent.
        (
            "post",
            "/search/",
            {
                "data": "query=ana%40example.org",
                "content_type": "application/x-www-form-urlencoded; charset=latin-1",
            },
        ),
        ("get", "/search/?query=a%00b", {}),
        (
            "post",
            "/actions/updates/",
            {"data": "x" * (4 * 1024 * 1024), "content_type": "application/x-www-form-urlencoded"},
        ),
    ],
    ids=["another charset", "a NUL byte", "too large"],
)
def test_requests_refused_unread_still_get_the_policy_and_cannot_be_framed(
    client, method, path, kwargs
):
    response = getattr(client, method)(path, **kwargs)

    assert response.status_code in (400, 413)
    policy = directives(response)
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"
