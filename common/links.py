"""Absolute links to pages for emails and calendar files, built from the address the reader
used (checked against ALLOWED_HOSTS) or the configured site address when there is no request."""

from django.conf import settings
from django.http import HttpRequest


def site_url(request: HttpRequest | None = None) -> str:
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def page_link(page, base_url: str, subpath: str = "") -> str:
    """`subpath` is a route of the page (from `reverse_subpage`), e.g. 'thank-you/'."""
    url = page.get_url() or "/"
    if not url.startswith(("http://", "https://")):
        url = base_url.rstrip("/") + url
    return url + subpath
