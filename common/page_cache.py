"""The public page cache: anonymous readers' pages, kept in Django's `default` cache (Redis in
production, local memory for `make run`), purged the moment what they show changes.

Keys. A stored page is keyed on the host, the path and the query parameters that change the
page (`PAGE_CACHE_QUERY_PARAMETERS`: pagination and filters). Tracking parameters (`utm_*`,
`fbclid`, …) are dropped before the page renders, so a campaign email's link is the same page
and the same key. A request with any other parameter is neither read from nor stored in the
cache: a stranger adding `?x=<random>` to every request cannot fill the shared Redis (which
also holds sessions and rate limits) with copies of one page.

Purging by generation. Each entry remembers two tokens from when its render began: its
path's token and the site-wide token. A purge writes a new token, so every variant of that path
(every host, every `?page=`) stops matching at once without our having to list them, and a
render that started before the purge (and so may show the old content) can never be stored as
fresh. A token that the cache evicted counts as "purged" too: stale copies never come back.
Reading an entry and both tokens is one `get_many`, one round trip to Redis.

Which responses are stored: see `PageCacheMiddleware` (common/middleware.py). The edge cache
(Varnish, Cloudflare, CloudFront) is purged with the same paths, through Wagtail's
frontend_cache, as a task on the worker."""

import hashlib
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, QueryDict
from django.utils.cache import patch_cache_control
from django_tasks.base import TASK_MAX_PRIORITY
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task

# Added by mail tools, ad networks and social sites to say where a click came from, and our
# own `source` and `partner` codes (actions/sources.py: the form reads them from the address
# in the browser, never from the page); the page is the same without them. Lower-case; `utm_`
# is a prefix. Keep in step with deploy/varnish/default.vcl.
TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMETERS = frozenset(
    {
        "source",
        "partner",
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "twclid",
        "li_fat_id",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "igshid",
        "ref_src",
        "ref_url",
        "yclid",
        "mkt_tok",
        "_hsenc",
        "_hsmi",
        "s_cid",
    }
)

SITE_GENERATION_KEY = "page-cache:site"
HEADER = "X-Page-Cache"


