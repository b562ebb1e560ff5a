"""Who sent a request, as far as the site's own proxies can vouch for it.

A reader's address and scheme reach the app through headers that anyone can write:
`X-Forwarded-For` and `X-Forwarded-Proto`. They are believed only when the connection comes
from one of `TRUSTED_PROXIES` (the edge cache, the load balancer: addresses or networks), and
`X-Forwarded-For` is read from the right, where each trusted proxy appended the address it saw,
skipping the site's own hops until the first address no trusted proxy stands behind. Anything
further left was written by the client and is ignored, so a forged header from a reader (or
from anyone who reaches an app server directly) changes nothing. Counting proxies instead
(the old `TRUSTED_PROXY_COUNT`) broke both ways: with 0 every reader behind the balancer
shared one address, and with 1 a direct client chose its own."""

import ipaddress
from collections.abc import Callable, Iterable
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest, HttpResponse

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def parse_networks(entries: Iterable[str]) -> tuple[tuple[Network, ...], list[str]]:
    """The networks `entries` name (a bare address is a network of one), and the entries
    that are neither, for the start-up check to report."""
    networks, invalid = [], []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            invalid.append(entry)
    return tuple(networks), invalid


@lru_cache(maxsize=8)
def _trusted_networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    return parse_networks(entries)[0]


def _parse_address(text: str) -> Address | None:
    """An address as proxies write it: bare, `[v6]:port` or `v4:port`; None for anything
    else (a header is free text)."""
    text = text.strip()
    if text.startswith("[") and "]" in text:
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:
        text = text.partition(":")[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    # An IPv4 reader on a dual-stack socket arrives as ::ffff:a.b.c.d; count it as a.b.c.d.
    mapped = getattr(address, "ipv4_mapped", None)
    return mapped or address


def is_trusted_proxy(address: str) -> bool:
    """Whether `address` is one of the site's own proxies (`TRUSTED_PROXIES`)."""
    parsed = _parse_address(address)
    if parsed is None:
        return False
    networks = _trusted_networks(tuple(settings.TRUSTED_PROXIES))
    return any(parsed in network for network in networks)


def client_ip(request: HttpRequest) -> str:
    """The reader's address: the connection's own, unless it comes from a trusted proxy;
    then the rightmost `X-Forwarded-For` address that is not one of ours. When every hop is
    ours (a probe from the balancer itself) it is the furthest one; a malformed hop ends the
    walk at the last address a trusted proxy vouched for."""
    peer = request.META.get("REMOTE_ADDR", "")
    if not is_trusted_proxy(peer):
        return peer
    reader = peer
    for hop in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        address = _parse_address(hop)
        if address is None:
            break
        reader = str(address)
        if not is_trusted_proxy(reader):
            break
    return reader


class TrustedProxyHeadersMiddleware:
    """Drops `X-Forwarded-Proto` from any request that did not come through a trusted proxy,
    before anything reads it. Django's SECURE_PROXY_SSL_HEADER believes whoever sends the
    header: a client talking plain http straight to an app server could otherwise claim
    https, be treated as secure (no redirect to https, HSTS and secure-only logic applied to an
    insecure connection). First in the middleware chain."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "HTTP_X_FORWARDED_PROTO" in request.META and not is_trusted_proxy(
            request.META.get("REMOTE_ADDR", "")
        ):
            del request.META["HTTP_X_FORWARDED_PROTO"]
        return self.get_response(request)
