"""Refusals that must work even when the database does not: these pages are self-contained
(no site settings, menus or page lookups) and say plainly what to do next."""

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from common.content_security import guard_early_response

RETRY_AFTER_SECONDS = 30


def _standalone(request: HttpRequest, template: str, status: int, context: dict) -> HttpResponse:
    response = HttpResponse(render_to_string(template, context, request=request), status=status)
    response["Cache-Control"] = "no-store"
    return guard_early_response(response)


def unavailable_response(request: HttpRequest, form=None) -> HttpResponse:
    """503 "please try again". With the form that failed to save, the page offers to send
    the same answers again in one tap (from the reader's own browser: nothing is stored)."""
    resend = []
    if form is not None and request.method == "POST":
        skip = {
            form.honeypot_field,
            *(n for n, f in form.fields.items() if f.widget.needs_multipart_form),
        }
        resend = [
            (name, value)
            for name in form.fields
            if name not in skip
            for value in request.POST.getlist(form.add_prefix(name))
        ]
    response = _standalone(
        request,
        "actions/unavailable.html",
        503,
        {"resend": resend, "action_url": request.path, "retry_after": RETRY_AFTER_SECONDS},
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def too_large_response(request: HttpRequest, limit: int) -> HttpResponse:
    return _standalone(
        request,
        "actions/too_large.html",
        413,
        {"limit_kb": max(limit // 1024, 1), "back_url": request.path},
    )


def bad_request_response(
    request: HttpRequest,
    reason: str,
    kept: list[tuple[str, str]] | None = None,
    back_url: str | None = None,
) -> HttpResponse:
    """400 in plain words for a request nothing can be read from as sent (a form in an encoding
    other than UTF-8, an address with a NUL byte). `kept` is what could be read back, shown so
    the reader can copy it into the form again; the back link drops the query string."""
    return _standalone(
        request,
        "actions/bad_request.html",
        400,
        {"reason": reason, "kept": kept or [], "back_url": back_url or request.path},
    )