def is_tracking_parameter(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def without_tracking(query: QueryDict) -> QueryDict:
    """`query` with the tracking parameters left out, in their original order."""
    kept = QueryDict(mutable=True)
    for name, values in query.lists():
        if not is_tracking_parameter(name):
            kept.setlist(name, values)
    kept._mutable = False
    return kept


def cache_key_query(query: QueryDict) -> str | None:
    """The part of the query string that is part of the key (sorted, so `?tag=a&page=2` and
    `?page=2&tag=a` share it), or None when the request has a parameter the cache does not
    keep (tracking parameters must already be gone)."""
    allowed = settings.PAGE_CACHE_QUERY_PARAMETERS
    if any(name not in allowed for name in query):
        return None
    return "&".join(
        f"{name}={value}" for name in sorted(query) for value in sorted(query.getlist(name))
    )


def _digest(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:40]


def path_token_key(path: str) -> str:
    return f"page-cache:path:{_digest(path)}"


def entry_key(host: str, path: str, query: str) -> str:
    return f"page-cache:page:{_digest(host, path, query)}"


def new_token() -> str:
    return uuid.uuid4().hex


@dataclass
class Lookup:
    """One request's look-up: the keys, and the tokens current when its render began."""

    key: str
    path_key: str
    path_token: str | None
    site_token: str | None
    entry: tuple | None

    def hit(self) -> bool:
        return (
            self.entry is not None
            and self.path_token is not None
            and self.site_token is not None
            and self.entry[:2] == (self.path_token, self.site_token)
        )


# Hits this process served lately, for PAGE_CACHE_LOCAL_SECONDS: while a page is being shared,
# each worker asks Redis for it about once a second instead of on every request (the round trip
# was 40% of a hit). A copy here is at most that old after a purge made by another process, well
# inside the 5 s a published change may take; a purge made in this process clears it at once.
# Only hits are kept, a few hundred at most: it holds nothing another server needs.
_recent_hits: OrderedDict[str, tuple[float, "Lookup"]] = OrderedDict()
RECENT_HITS_KEPT = 256


def forget_recent_hits() -> None:
    """Drop this process's copies (a purge here; tests)."""
    _recent_hits.clear()


def look_up(host: str, path: str, query: str) -> Lookup:
    """The stored page for this address, if any, and the tokens to store a new one under."""
    key, path_key = entry_key(host, path, query), path_token_key(path)
    seconds = settings.PAGE_CACHE_LOCAL_SECONDS
    now = time.monotonic()
    recent = _recent_hits.get(key) if seconds > 0 else None
    if recent is not None and recent[0] > now:
        return recent[1]
    found = cache.get_many([key, path_key, SITE_GENERATION_KEY])
    lookup = Lookup(
        key=key,
        path_key=path_key,
        path_token=found.get(path_key),
        site_token=found.get(SITE_GENERATION_KEY),
        entry=found.get(key),
    )
    if seconds > 0 and lookup.hit():
        _recent_hits[key] = (now + seconds, lookup)
        _recent_hits.move_to_end(key)
        while len(_recent_hits) > RECENT_HITS_KEPT:
            _recent_hits.popitem(last=False)
    return lookup


def _claim_token(key: str, token: str | None) -> str | None:
    """The token to store under: the one read before rendering, or, when there was none yet,
    a new one, unless a purge wrote one during the render (then None: do not store)."""
    if token is not None:
        return token
    fresh = new_token()
    return fresh if cache.add(key, fresh, timeout=None) else None


def store(lookup: Lookup, response: HttpResponse) -> bool:
    """Keep `response` under `lookup`'s key; False when a purge raced the render."""
    path_token = _claim_token(lookup.path_key, lookup.path_token)
    site_token = _claim_token(SITE_GENERATION_KEY, lookup.site_token)
    if path_token is None or site_token is None:
        return False
    headers = [(name, value) for name, value in response.items() if name != HEADER]
    entry = (path_token, site_token, time.time(), response.status_code, headers, response.content)
    cache.set(lookup.key, entry, timeout=settings.PAGE_CACHE_SECONDS)
    return True


def cached_response(lookup: Lookup) -> HttpResponse:
    """The stored page, with an `Age` so that a CDN keeps it only for what is left of its
    lifetime: a page never sits in the two caches for longer than PAGE_CACHE_SECONDS."""
    _path_token, _site_token, stored_at, status, headers, content = lookup.entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response["Age"] = str(max(0, int(time.time() - stored_at)))
    return response


def make_public(response: HttpResponse) -> None:
    """`Cache-Control` that lets a CDN keep the page for PAGE_CACHE_SECONDS and serve it a
    little longer while it fetches a fresh copy. Browsers keep it PAGE_BROWSER_CACHE_SECONDS:
    nothing can purge a browser, so this stays short."""
    response.headers.pop("Cache-Control", None)
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_BROWSER_CACHE_SECONDS,
        s_maxage=settings.PAGE_CACHE_SECONDS,
        stale_while_revalidate=settings.PAGE_CACHE_STALE_SECONDS,
    )


def cache_public_page(view: Callable) -> Callable:
    """Mark a view (besides Wagtail's pages, which are cached anyway) whose anonymous GET
    response is the same for every reader, so the page cache may keep it: feeds, a thank-you
    step. The response is still only stored when it passes every check in the middleware."""
    view.page_cache = True
    return view


def url_path(url: str) -> str:
    """The path of `url` (absolute or site-relative) as `request.path` spells it."""
    return unquote(urlsplit(url).path) or "/"


def purge_edge(urls: list[str]) -> None:
    """Have the worker purge `urls` from the edge cache (frontend_cache's task) ahead of every
    other queued task: on a viral day thousands of confirmation emails wait in the queue, and a
    published correction must not wait behind them."""
    if urls:
        purge_urls_from_cache_task.using(priority=TASK_MAX_PRIORITY).enqueue(list(urls))


def purge_urls(urls: Iterable[str]) -> None:
    """Forget the pages at `urls` (full addresses, as `Page.get_full_url` gives) in this app's
    cache now, with every query variant, and have the worker purge them from the edge cache.
    Call it after the change is committed (`transaction.on_commit`), or a reader could store
    the old content again under the new token."""
    urls = sorted(set(urls))
    if not urls:
        return
    cache.set_many({path_token_key(url_path(url)): new_token() for url in urls}, timeout=None)
    forget_recent_hits()
    purge_edge(urls)


def forget_every_page() -> None:
    """Forget every page of the site in this app's cache, at once (one new site token)."""
    cache.set(SITE_GENERATION_KEY, new_token(), timeout=None)
    forget_recent_hits()


def purge_site(urls: Iterable[str]) -> None:
    """Forget every page of the site in this app's cache (the header, menu or footer changed),
    and have the worker purge `urls` (every live page's address) from the edge cache."""
    forget_every_page()
    purge_edge(sorted(set(urls)))
