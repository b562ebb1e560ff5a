"""Structured logs for production: every log line is one JSON object, and every request adds
exactly one line (`{"event": "request", ...}`) that says what was asked and how it went.

What a request line holds is chosen so that logs never carry personal data: the method, the
path without its query string (a steward's search for `?q=name@example.org` identifies a
person) and with the emailed links' tokens blanked (they are bearer secrets: whoever has one
can confirm a signature or cancel an RSVP), the names of the query parameters without their
values, the status, the time taken and which app server answered. No addresses, no user
names, no headers, no bodies.

Every other line goes through `RedactPersonalData` (settings.LOGGING), which blanks email
addresses and link tokens in messages and tracebacks: Django's own request logger writes the
path of every 4xx and 5xx ("Not Found: /…/confirm/<token>/"), and an exception's message may
quote a value it refused."""

import json
import logging
import os
import re
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

# The segment after a token route (`confirm/<token>/`, `rsvp/cancel/<token>/`,
# `feedback/<token>/`, `unsubscribe/<token>/`, a partner's private link `partners/<key>/`), and
# anything shaped like a token (actions/tokens.py: key-time-signature in hex) wherever it
# appears.
TOKEN_SEGMENT = re.compile(
    r"(?<=/confirm/)[^/?#\s\"']+|(?<=/cancel/)[^/?#\s\"']+|(?<=/feedback/)[^/?#\s\"']+"
    r"|(?<=/unsubscribe/)[^/?#\s\"']+|(?<=/partners/)[^/?#\s\"']+"
)
TOKEN_SHAPE = re.compile(r"\b[0-9a-f]{32}-[0-9a-f]{1,16}-[0-9a-f]{32}\b", re.IGNORECASE)
# Generous on purpose: a quoted local part with control characters is still an address.
EMAIL_ADDRESS = re.compile(r"[^\s@<>(),;:/=]+@[^\s@<>(),;:/=\"']+")
REDACTED = "[redacted]"
# gunicorn's own line for a malformed request names the peer: "Invalid request from ip=…".
PEER_ADDRESS = re.compile(r"(?<=\bip=)[0-9A-Fa-f:.]*[0-9A-Fa-f]")


def redact(text: str) -> str:
    """`text` with email addresses, emailed links' tokens and peer addresses blanked."""
    text = TOKEN_SEGMENT.sub(REDACTED, text)
    text = PEER_ADDRESS.sub("[address]", text)
    text = TOKEN_SHAPE.sub(REDACTED, text)
    return EMAIL_ADDRESS.sub("[email]", text)


class RedactPersonalData(logging.Filter):
    """For every handler (settings.LOGGING): the record's message and traceback, redacted.
    The message is rendered once here, so that a redacted argument cannot come back."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


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
        if record.exc_text or record.exc_info:
            line["exc"] = record.exc_text or self.formatException(record.exc_info)
        return json.dumps(line, default=str)


class RequestLogMiddleware:
    """Logs one line per request. First in the middleware list, so the time includes every
    other middleware and the status is the one the client got."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        path = redact(request.path)
        logger.info(
            "%s %s %s",
            request.method,
            path,
            response.status_code,
            extra={
                "event": "request",
                "method": request.method,
                "path": path,
                "params": sorted(request.GET)[:20],
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "server": SERVER_NAME,
            },
        )
        return response
