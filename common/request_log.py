"""Structured logs for production: every log line is one JSON object, and every request adds
exactly one line (`{"event": "request", ...}`) that says what was asked and how it went.

What a request line holds is chosen so that logs never carry personal data: the method, the
path without its query string (a search query or an emailed link's token can identify a
person), the status, the time taken and which app server answered. No addresses, no
user names, no headers, no bodies."""

import json
import logging
import os
import socket
import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

logger = logging.getLogger(__name__)

# Set APP_SERVER_NAME per process (the stack names them app-a and app-b); the host name is
# the fallback on a platform that runs one app server per machine.
SERVER_NAME = os.environ.get("APP_SERVER_NAME", "").strip() or socket.gethostname()

# Fields of a LogRecord that are not "extra" data a caller attached; and Django's `request`
# extra, whose text is the full URL with its query string.
_SKIPPED_FIELDS = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "request",
}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, anything passed as `extra`,
    and the traceback when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update(
            (key, value) for key, value in vars(record).items() if key not in _SKIPPED_FIELDS
        )
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        return json.dumps(line, default=str)


class RequestLogMiddleware:
    """Logs one line per request. First in the middleware list, so the time includes every
    other middleware and the status is the one the client got."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        logger.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "event": "request",
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "server": SERVER_NAME,
            },
        )
        return response
