"""Site-wide guards for requests from the public."""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError

from .abuse import declared_body_size
from .responses import too_large_response, unavailable_response

logger = logging.getLogger(__name__)


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
