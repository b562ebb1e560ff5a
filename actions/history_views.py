"""Signatures over time, for staff: a petition's signatures per day (and by the hour in the
last 48 hours and on busy days) as a page in the admin with server-drawn bar charts and the
numbers as tables, and as CSV and JSON downloads. Counts only, so everyone who may edit the
petition sees it, and Data stewards too. It is reached from the petition's "More" menu in the
page listing and in the page's header (actions/wagtail_hooks.py)."""

import csv
from dataclasses import dataclass

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.admin.widgets import Button
from wagtail.models import Page

from common.timezones import EXPORT_FORMAT, ZONED_FORMAT, format_zoned, zone_abbreviations

from .mixins import SignablePetitionMixin
from .moderation import SUPPORTER_DATA
from .services.history import History, signature_history

# The charts' own units: each bar's slot and the gap between bars, and the tallest bar.
BAR_SLOT = 10
BAR_GAP = 2
CHART_HEIGHT = 100
DAY_FORMAT = "WEEKDAY_DATE_FORMAT"


def is_petition(page: Page) -> bool:
    return issubclass(page.specific_class or Page, SignablePetitionMixin)


def can_see_history(user, page: Page) -> bool:
    """Those who may edit the petition, and Data stewards (who see its signers anyway)."""
    if not user.is_active:
        return False
    return user.has_perm(SUPPORTER_DATA) or page.permissions_for_user(user).can_edit()


def _forbidden() -> HttpResponse:
    # A plain 403 (Wagtail turns PermissionDenied into a redirect to the dashboard).
    return HttpResponseForbidden(
        _("Only staff who can edit this petition can see its signatures over time.")
    )


def _petition(page_id: int) -> Page:
    page = get_object_or_404(Page, pk=page_id)
    if not is_petition(page):
        raise Http404("Not a petition.")
    return page


def _history(page: Page) -> History:
    page = page.specific
    # A translation's signatures are stored against its counting page (actions.pages).
    return signature_history(page.counting_page_id, closed_at=page.supporter_data_ends_at())


@dataclass(frozen=True)
class Bar:
    x: int
    y: int
    height: int
    count: int
    label: str


@dataclass(frozen=True)
class Chart:
    """A bar chart the page draws itself (inline SVG): one bar per day or per hour."""

    bars: list[Bar]
    width: int
    largest: int
    height: int = CHART_HEIGHT
    bar_width: int = BAR_SLOT - BAR_GAP

    @property
    def max_width(self) -> str:
        """As wide as the page allows, but a few days' bars do not each take a quarter of it."""
        return f"{max(len(self.bars), 12) * 2.5}rem"


def bar_chart(points: list[tuple[str, int]]) -> Chart:
    """`points` are (label, count); the tallest bar is as high as the chart."""
    largest = max((count for _label, count in points), default=0)
    bars = []
    for index, (label, count) in enumerate(points):
        height = round(count * CHART_HEIGHT / largest) if largest else 0
        if count and not height:
            height = 1  # a day with one signature among thousands still shows
        x = index * BAR_SLOT + BAR_GAP // 2
        bars.append(Bar(x, CHART_HEIGHT - height, height, count, label))
    return Chart(bars, max(len(points), 1) * BAR_SLOT, largest)


def history_view(request: HttpRequest, page_id: int) -> HttpResponse:
    """The page: the chart of every day, the hours of the last 48 hours and of busy days."""
    page = _petition(page_id)
    if not can_see_history(request.user, page):
        return _forbidden()
    history = _history(page)
    days = [(formats.date_format(day.day, DAY_FORMAT), day.count) for day in history.days]
    windows = []
    for index, window in enumerate(history.windows):
        hours = [(format_zoned(hour.start, ZONED_FORMAT), hour.count) for hour in window.hours]
        windows.append(
            {"window": window, "hours": hours, "chart": bar_chart(hours), "id": f"hours-{index}"}
        )
    busiest = history.busiest
    csv_url = reverse("actions_signature_history_csv", args=[page.pk])
    return TemplateResponse(
        request,
        "actions/admin/signature_history.html",
        {
            "page": page,
            "history": history,
            "days": days,
            "day_chart": bar_chart(days),
            "busiest_day": formats.date_format(busiest.day, DAY_FORMAT) if busiest else "",
            "windows": windows,
            "zone": zone_abbreviations(),
            "csv_url": csv_url,
            "hours_csv_url": csv_url + "?by=hour",
            "json_url": reverse("actions_signature_history_json", args=[page.pk]),
        },
    )


def history_json(request: HttpRequest, page_id: int) -> HttpResponse:
    """{"zone", "total", "burst_per_day", "days": [{"date", "count"}], "hours": [{"start",
    "count"}]}: dates in the campaign's zone, hours as ISO times with their offset."""
    page = _petition(page_id)
    if not can_see_history(request.user, page):
        return _forbidden()
    response = JsonResponse(_history(page).as_json())
    response["Content-Disposition"] = f'attachment; filename="{_file_name(page)}.json"'
    return response


def history_csv(request: HttpRequest, page_id: int) -> HttpResponse:
    """Signatures per day, or with ?by=hour the hours shown on the page; the zone named in the
    heading and in every hour."""
    page = _petition(page_id)
    if not can_see_history(request.user, page):
        return _forbidden()
    history = _history(page)
    by_hour = request.GET.get("by") == "hour"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    suffix = "-hours" if by_hour else "-days"
    response["Content-Disposition"] = f'attachment; filename="{_file_name(page)}{suffix}.csv"'
    writer = csv.writer(response)
    if by_hour:
        writer.writerow([_("Hour starting (%(zone)s)") % {"zone": history.zone}, _("Signatures")])
        writer.writerows(
            (format_zoned(hour.start, EXPORT_FORMAT), hour.count) for hour in history.hours
        )
    else:
        writer.writerow([_("Day (%(zone)s)") % {"zone": history.zone}, _("Signatures")])
        writer.writerows((day.day.isoformat(), day.count) for day in history.days)
    return response


def _file_name(page: Page) -> str:
    return f"signatures-over-time-{slugify(page.slug)[:60] or page.pk}"


def history_button(page: Page, user, priority: int) -> Button | None:
    """The "Signatures over time" link on a petition, for those who may see it."""
    if not is_petition(page) or not can_see_history(user, page):
        return None
    return Button(
        _("Signatures over time"),
        reverse("actions_signature_history", args=[page.pk]),
        icon_name="table",
        priority=priority,
    )
