"""Scheduler jobs used by the tests to stand in for the site's periodic work."""

import time

from django.utils import timezone

calls: list = []
rally_go_live_at: list = []


def broken() -> None:
    raise RuntimeError("counts table is locked")


def count_calls() -> str:
    calls.append(timezone.now())
    return f"call {len(calls)}"


def slow() -> None:
    time.sleep(0.5)


def schedule_a_rally_in_a_second() -> str:
    """Schedules a page to go live a second from now, as an editor would between two ticks."""
    from datetime import timedelta

    from wagtail.models import Page

    from campaigns.models import HomePage

    if Page.objects.filter(slug="rally-in-a-second").exists():
        return "already scheduled"
    page = HomePage.objects.get().add_child(
        instance=Page(title="Rally in a second", slug="rally-in-a-second", live=False)
    )
    page.go_live_at = timezone.now() + timedelta(seconds=1)
    rally_go_live_at.append(page.go_live_at)
    page.save_revision().publish()
    return "scheduled"
