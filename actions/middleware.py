"""Site-wide guards for requests from the public."""

import logging
import re

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.db import InterfaceError, OperationalError
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.redirects.middleware import RedirectMiddleware

from .abuse import declared_body_size
from .responses import bad_request_response, too_large_response, unavailable_response

logger = logging.getLogger(__name__)


FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
READABLE_CHARSETS = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})
# C0 control characters other than tab, line feed and carriage return: no honest address holds
# them, and PostgreSQL refuses NUL in any text it is asked to compare.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Fields never shown back on the "could not read" page: passwords and form security tokens.
UNSHOWN_FIELDS = re.compile("password|token|csrf", re.IGNORECASE)
KEPT_FIELDS, KEPT_CHARACTERS = 30, 2000

UNREADABLE_CHARSET = _(
    "Your browser sent the form in a text encoding we cannot read (“%(charset)s”): forms on "
    "this site are read as UTF-8, the encoding every current browser uses."
)
UNREADABLE_ADDRESS = _(
    "The web address you opened contains control characters (such as a NUL byte) that no "
    "address on this site has, so we could not tell what you asked for."
)


def _has_control_characters(request) -> bool:
    return bool(CONTROL_CHARACTERS.search(request.path)) or any(
        CONTROL_CHARACTERS.search(key) or CONTROL_CHARACTERS.search(value)
        for key, values in request.GET.lists()
        for value in values
    )


def _readable_fields(request) -> list[tuple[str, str]]:
    """What a urlencoded body holds, read as UTF-8 whatever it claimed (percent-encoded bytes
    that are not UTF-8 become U+FFFD): most mislabelled forms are plain UTF-8 or ASCII."""
    size = declared_body_size(request)
    if request.content_type != FORM_CONTENT_TYPES[0] or not size:
        return []
    if size > settings.ACTIONS_MAX_POST_BYTES:
        return []
    try:
        fields = QueryDict(request.body, encoding="utf-8")
    except SuspiciousOperation:  # thousands of fields
        return []
    kept = [
        (name.replace("_", " ").capitalize()[:60], value[:KEPT_CHARACTERS])
        for name, values in fields.lists()
        if not UNSHOWN_FIELDS.search(name)
        for value in values
        if value.strip()
    ]
    return kept[:KEPT_FIELDS]


class UnreadableRequestMiddleware:
    """Answers 400 in plain words, before anything reads the request, when it cannot be read
    as sent: a form post that names a charset other than UTF-8 (Django refuses to read it,
    and the error page itself read it again and answered 500), or an address whose path or
    query string holds control characters (a NUL byte in `?query=` reached PostgreSQL, which
    refuses it). A charset named on a request without a form body (a GET) only decides how
    Django decodes the query string: it is ignored, since addresses are always UTF-8."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        charset = request.content_params.get("charset", "").strip().lower()
        if charset and charset not in READABLE_CHARSETS:
            if request.content_type in FORM_CONTENT_TYPES and request.method not in (
                "GET",
                "HEAD",
            ):
                return bad_request_response(
                    request,
                    UNREADABLE_CHARSET % {"charset": charset[:40]},
                    kept=_readable_fields(request),
                )
            request.encoding = None
        if _has_control_characters(request):
            return bad_request_response(request, UNREADABLE_ADDRESS, back_url="/")
        return self.get_response(request)


class PublicPostLimitMiddleware:
    """Refuse oversized public form posts before anything parses them (the CSRF check reads
    the body). Staff areas (ACTIONS_POST_LIMIT_EXEMPT_PATHS, e.g. the admin, which uploads
    images and documents) keep Django's own limits."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and not request.path.startswith(
            tuple(settings.ACTIONS_POST_LIMIT_EXEMPT_PATHS)
        ):
            size = declared_body_size(request)
            limit = settings.ACTIONS_MAX_POST_BYTES
            if size is not None and size > limit:
                return too_large_response(request, limit)
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """When the database goes away, readers get a clear "please try again" page (503) rather
    than a server error. Form posts handle this themselves and also offer to resend."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OperationalError | InterfaceError):
            logger.error(
                "Database unavailable on %s %s: %s",
                request.method,
                request.path,
                type(exception).__name__,
            )
            return unavailable_response(request)
        return None


class RedirectsMiddleware(RedirectMiddleware):
    """Wagtail's redirects (an old address to its new page), looked up for every 404. While
    the database is away the 404 is sent as it is: the look-up raised in the middleware,
    where nothing turns it into the "please try again" page, and unmatched addresses (and
    /favicon.ico on old browsers) answered 500."""

    def process_response(self, request, response):
        try:
            return super().process_response(request, response)
        except (OperationalError, InterfaceError):
            return response
