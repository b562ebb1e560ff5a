"""The campaign calendar's date arithmetic: which days a week, month or list view shows, the
periods before and after, where a site-zone day begins and ends, and how entries that span
several days are laid out in rows. Plain dates and zones only, no database: the calendar
(editorial/calendar.py) fills the grid with what happens.

Days are days in a zone, not 24-hour stretches: a week in which the clocks go back is 169 hours
long, and an event at 23:30 PDT sits on its own day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

WEEK, MONTH, LIST = "week", "month", "list"
VIEWS = (WEEK, MONTH, LIST)

# Weeks run Monday to Sunday, as the campaign's weeks of action do, so one fits in one row.
DAYS_IN_WEEK = 7


class Spanning(Protocol):
    """Anything on the calendar: it happens from `first_day` to `last_day` (inclusive)."""

    first_day: dt.date
    last_day: dt.date

    @property
    def is_range(self) -> bool: ...


@dataclass
class Day:
    """A day of the calendar: `entries` happen on it; `ranges` (weeks of action, events over
    several days) cover it."""

    date: dt.date
    in_period: bool
    is_today: bool
    entries: list[Spanning] = field(default_factory=list)
    ranges: list[Spanning] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.entries or self.ranges)

    @property
    def numbered_ranges(self) -> list[tuple[Spanning, int]]:
        """The ranges covering this day, each with which of its days this is (from 1)."""
        return [(entry, (self.date - entry.first_day).days + 1) for entry in self.ranges]


@dataclass(frozen=True)
class Segment:
    """A stretch of a week's range row: `entry` over `span` days, or an empty gap."""

    span: int
    entry: Spanning | None = None
    continues_before: bool = False
    continues_after: bool = False


@dataclass
class Week:
    days: list[Day]
    # Rows of ranges laid out without overlaps, each row a list of segments filling the week.
    lanes: list[list[Segment]]


def period(view: str, anchor: dt.date) -> tuple[dt.date, dt.date, dt.date, dt.date]:
    """The days a view of `anchor` covers, as (first shown, last shown, first in period,
    last in period): a month view shows whole weeks around its month; the list view shows just
    the month."""
    if view == WEEK:
        monday = anchor - dt.timedelta(days=anchor.weekday())
        sunday = monday + dt.timedelta(days=DAYS_IN_WEEK - 1)
        return monday, sunday, monday, sunday
    month_first = anchor.replace(day=1)
    month_last = add_months(month_first, 1) - dt.timedelta(days=1)
    if view == LIST:
        return month_first, month_last, month_first, month_last
    first = month_first - dt.timedelta(days=month_first.weekday())
    last = month_last + dt.timedelta(days=DAYS_IN_WEEK - 1 - month_last.weekday())
    return first, last, month_first, month_last


def step(view: str, anchor: dt.date, direction: int) -> dt.date:
    """The anchor of the previous (-1) or next (+1) week or month."""
    if view == WEEK:
        return anchor + dt.timedelta(days=DAYS_IN_WEEK * direction)
    return add_months(anchor.replace(day=1), direction)


def add_months(first_of_month: dt.date, months: int) -> dt.date:
    index = first_of_month.year * 12 + first_of_month.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def dates(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every date from `first` to `last`, inclusive."""
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def day_bounds(first: dt.date, last: dt.date, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """The moments [start, end) that the days `first` to `last` cover in `zone`: midnight
    before the first, midnight after the last, by the calendar rather than by adding hours."""
    start = dt.datetime.combine(first, dt.time.min, zone)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min, zone)
    return start, end


def local_date(moment: dt.datetime, zone: dt.tzinfo) -> dt.date:
    return moment.astimezone(zone).date()


def clock_changes(first: dt.date, last: dt.date, zone: dt.tzinfo) -> list[dt.date]:
    """The days from `first` to `last` on which `zone`'s clocks change (daylight saving)."""
    return [date for date in dates(first, last) if _offset_changes_on(date, zone)]


def _offset_changes_on(date: dt.date, zone: dt.tzinfo) -> bool:
    midnight, next_midnight = day_bounds(date, date, zone)
    return midnight.utcoffset() != next_midnight.utcoffset()


def weeks(view: str, anchor: dt.date, today: dt.date, entries: list[Spanning]) -> list[Week]:
    """The weeks a view of `anchor` shows, each day holding the entries on it and each week
    its rows of ranges. `entries` are in the order they should appear."""
    first, last, period_first, period_last = period(view, anchor)
    days = {
        date: Day(date, in_period=period_first <= date <= period_last, is_today=date == today)
        for date in dates(first, last)
    }
    for entry in entries:
        if entry.is_range:
            for date in dates(max(entry.first_day, first), min(entry.last_day, last)):
                days[date].ranges.append(entry)
        else:
            days[entry.first_day].entries.append(entry)
    ordered = list(days.values())
    ranges = [entry for entry in entries if entry.is_range]
    return [
        Week(days=week_days, lanes=lanes(ranges, week_days[0].date, week_days[-1].date))
        for week_days in (
            ordered[n : n + DAYS_IN_WEEK] for n in range(0, len(ordered), DAYS_IN_WEEK)
        )
    ]


def lanes(ranges: list[Spanning], week_first: dt.date, week_last: dt.date) -> list[list[Segment]]:
    """Lay the ranges that touch this week out in rows, each range in the first row where it
    overlaps nothing, and fill each row with segments and gaps spanning the seven days."""
    rows_of_spans: list[list[tuple[int, int, Spanning]]] = []
    for entry in ranges:
        if entry.last_day < week_first or entry.first_day > week_last:
            continue
        begin = (max(entry.first_day, week_first) - week_first).days
        finish = (min(entry.last_day, week_last) - week_first).days
        for row in rows_of_spans:
            if row[-1][1] < begin:
                row.append((begin, finish, entry))
                break
        else:
            rows_of_spans.append([(begin, finish, entry)])
    rows = []
    for spans in rows_of_spans:
        row, column = [], 0
        for begin, finish, entry in spans:
            if begin > column:
                row.append(Segment(span=begin - column))
            row.append(
                Segment(
                    span=finish - begin + 1,
                    entry=entry,
                    continues_before=entry.first_day < week_first,
                    continues_after=entry.last_day > week_last,
                )
            )
            column = finish + 1
        if column < DAYS_IN_WEEK:
            row.append(Segment(span=DAYS_IN_WEEK - column))
        rows.append(row)
    return rows
