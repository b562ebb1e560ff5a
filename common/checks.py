"""Start-up checks (`manage.py check`, run by `migrate` and `runserver` too) for settings that
would quietly undo the trusted-proxy rules in common/client_address.py."""

import os

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning

from .client_address import parse_networks

# A trusted network this wide means trusting readers, not the site's own proxies.
WIDEST_TRUSTED_PREFIX = {4: 8, 6: 32}


def check_trusted_proxies(app_configs=None, **kwargs) -> list[CheckMessage]:
    messages: list[CheckMessage] = []
    networks, invalid = parse_networks(settings.TRUSTED_PROXIES)
    for entry in invalid:
        messages.append(
            Error(
                f"TRUSTED_PROXIES has {entry!r}, which is neither an IP address nor a network.",
                hint="List the proxies' addresses or networks, e.g. 10.0.0.0/24,127.0.0.1.",
                id="common.E001",
            )
        )
    for network in networks:
        if network.prefixlen < WIDEST_TRUSTED_PREFIX[network.version]:
            messages.append(
                Warning(
                    f"TRUSTED_PROXIES trusts all of {network}: anyone in it can forge the "
                    "reader's address and claim https.",
                    hint="Name only the proxies' own addresses or their subnet.",
                    id="common.W002",
                )
            )
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None) and not networks:
        messages.append(
            Warning(
                "The site expects HTTPS to end at a proxy (SECURE_PROXY_SSL_HEADER is set), "
                "but TRUSTED_PROXIES is empty: X-Forwarded-Proto and X-Forwarded-For are "
                "ignored, so every reader shares the proxy's address for rate limits and "
                "every request looks like plain http.",
                hint="Set TRUSTED_PROXIES to the load balancer's or edge cache's addresses "
                "(docs/deploy.md, Security).",
                id="common.W001",
            )
        )
    if os.environ.get("TRUSTED_PROXY_COUNT", "").strip():
        messages.append(
            Warning(
                "TRUSTED_PROXY_COUNT is no longer read: counting proxies let a client that "
                "reaches an app server directly choose its own address.",
                hint="Remove it and set TRUSTED_PROXIES to the proxies' addresses instead.",
                id="common.W003",
            )
        )
    return messages
