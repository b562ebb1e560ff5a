"""Production: several stateless app servers behind a load balancer, managed PostgreSQL, a
shared Redis cache, object storage for media and a CDN in front. Refuses to start when a
setting that keeps it safe is missing."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, LOGGING, MIDDLEWARE, REDIS_URL, STORAGES
from .env import env_bool, env_int, env_str

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

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 30)
# Cookies only over HTTPS. `make stack` serves plain http on 127.0.0.1 and turns these off.
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Media in object storage (S3 or compatible) so that every app server sees every upload.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
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
