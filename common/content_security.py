"""The Content-Security-Policy each response gets (the policies are in
site_core/settings/security.py), and the one way to let a page be framed.

Nonces and the page cache. A public page's few inline scripts carry the response's nonce, and
the page cache (common/page_cache.py) keeps a page's headers and body as one entry, so every
reader of a cached copy gets the header whose nonce matches that copy's scripts. The copy's
nonce is then known to anyone who fetched it, which is harmless: a nonce protects against
markup injected into the page as it renders, and a cached copy's body was fixed when its nonce
was made; new markup means a new render with a new nonce. What would break it is storing a
fragment with a nonce inside (a `{% cache %}` block around a script) and reusing it in other
responses: never put a nonce inside a template fragment cache. Hashes instead of nonces would
have tied every change of an inline script to a settings change, for no gain here."""

from collections.abc import Callable
from functools import wraps

from csp.constants import HEADER
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import build_policy, default_config
from django.conf import settings
from django.http import HttpRequest, HttpResponse

SELF = "'self'"


def is_admin_request(request: HttpRequest) -> bool:
    """The admin's own pages, and Wagtail's previews: a preview renders the public page
    through the whole middleware chain again, as a dummy request for the page's public
    address, and is shown in a frame inside the admin."""
    return getattr(request, "is_dummy", False) or request.path_info.startswith(
        settings.ADMIN_CSP_PATH_PREFIXES
    )


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's looser policy for `is_admin_request`: a
    view's own decorator still wins there too."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponse, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and is_admin_request(request):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


def partner_frame_ancestors() -> list[str]:
    """Who may frame the widget: ourselves, any https site unless PARTNER_FRAME_ANY_HTTPS is
    off (the `https:` scheme source), and the origins in PARTNER_FRAME_ORIGINS."""
    any_https = ["https:"] if settings.PARTNER_FRAME_ANY_HTTPS else []
    return [SELF, *any_https, *settings.PARTNER_FRAME_ORIGINS]


def allow_partner_framing(response: HttpResponse) -> HttpResponse:
    """Let partner sites (`partner_frame_ancestors`) show `response` in a frame; every other
    page refuses to be framed (`frame-ancestors 'none'`, `X-Frame-Options: DENY`). Call it
    on the response of the pages meant for it: the partner widget's (actions/mixins/widget.py)."""
    replace = dict(getattr(response, "_csp_replace", None) or {})
    replace["frame-ancestors"] = partner_frame_ancestors()
    response._csp_replace = replace
    # frame-ancestors supersedes X-Frame-Options, but older browsers read only the latter.
    response.xframe_options_exempt = True
    return response


def partner_framable(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """View decorator form of `allow_partner_framing`: `@partner_framable`."""

    @wraps(view)
    def framable_view(*args, **kwargs) -> HttpResponse:
        return allow_partner_framing(view(*args, **kwargs))

    return framable_view


def guard_early_response(response: HttpResponse) -> HttpResponse:
    """The public policy and `X-Frame-Options: DENY` on a response made before the middleware
    that adds them would run (a request refused unread: another charset, a NUL byte, too
    large). Such pages show back what the reader sent, so they must not be framable or run
    anything; they have no inline script, so the policy needs no nonce."""
    if HEADER not in response:
        response[HEADER] = build_policy(
            config=default_config(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])
        )
    response.setdefault("X-Frame-Options", "DENY")
    return response
