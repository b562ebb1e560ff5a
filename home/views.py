"""Site-wide addresses outside the page tree that need no database."""

from django.http import HttpRequest, HttpResponseRedirect
from django.templatetags.static import static
from django.utils.cache import patch_cache_control

FAVICON_CACHE_SECONDS = 24 * 60 * 60


def favicon(request: HttpRequest) -> HttpResponseRedirect:
    """/favicon.ico, which browsers and feed readers ask for without reading the page: the
    static icon (served by WhiteNoise under its hashed name). Not a permanent redirect, since
    the hashed name changes when the icon does."""
    response = HttpResponseRedirect(static("img/favicon.ico"))
    patch_cache_control(response, public=True, max_age=FAVICON_CACHE_SECONDS)
    return response
