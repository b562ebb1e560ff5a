import os

import pytest
from django.core.cache import cache

# Playwright's sync API runs an event loop in this thread; the ORM calls made by the same
# tests are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the demo campaign, as a newcomer's site does. Tests
    that need an empty site build their own pages under a fresh campaign. Transactional tests
    (browser tests) flush the database and load what they need themselves."""
    from django.db import connections

    from demo.loader import load_demo_content

    with django_db_blocker.unblock():
        load_demo_content()
    # Serialized rollback restores the migration-time rows from an attribute of the connection
    # object. Once Playwright's event loop runs in this thread, asgiref hands out a new,
    # context-local connection object without it, and transactional tests would start from an
    # empty database (no root page, site or collection). Keep the rows on the class instead.
    for connection in connections.all():
        if hasattr(connection, "_test_serialized_contents"):
            type(connection)._test_serialized_contents = connection._test_serialized_contents


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, offline: never a browser that Playwright would download."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(autouse=True)
def fresh_cache():
    """Counts, rate limits, page addresses and site settings live in the cache (shared with the
    live server's thread): every test starts and ends without them."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser(
        "admin", "admin@example.org", "correct-horse-battery"
    )
