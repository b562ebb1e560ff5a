"""Protection for the public forms: request size limits and a per-address rate limit kept in
the shared cache, so every app server enforces the same limit."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

# The reader's address as the site's trusted proxies saw it; imported here under its old name.
from common.client_address import client_ip


def is_rate_limited(request: HttpRequest, bucket: str) -> bool:
    """Count this request against the address's limit for `bucket`; True once over it.

    A fixed window with an atomic increment in the shared cache. Addresses are hashed with the
    secret key, so the cache never holds readers' IP addresses. An address's first post in a
    window costs one cache round trip (the add that starts its count), later ones the
    increment too: during a burst most signers are new addresses."""
    limit, window = settings.ACTIONS_RATE_LIMIT
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()
    key = f"actions:rate:{bucket}:{digest[:24]}:{int(time.time() // window)}"
    if cache.add(key, 1, window + 5):
        return limit < 1
    try:
        hits = cache.incr(key)
    except ValueError:  # expired or evicted between add and incr
        cache.set(key, 1, window + 5)
        hits = 1
    if hits is None:
        # The shared cache is down (production ignores and logs its errors): nothing can be
        # counted, and refusing every signer would be worse than an unmetered few minutes.
        return False
    return hits > limit


def declared_body_size(request: HttpRequest) -> int | None:
    try:
        return int(request.META.get("CONTENT_LENGTH") or "")
    except ValueError:
        return None
