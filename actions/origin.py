"""Refusing forged cross-site form posts without a token or a cookie, so the public forms work
on pages served from a cache.

Django's CSRF protection puts a per-visitor token in the page and a matching cookie in the
browser. A page that holds a per-visitor token cannot be cached (one reader would get
another's token), and a cached page that holds none fails Django's check: an honest reader
would get a 403 because the page came from a cache. So the public action endpoints are exempt
from Django's token check and ask the browser instead where the post came from:

1. `Sec-Fetch-Site` (every current browser sends it, and pages cannot forge or remove it):
   `same-origin` (our own page) and `none` (the reader's own doing: a bookmark, reloading a
   sent form) are accepted. `cross-site` and `same-site` (a sibling subdomain may be run by
   someone else) are refused unless `Origin` names an origin we trust (2): a partner site
   listed in CSRF_TRUSTED_ORIGINS may host our form.
2. Without it, `Origin` (sent with every cross-site POST by browsers since about 2019, and
   by pages unforgeable) must be one of ours: the address the reader used, SITE_URL, or
   CSRF_TRUSTED_ORIGINS (wildcards as Django reads them). `Origin: null` (a sandboxed frame,
   a page opened from a file) is refused.
3. Without either, `Referer`, if there is one, must be on one of our origins.
4. With none of the three the post is accepted, on purpose. Every browser a hostile page can
   drive today sends at least one of them on a cross-site post; one that sends none is very
   old, or a privacy tool stripped them. Refusing would turn away exactly those honest
   readers, with or without JavaScript, while protecting nothing: a script or a bot posting
   directly sends whatever headers it likes, so headers were never a defence against it (the
   rate limit and the honeypot are). And a forged post gains an attacker nothing a direct post
   does not: the forms use no cookie and no session, so there is no signed-in reader whose
   rights could be borrowed. Forgery matters here only as a way to make many visitors'
   browsers sign with made-up details from many addresses, and that needs browsers that send
   these headers.

SameSite cookie attributes are no part of this: these endpoints read no cookie at all.
"""

from collections.abc import Callable
from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.http import is_same_domain
from django.views.decorators.csrf import csrf_exempt

from .errors import render_page_or_standalone

ACCEPTED_FETCH_SITES = frozenset({"same-origin", "none"})


def origin_of(url: str) -> str | None:
    """'https://example.org' for any address on that origin; None for 'null' or garbage."""
    try:
        parts = urlsplit(url)
    except ValueError:  # 'http://[::1/': a broken address is garbage, not a server error
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def is_our_origin(request: HttpRequest, origin: str) -> bool:
    """The address the reader used, the configured site address, or a trusted origin."""
    own = (request.build_absolute_uri("/"), settings.WAGTAILADMIN_BASE_URL)  # SITE_URL
    if origin in {origin_of(url) for url in own}:
        return True
    scheme, _, host = origin.partition("://")
    for trusted in settings.CSRF_TRUSTED_ORIGINS:
        trusted_scheme, _, trusted_host = trusted.lower().partition("://")
        # Django's own reading of "https://*.example.org": any subdomain of example.org.
        pattern = trusted_host[1:] if trusted_host.startswith("*.") else trusted_host
        if scheme == trusted_scheme and is_same_domain(host, pattern):
            return True
    return False


def is_cross_site_post(request: HttpRequest) -> bool:
    """True when the browser says the post came from a page that is not ours (see above)."""
    fetch_site = request.headers.get("Sec-Fetch-Site", "").lower()
    if fetch_site in ACCEPTED_FETCH_SITES:
        return False
    # A Referer is only asked when the browser said nothing else (3): it is the weakest sign.
    source = request.headers.get("Origin") or ("" if fetch_site else request.headers.get("Referer"))
    if source:
        origin = origin_of(source)
        return origin is None or not is_our_origin(request, origin)
    # A browser that says cross-site and names no origin is refused; saying nothing at all (4)
    # is accepted.
    return bool(fetch_site)


def refusal(request: HttpRequest, *, cross_site: bool) -> HttpResponse:
    """403 in plain words, on a page that works without the form's own page (and without the
    database): for a post from another site, or (Django's CSRF_FAILURE_VIEW, the admin's
    forms) an expired token."""
    response = render_page_or_standalone(
        request,
        "actions/csrf_failure.html",
        {"back_url": request.path, "cross_site": cross_site},
        status=403,
    )
    response["Cache-Control"] = "no-store"
    return response


def same_origin_post(view: Callable) -> Callable:
    """For a public form endpoint: Django's token check off, the browser's word on where a
    POST came from checked instead. GET and HEAD pass untouched."""

    @wraps(view)
    def guarded(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method == "POST" and is_cross_site_post(request):
            return refusal(request, cross_site=True)
        return view(request, *args, **kwargs)

    return csrf_exempt(guarded)
