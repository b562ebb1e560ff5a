from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page

from campaigns.models import HomePage


@pytest.fixture
def home(db) -> HomePage:
    return HomePage.objects.get()


@pytest.fixture
def schedule_page(request) -> Callable[..., Page]:
    """Creates a draft child of `parent` (default: the home page) and schedules it as an
    editor's "Schedule to publish" does: a revision with go-live (and optional expiry) dates,
    then publish()."""

    def schedule(
        title: str,
        go_live_at: datetime | None = None,
        expire_at: datetime | None = None,
        parent: Page | None = None,
    ) -> Page:
        parent = parent or request.getfixturevalue("home")
        page = parent.add_child(instance=Page(title=title, live=False))
        page.go_live_at = go_live_at
        page.expire_at = expire_at
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return schedule


@pytest.fixture
def own_tree(transactional_db) -> Page:
    """A parent page in a tree the test builds itself. A transactional test may start from a
    flushed, empty database, or from the session's demo content (loaded after Django
    serialized the database, so serialized_rollback would restore a stale tree)."""
    ContentType.objects.clear_cache()  # a flush recreated the content types with new ids
    locale = Locale.objects.first() or Locale.objects.create(language_code="en")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", locale=locale))
    return root.add_child(instance=Page(title="Own tree", slug=f"own-tree-{uuid.uuid4().hex}"))
