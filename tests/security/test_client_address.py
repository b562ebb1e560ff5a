"""The reader's address and scheme are read from forwarded headers only when a trusted proxy
sent them: a forged X-Forwarded-For or X-Forwarded-Proto from anyone else changes nothing."""

import pytest
from django.core.checks import run_checks
from django.test import RequestFactory, override_settings

from actions.abuse import client_ip as abuse_client_ip
from common.client_address import client_ip, is_trusted_proxy

READER = "198.51.100.7"
PROXY = "10.0.0.5"


def request_from(peer: str, forwarded: str | None = None, **extra):
    headers = {"REMOTE_ADDR": peer, **extra}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


@pytest.fixture
def behind_proxy(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24", "127.0.0.1"]
    return settings


def test_a_forged_header_from_a_reader_is_ignored(behind_proxy):
    assert client_ip(request_from(READER, "203.0.113.1")) == READER


def test_with_no_trusted_proxy_the_header_is_never_read(settings):
    settings.TRUSTED_PROXIES = []
    assert client_ip(request_from("127.0.0.1", "203.0.113.1")) == "127.0.0.1"


def test_through_a_trusted_proxy_the_reader_it_saw_is_used(behind_proxy):
    assert client_ip(request_from(PROXY, READER)) == READER


def test_a_forged_address_before_the_proxys_is_skipped(behind_proxy):
    # The reader wrote "203.0.113.1"; the proxy appended the address it really saw.
    assert client_ip(request_from(PROXY, f"203.0.113.1, {READER}")) == READER


def test_every_trusted_hop_is_skipped_from_the_right(behind_proxy):
    # CDN edge (trusted network) → balancer (trusted) → app.
    assert client_ip(request_from(PROXY, f"203.0.113.1, {READER}, 10.0.0.9")) == READER


def test_behind_a_cdn_and_a_balancer_both_must_be_trusted(settings):
    # Reader → CDN edge (192.0.2.10, a published CDN range) → balancer (10.0.0.5) → app.
    chain = request_from(PROXY, f"{READER}, 192.0.2.10")
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    assert client_ip(chain) == "192.0.2.10", "every reader of that edge is one connection"
    settings.TRUSTED_PROXIES = ["10.0.0.0/24", "192.0.2.0/24"]
    assert client_ip(chain) == READER


def test_garbage_in_the_header_stops_at_the_last_vouched_address(behind_proxy):
    assert client_ip(request_from(PROXY, f"{READER}, not-an-address")) == PROXY
    assert client_ip(request_from(PROXY, "")) == PROXY


def test_addresses_with_ports_and_mapped_ipv6_are_understood(behind_proxy):
    assert client_ip(request_from(PROXY, f"{READER}:52110")) == READER
    assert client_ip(request_from(PROXY, "[2001:db8::7]:443")) == "2001:db8::7"
    assert is_trusted_proxy("::ffff:10.0.0.5")


def test_the_abuse_helpers_name_is_the_same_function():
    assert abuse_client_ip is client_ip


def test_forged_https_claim_from_a_direct_client_is_not_believed(client, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 3600
    response = client.get("/robots.txt", HTTP_X_FORWARDED_PROTO="https", REMOTE_ADDR=READER)
    assert "Strict-Transport-Security" not in response


def test_https_from_the_trusted_proxy_gets_hsts(client, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 3600
    response = client.get("/robots.txt", HTTP_X_FORWARDED_PROTO="https", REMOTE_ADDR=PROXY)
    assert response["Strict-Transport-Security"] == "max-age=3600"


def test_a_direct_http_client_claiming_https_is_still_redirected(client, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/robots.txt", HTTP_X_FORWARDED_PROTO="https", REMOTE_ADDR=READER)
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def check_ids(**overrides) -> set[str]:
    with override_settings(**overrides):
        return {message.id for message in run_checks(tags=["security"])}


def test_start_up_warns_when_a_proxy_is_expected_but_none_is_trusted():
    assert "common.W001" in check_ids(
        SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"), TRUSTED_PROXIES=[]
    )
    assert "common.W001" not in check_ids(
        SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"), TRUSTED_PROXIES=[PROXY]
    )


def test_start_up_refuses_nonsense_and_warns_about_trusting_everyone():
    assert "common.E001" in check_ids(TRUSTED_PROXIES=["balancer.internal"])
    assert "common.W002" in check_ids(TRUSTED_PROXIES=["0.0.0.0/0"])


def test_the_old_proxy_count_is_reported_as_no_longer_read(monkeypatch):
    monkeypatch.setenv("TRUSTED_PROXY_COUNT", "1")
    assert "common.W003" in check_ids()
