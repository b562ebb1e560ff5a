"""A petition's signatures over time, for staff: how many counted signatures each day, and hour
by hour for the last 48 hours and for any day with more than settings.
ACTIONS_HISTORY_BURST_PER_DAY (a burst: a share that took off, a mention on the radio, or a
flood to look at). Counts only, never who.

Days are the campaign's (settings.TIME_ZONE): a signature at 11:30 PM Pacific time is that
day's, not the next day's as it is in UTC. Hours are counted in UTC and shown in the campaign's
zone, so the two 1 AMs of the night the clocks go back stay two hours ("01:00 PDT", "01:00
PST"). A signature counts when it was signed (`created_at`); paper signatures have no time."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.conf import settings
from django.db.models import Count, Q
from django.db.models.functions import TruncDate, TruncHour
from django.utils import timezone

from actions.models import Signature
from actions.models.signatures import COUNTED
from common.timezones import site_zone

# Always shown by the hour: the last two days.
RECENT_HOURS = 48
# At most this many busy days are shown by the hour (the latest), so a long campaign's page
# stays readable; every day is in the daily counts.
BUSY_DAYS_SHOWN = 7
HOUR = timedelta(hours=1)


@dataclass(frozen=True)
class DayCount:
    day: date
    count: int


@dataclass(frozen=True)
class HourCount:
    start: datetime  # in the campaign's zone
    count: int


@dataclass(frozen=True)
class HourWindow:
    """A stretch shown hour by hour: the last 48 hours, or one busy day."""

    recent: bool  # the last 48 hours (else the busy day `day`)
    day: date | None
    hours: list[HourCount]

    @property
    def total(self) -> int:
        return sum(hour.count for hour in self.hours)


@dataclass(frozen=True)
class History:
    zone: str  # the campaign's zone, named: "America/Los_Angeles"
    days: list[DayCount]
    windows: list[HourWindow]
    burst_per_day: int

    @property
    def total(self) -> int:
        return sum(day.count for day in self.days)

    @property
    def hours(self) -> list[HourCount]:
        """Every hour shown, once each, in order (the windows may overlap)."""
        hours = {hour.start: hour for window in self.windows for hour in window.hours}
        return [hours[start] for start in sorted(hours)]

    @property
    def busiest(self) -> DayCount | None:
        return max(self.days, key=lambda day: day.count, default=None)

    def as_json(self) -> dict:
        return {
            "zone": self.zone,
            "total": self.total,
            "burst_per_day": self.burst_per_day,
            "days": [{"date": day.day.isoformat(), "count": day.count} for day in self.days],
            "hours": [
                {"start": hour.start.isoformat(), "count": hour.count} for hour in self.hours
            ],
        }


def signature_history(
    page_id: int, now: datetime | None = None, closed_at: datetime | None = None
) -> History:
    """The history of a petition's counting page, in two grouped queries: every day from the
    first signature to today (or the day it closed, `closed_at`)."""
    zone = site_zone()
    now = now or timezone.now()
    counted = Signature.objects.filter(COUNTED, page_id=page_id)
    per_day = dict(
        counted.annotate(day=TruncDate("created_at", tzinfo=zone))
        .values_list("day")
        .annotate(total=Count("pk"))
        .order_by()
    )
    days = _every_day(per_day, min(now, closed_at or now).astimezone(zone).date())
    this_hour = now.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    # The last 48 hours (this one included), then each busy day they do not already show.
    recent_start = this_hour - (RECENT_HOURS - 1) * HOUR
    spans = [(recent_start, this_hour + HOUR)]
    burst = settings.ACTIONS_HISTORY_BURST_PER_DAY
    busy = [
        day.day for day in days if day.count > burst and _day_span(day.day, zone)[0] < recent_start
    ][-BUSY_DAYS_SHOWN:]
    spans += [_day_span(day, zone) for day in busy]
    in_spans = Q()
    for start, end in spans:
        in_spans |= Q(created_at__gte=start, created_at__lt=end)
    per_hour = dict(
        counted.filter(in_spans)
        .annotate(hour=TruncHour("created_at", tzinfo=UTC))
        .values_list("hour")
        .annotate(total=Count("pk"))
        .order_by()
    )
    recent = HourWindow(True, None, _hours(per_hour, *spans[0], zone))
    windows = [recent] if recent.total else []
    windows += [
        HourWindow(False, day, _hours(per_hour, *span, zone))
        for day, span in zip(busy, spans[1:], strict=True)
    ]
    return History(zone=str(zone), days=days, windows=windows, burst_per_day=burst)


def _every_day(per_day: dict[date, int], until: date) -> list[DayCount]:
    """Every day from the first signature to `until` (or the last signature), with the days
    without any."""
    if not per_day:
        return []
    day, last = min(per_day), max(max(per_day), until)
    days = []
    while day <= last:
        days.append(DayCount(day, per_day.get(day, 0)))
        day += timedelta(days=1)
    return days


def _day_span(day: date, zone) -> tuple[datetime, datetime]:
    """A day in the campaign's zone, from midnight to midnight (23 or 25 hours when the clocks
    change), in UTC."""
    start = datetime.combine(day, time(0), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def _hours(per_hour: dict[datetime, int], start: datetime, end: datetime, zone) -> list[HourCount]:
    hours = []
    while start < end:
        hours.append(HourCount(start.astimezone(zone), per_hour.get(start, 0)))
        start += HOUR
    return hours
