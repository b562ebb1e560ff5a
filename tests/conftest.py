import os
from collections.abc import Iterator

import pytest
from django.core.cache import cache
from django.db import transaction

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
def django_db_setup(django_db_setup):
    """Test databases start as `migrate` leaves them: a root page, the default Site, the
    editorial roles. Tests build what they need (tests/factories.py); only the tests about the
    demo campaign read it, through `demo_content`."""
    from django.db import connections

    # Serialized rollback restores the migration-time rows from an attribute of the connection
    # object. Once Playwright's event loop runs in this thread, asgiref hands out a new,
    # context-local connection object without it, and transactional tests would start from an
    # empty database (no root page, site or collection). Keep the rows on the class instead.
    for connection in connections.all():
        if hasattr(connection, "_test_serialized_contents"):
            type(connection)._test_serialized_contents = connection._test_serialized_contents


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """The demo campaign, loaded once per test process for the modules about it (they say
    `pytestmark = pytest.mark.usefixtures("demo_content")`). Being session-scoped, it is set up
    before a test's own transaction, so it stays for every demo test that follows. English only:
    the tests of the Spanish demo add it inside their own transaction (tests/i18n/
    test_demo_spanish.py), so the other demo tests find one page per slug."""
    from demo.loader import load_demo_content

    with django_db_blocker.unblock():
        load_demo_content(spanish=False)


def _is_transactional(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(marker and (marker.kwargs.get("transaction") or "live_server" in item.fixturenames))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests on an empty site first, then the demo's readers, then transactional tests, whose
    flush would remove the demo from under a later demo test, and last the transactional
    tests without serialized_rollback: their flush runs post_migrate, which recreates the
    content types with new ids, and a serialized test after them in the same process would
    fail to restore the old ones. The sort is stable, and pytest-xdist hands each worker its
    share in this order."""
    items.sort(
        key=lambda item: (
            _is_transactional(item),
            "demo_content" in item.fixturenames,
            _is_transactional(item) and not _restores_serialized(item),
        )
    )


def _restores_serialized(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("serialized_rollback"))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, offline: never a browser that Playwright would download."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(autouse=True)
def fresh_cache():
    """Counts, rate limits, page addresses and site settings live in the cache (shared with the
    live server's thread): every test starts and ends without them."""
    from common.page_cache import forget_recent_hits

    cache.clear()
    forget_recent_hits()
    yield
    cache.clear()
    forget_recent_hits()


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser(
        "admin", "admin@example.org", "correct-horse-battery"
    )


@pytest.fixture
def database_down(django_db_blocker):
    """PostgreSQL is away: the connection points at a local port that refuses connections (a
    bound socket that never listens), as during an outage or a restart. For tests without the
    `django_db` mark (no open transaction to lose); the real settings come back after."""
    import socket

    from django.db import connection

    refusing = socket.socket()
    refusing.bind(("127.0.0.1", 0))
    with django_db_blocker.unblock():
        connection.close()
        saved = dict(connection.settings_dict)
        connection.settings_dict["PORT"] = refusing.getsockname()[1]
        try:
            yield
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)
            refusing.close()


@pytest.fixture(scope="module")
def built_page_types(django_db_setup, django_db_blocker) -> Iterator[dict]:
    """`campaign_with_every_page_type`, built once per module (a dozen published pages and two
    images take seconds) inside a transaction rolled back after the module's last test. Each
    test's own transaction nests inside it, so every test starts from the same pages. Only for
    modules without transactional tests: their flush cannot run inside a transaction."""
    from tests.helpers import campaign_with_every_page_type

    with django_db_blocker.unblock(), transaction.atomic():
        yield campaign_with_every_page_type()
        transaction.set_rollback(True)


@pytest.fixture
def every_page_type(db, built_page_types) -> dict:
    """One live page of every type, keyed by type, read afresh for each test so that what one
    test changes on a page object never reaches the next."""
    return {model: model.objects.get(pk=page.pk) for model, page in built_page_types.items()}
