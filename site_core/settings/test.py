"""Tests: real PostgreSQL (DATABASE_URL, started by `make test`), fast hashing, tasks inline,
emails kept in memory."""

import tempfile

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES

if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured(
        "Tests run on PostgreSQL only. Run `make test`, which starts a throwaway server, or set "
        "DATABASE_URL=postgres://…"
    )

SECRET_KEY = "test-only-not-secret"  # noqa: S105
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = tempfile.mkdtemp(prefix="campaign-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tests that change content and read the page back test the page, not the cache; the page
# cache's own tests (tests/readers/test_page_cache*.py) turn it on. No edge cache either.
PAGE_CACHE_SECONDS = 0
PAGE_CACHE_LOCAL_SECONDS = 0
# Tests change the form limits and roll back without a signal: never keep them in the process.
ACTIONS_LIMITS_LOCAL_SECONDS = 0
# Browser tests fill a form as fast as a script does; the time-to-fill tests switch it on.
ACTIONS_MIN_FILL_SECONDS = 0
WAGTAILFRONTENDCACHE = {}
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]
# django-axes needs the request in authenticate(), which the test client's login() and
# Wagtail's test helpers do not pass; the sign-in throttling tests turn it on.
AXES_ENABLED = False
# Wagtail 8 autosaves the editor's form every 500 ms. A browser test that then presses "Save
# draft" races its own autosave: on the add view both requests create the page, and the second
# fails with "slug already in use" (a 500 seen in CI); late autosaves also reach the live server
# after a test has ended. Tests save explicitly; tests/browser/test_autosave_browser.py turns it
# back on and checks that an editor's typing is kept.
WAGTAIL_AUTOSAVE_INTERVAL = 0
