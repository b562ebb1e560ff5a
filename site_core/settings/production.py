"""Production: several stateless app servers behind a load balancer, managed PostgreSQL, a
shared Redis cache, object storage for media and a CDN in front. Refuses to start when a
setting that keeps it safe is missing."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, LOGGING, MEDIA_CACHE_SECONDS, MIDDLEWARE, REDIS_URL, STORAGES
from .env import env_bool, env_int, env_str
from .security import ADMIN_CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY, origin_of

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production (a long random string).")
if env_bool("DEBUG", False):
    raise ImproperlyConfigured("DEBUG must be off in production: unset DEBUG.")
DEBUG = False
if not REDIS_URL and not env_bool("ALLOW_LOCAL_CACHE", False):
    raise ImproperlyConfigured(
        "REDIS_URL must be set in production: rate limits and caches must be shared by every "
        "app server. Set ALLOW_LOCAL_CACHE=1 only for a single-server install."
    )

# HTTPS ends at the proxy in front (TRUSTED_PROXIES), which says so in X-Forwarded-Proto;
# common.client_address drops that header from anyone else, so a client cannot claim https.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 30)
# Both off by default, because neither is the campaign site's to decide alone: including
# subdomains forces HTTPS on every host of the organisation's domain (an old http-only
# microsite or mail web front would stop working), and preloading is written into browsers
# for months and cannot be taken back quickly. Turn them on when the whole domain is HTTPS.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# Cookies only over HTTPS. `make stack` serves plain http on 127.0.0.1 and turns these off.
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
SILENCED_SYSTEM_CHECKS = [
    # HSTS includeSubDomains and preload are deliberately settings, off by default (above).
    "security.W005",
    "security.W021",
]

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Media in object storage (S3 or compatible) so that every app server sees every upload.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "common.upload_storage.UploadStorage"}
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = env_str("MEDIA_CDN_DOMAIN") or None
    # No per-object ACL by default: on AWS, readers get media through a bucket policy or the
    # CDN (docs/deploy.md). S3-compatible stores without bucket policies (`make stack`'s moto)
    # set AWS_DEFAULT_ACL=public-read so that uploads are readable at their plain URL.
    AWS_DEFAULT_ACL = env_str("AWS_DEFAULT_ACL") or None
    AWS_S3_ADDRESSING_STYLE = env_str("AWS_S3_ADDRESSING_STYLE") or None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
    # UploadStorage stores each object with its type, and anything but a picture as a
    # download (common/upload_storage.py); documents are served by the app itself.
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": f"public, max-age={MEDIA_CACHE_SECONDS}"}
    # Images are read from the bucket's (or the CDN's) address: the policy must allow it.
    bucket_origins = (
        [f"https://{AWS_S3_CUSTOM_DOMAIN}"]
        if AWS_S3_CUSTOM_DOMAIN
        else [origin_of(AWS_S3_ENDPOINT_URL or "https://s3.amazonaws.com")]
    )
    if not AWS_S3_CUSTOM_DOMAIN and AWS_S3_ADDRESSING_STYLE != "path":
        host = urlsplit(AWS_S3_ENDPOINT_URL or "https://s3.amazonaws.com").netloc
        bucket_origins.append(f"https://{AWS_STORAGE_BUCKET_NAME}.{host}")
        if not AWS_S3_ENDPOINT_URL and AWS_S3_REGION_NAME:
            bucket_origins.append(
                f"https://{AWS_STORAGE_BUCKET_NAME}.s3.{AWS_S3_REGION_NAME}.amazonaws.com"
            )
    for policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):
        policy["DIRECTIVES"]["img-src"] = [*policy["DIRECTIVES"]["img-src"], *bucket_origins]

# The database: reconnect by itself after an outage or a failover. Health checks test a kept
# connection before each request, and a connection attempt gives up quickly, so a request
# during an outage gets the "please try again" page (503, Retry-After) instead of hanging.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env_int(
        "DB_CONNECT_TIMEOUT", 3
    )

# The cache: when Redis is down the site keeps serving, slower (every page is rendered, rate
# limits are not counted, sessions come from the database) instead of failing. Each ignored
# error is logged, so operators see it, and a hung Redis costs a request at most a second.
if REDIS_URL:
    CACHES["default"]["OPTIONS"] = {
        **CACHES["default"]["OPTIONS"],
        "IGNORE_EXCEPTIONS": True,
        "SOCKET_CONNECT_TIMEOUT": 0.5,
        "SOCKET_TIMEOUT": 0.5,
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

# Logs: one JSON object per line, and one line per request without personal data (see
# common/request_log.py). First in the chain, so its time and status are what the client saw.
MIDDLEWARE = ["common.request_log.RequestLogMiddleware", *MIDDLEWARE]
LOGGING = {
    **LOGGING,
    "formatters": {"json": {"()": "common.request_log.JsonFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "filters": ["personal_data"],
        }
    },
}
