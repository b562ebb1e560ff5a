"""Dashboard panels that let editors trust the schedule: a warning when scheduled content is
not being published, and what goes live this week. Added by wagtail_hooks.py."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.template.loader import get_template
from django.utils import timezone
from django.utils.safestring import SafeString
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.components import Component

from .models import SchedulerHeartbeat
from .schedule import ScheduledItem, overdue_items, scheduled_go_lives


def _with_edit_urls(items: list[ScheduledItem], user) -> list[dict[str, Any]]:
    """Each item with the URL of its editor, or None where this user may not edit it."""
    finder = AdminURLFinder(user)
    return [{"item": item, "edit_url": finder.get_edit_url(item.obj)} for item in items]


class SchedulingHealthPanel(Component):
    """A warning, at the top of the dashboard, when the scheduler has not run recently, its
    last run failed, or scheduled content is overdue. Renders nothing when all is well."""

    name = "scheduling_health"
    template_name = "editorial/dashboard/scheduling_health.html"
    order = 50

    def get_context_data(self, parent_context: Mapping[str, Any]) -> dict[str, Any]:
        now = timezone.now()
        heartbeat = SchedulerHeartbeat.load()
        return {
            "heartbeat": heartbeat,
            "stale": heartbeat is None or heartbeat.is_stale(now),
            "failed": heartbeat is not None and heartbeat.last_ok is False,
            "stale_minutes": settings.SCHEDULER_STALE_MINUTES,
            "overdue": _with_edit_urls(overdue_items(now), parent_context["request"].user),
        }

    def render_html(self, parent_context: Mapping[str, Any] | None = None) -> SafeString:
        context = self.get_context_data(parent_context)
        if not (context["stale"] or context["failed"] or context["overdue"]):
            return SafeString("")
        return get_template(self.template_name).render(context)


class GoingLiveThisWeekPanel(Component):
    """Pages and snippets scheduled to go live in the next seven days, in the site's zone, so a
    campaign lead can check a week of action at a glance."""

    name = "going_live_this_week"
    template_name = "editorial/dashboard/going_live_this_week.html"
    order = 230  # just after Wagtail's "Awaiting your review" (220)
    days = 7

    def get_context_data(self, parent_context: Mapping[str, Any]) -> dict[str, Any]:
        now = timezone.now()
        items = scheduled_go_lives(now, now + timedelta(days=self.days), limit=100)
        return {
            "scheduled": _with_edit_urls(items, parent_context["request"].user),
            "heartbeat": SchedulerHeartbeat.load(),
        }
