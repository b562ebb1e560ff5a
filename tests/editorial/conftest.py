from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from wagtail.models import Page

from home.models import HomePage


@pytest.fixture
def home(db) -> HomePage:
    return HomePage.objects.get()


@pytest.fixture
def schedule_page(home: HomePage) -> Callable[..., Page]:
    """Creates a draft child of the home page and schedules it as an editor's "Schedule to
    publish" does: a revision with go-live (and optional expiry) dates, then publish()."""

    def schedule(
        title: str, go_live_at: datetime | None = None, expire_at: datetime | None = None
    ) -> Page:
        page = home.add_child(instance=Page(title=title, live=False))
        page.go_live_at = go_live_at
        page.expire_at = expire_at
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return schedule
