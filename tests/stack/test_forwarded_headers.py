"""Through the stack's Varnish (the one trusted proxy, TRUSTED_PROXIES=127.0.0.1) the app
uses the reader's own address, whatever X-Forwarded-For the reader forges; straight to an app
server the header is not believed at all. The address is read back where the app records it:
django-axes' failed staff sign-ins. And the edge's cached copy keeps a matching policy."""

import http.client
import re
import uuid
from urllib.parse import urlencode, urlsplit

import requests

from .stack import APP_A, EDGE, forms_on, manage_shell

TEST_NUMBER = 61


def wrong_sign_in(base: str, username: str, source: str, forwarded: str) -> int:
    """One wrong password for `username`, sent from loopback address `source` with a forged
    X-Forwarded-For; the response's status."""
    page = requests.get(f"{base}/admin/login/", timeout=30)
    token = forms_on(page.text)[-1]["fields"]["csrfmiddlewaretoken"]
    body = urlencode({"username": username, "password": "guess", "csrfmiddlewaretoken": token})
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(
        parts.hostname, parts.port, timeout=30, source_address=(source, 0)
    )
    try:
        connection.request(
            "POST",
            "/admin/login/",
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"csrftoken={page.cookies['csrftoken']}",
                "Origin": base,
                "X-Forwarded-For": forwarded,
            },
        )
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def recorded_addresses(username: str) -> list[str]:
    return manage_shell(
        "import json\n"
        "from axes.models import AccessAttempt\n"
        f"rows = AccessAttempt.objects.filter(username={username!r})\n"
        "print(json.dumps(sorted(rows.values_list('ip_address', flat=True))))\n"
    )


def test_a_forged_header_through_varnish_does_not_change_the_address():
    username = f"nobody-{uuid.uuid4().hex[:8]}"
    reader = f"127.{TEST_NUMBER}.0.1"
    assert wrong_sign_in(EDGE, username, reader, "203.0.113.66") == 200
    assert recorded_addresses(username) == [reader]


def test_straight_to_an_app_server_the_header_is_not_believed():
    username = f"nobody-{uuid.uuid4().hex[:8]}"
    client = f"127.{TEST_NUMBER}.0.2"
    assert wrong_sign_in(APP_A, username, client, "203.0.113.67") == 200
    assert recorded_addresses(username) == [client]


def test_the_edges_cached_page_keeps_the_policy_that_matches_its_body():
    for _ in range(3):
        response = requests.get(f"{EDGE}/", timeout=30)
    policy = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy
    header_nonces = set(re.findall(r"'nonce-([^']+)'", policy))
    body_nonces = set(re.findall(r'<script[^>]*\bnonce="([^"]+)"', response.text))
    assert body_nonces == header_nonces
    assert response.headers["X-Content-Type-Options"] == "nosniff"
