"""Security headers, trusted proxies and staff-login throttling, shared by every environment
(imported by base.py; production.py adds what only makes sense over HTTPS). docs/deploy.md's
"Security" section explains each choice for operators."""

from datetime import timedelta
from urllib.parse import urlsplit

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

from .env import env_bool, env_int, env_list, env_str


def origin_of(url: str) -> str | None:
    """`https://host[:port]` for an absolute URL (or a bare host name, taken as https), None
    for a site-relative path such as `/static/`."""
    if not url or (url.startswith("/") and not url.startswith("//")):
        return None
    parts = urlsplit(url if "//" in url else f"https://{url}")
    return f"{parts.scheme or 'https'}://{parts.netloc}" if parts.netloc else None


# --- Who sent the request: common/client_address.py ----------------------------------------
# The addresses or networks (CIDR) of the site's own proxies: the edge cache, the load
# balancer. X-Forwarded-For and X-Forwarded-Proto are believed only from them; from anyone
# else the headers are ignored, so a forged one changes nothing. Empty: no proxy, every
# request is taken at its connection's word.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")

# --- Content-Security-Policy (django-csp 4) -----------------------------------------------
STATIC_ORIGINS = [origin for origin in [origin_of(env_str("STATIC_URL"))] if origin]
# Where uploaded images are read from besides the site: production.py adds the object
# storage's or the media CDN's origin.
MEDIA_ORIGINS = [origin for origin in [origin_of(env_str("MEDIA_URL"))] if origin]
# The video and map players an editor's embed block may show (an iframe each); a provider
# not listed here shows as the plain "watch on the original site" link.
EMBED_ORIGINS = env_list(
    "EMBED_ORIGINS",
    "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com",
)
# The sites allowed to frame a page marked with common.content_security.allow_partner_framing
# (the partner widget). Every other page refuses to be framed. Any organisation may copy the
# widget's code from its public "Put this on your site" page, so by default every https site
# may frame it (PARTNER_FRAME_ANY_HTTPS): the widget shows nothing personal, reads and sets no
# cookie, and a post from it is checked like the main form's, so a hostile parent gains
# nothing by framing it. Set PARTNER_FRAME_ANY_HTTPS=0 to allow only the origins listed in
# PARTNER_FRAME_ORIGINS (which may also name http origins, e.g. a local test page).
PARTNER_FRAME_ORIGINS = env_list("PARTNER_FRAME_ORIGINS")
PARTNER_FRAME_ANY_HTTPS = env_bool("PARTNER_FRAME_ANY_HTTPS", True)

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        # Scripts only from our own files, plus the few inline ones the templates mark with
        # the response's nonce (`nonce="{{ request.csp_nonce }}"`). The page cache keeps each
        # page's header and body together, so a cached copy's nonce always matches its body
        # (common/content_security.py says why that is safe).
        "script-src": [SELF, NONCE, *STATIC_ORIGINS],
        # Style sheets only from our own files: an injected <style> is how CSS reads a page.
        # Style attributes stay allowed: the progress bars' widths and Wagtail's responsive
        # embeds are set in them, and an attribute has no selectors to read anything with.
        # `style-src` is what browsers without the -elem/-attr split (before 2022) use.
        "style-src": [SELF, UNSAFE_INLINE, *STATIC_ORIGINS],
        "style-src-elem": [SELF, *STATIC_ORIGINS],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:", *STATIC_ORIGINS, *MEDIA_ORIGINS],
        "font-src": [SELF, *STATIC_ORIGINS],
        "frame-src": [SELF, *EMBED_ORIGINS],
        "connect-src": [SELF],
        # The quick check (ALTCHA, actions/proof_of_work.py) solves its puzzle in a worker
        # its own script starts from a blob: URL.
        "worker-src": [SELF, "blob:"],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin (its preview and the page editor included) is not ready for a strict
# policy: its templates carry inline scripts and styles, and the preview frames the public
# templates. It keeps the same origins, with inline code allowed and framing by itself.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE, *STATIC_ORIGINS],
        "style-src": [SELF, UNSAFE_INLINE, *STATIC_ORIGINS],
        "style-src-elem": [SELF, UNSAFE_INLINE, *STATIC_ORIGINS],
        "img-src": [SELF, "data:", "blob:", *STATIC_ORIGINS, *MEDIA_ORIGINS],
        "font-src": [SELF, "data:", *STATIC_ORIGINS],
        "frame-ancestors": [SELF],
    }
}
# Paths that get the admin's policy.
ADMIN_CSP_PATH_PREFIXES = ("/admin/",)

# --- Other headers ----------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# A page opened from a share link cannot reach back into ours through window.opener.
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Browser features no page of the site uses, turned off for it and anything it embeds
# (django-permissions-policy). Fullscreen and autoplay are left alone: embedded players use them.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "browsing-topics": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}

# --- Staff sign-in throttling (django-axes) -----------------------------------------------------
# After AXES_FAILURE_LIMIT wrong passwords for one username from one address, that pair is
# locked out for AXES_COOLOFF_MINUTES: it stops a guesser (150 tries a minute were possible),
# while a stranger cannot lock a whole newsroom out on a campaign day by typing their
# usernames from elsewhere, which locking the username alone would allow. Attempts are kept in
# the database, so every app server sees the same count, and deleted once the cool-off is over.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 10)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "common.client_address.client_ip"
AXES_LOCKOUT_TEMPLATE = "editorial/account_locked.html"
AXES_HTTP_RESPONSE_CODE = 429
# A record per successful sign-in (username, address, browser) is not needed to throttle and
# would be more personal data to look after.
AXES_DISABLE_ACCESS_LOG = True
# Its log lines name the username and the address; the attempts are in the admin instead.
AXES_VERBOSE = False
