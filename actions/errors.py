"""The site's error pages (handler400, handler404, and the CSRF failure page through
actions.origin), drawn with the site's menu and settings when the database answers and as a
self-contained page when it does not.

Django's own handlers are wrapped in `requires_csrf_token`, which reads a POST's body again:
a body Django had refused to read (thousands of fields) raised once more inside the error
handler, and the reader got a bare 500. These read nothing from the request."""

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from .responses import bad_request_response

DATABASE_ERRORS = (OperationalError, InterfaceError)
SITE_BASE = "base.html"
STANDALONE_BASE = "actions/standalone_base.html"


def render_page_or_standalone(
    request: HttpRequest, template: str, context: dict, status: int
) -> HttpResponse:
    """`template` (which extends `base_template`) on the site's own base; on the
    self-contained one when the database is down (the site's base reads settings and menus)."""
    try:
        html = render_to_string(template, {**context, "base_template": SITE_BASE}, request)
    except DATABASE_ERRORS:
        html = render_to_string(template, {**context, "base_template": STANDALONE_BASE}, request)
    return HttpResponse(html, status=status)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """The designed 404: a search box and the way home, also during a database outage."""
    return render_page_or_standalone(request, "404.html", {}, status=404)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """A request Django refused to read (too many fields, a broken upload): plain words."""
    return bad_request_response(
        request, _("Your browser sent something we could not read."), back_url="/"
    )
