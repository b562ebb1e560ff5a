"""The calendar's days, weeks and months, worked out without a database: which days each view
shows, what "previous" and "next" lead to, where a day begins and ends in the campaign's zone
across daylight-saving changes, and how entries over several days are laid out in rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from editorial import calendar_grid as grid

LOS_ANGELES = ZoneInfo("America/Los_Angeles")


def hours_between(start: dt.datetime, end: dt.datetime) -> float:
    # Python subtracts two times of the same zone by the wall clock; the database does not.
    return (end.astimezone(dt.UTC) - start.astimezone(dt.UTC)) / dt.timedelta(hours=1)


@dataclass(frozen=True)
class Span:
    first_day: dt.date
    last_day: dt.date

    @property
    def is_range(self) -> bool:
        return self.last_day > self.first_day


def day(month: int, number: int, year: int = 2025) -> dt.date:
    return dt.date(year, month, number)


def test_week_view_runs_monday_to_sunday_around_any_day():
    assert grid.period(grid.WEEK, day(10, 30)) == (day(10, 27), day(11, 2)) * 2
    assert grid.period(grid.WEEK, day(10, 27))[:2] == (day(10, 27), day(11, 2))
    assert grid.period(grid.WEEK, day(11, 2))[:2] == (day(10, 27), day(11, 2))


def test_month_view_shows_whole_weeks_around_its_month():
    # October 2025 begins on a Wednesday and ends on a Friday.
    first, last, month_first, month_last = grid.period(grid.MONTH, day(10, 15))
    assert (first, last) == (day(9, 29), day(11, 2))
    assert (month_first, month_last) == (day(10, 1), day(10, 31))
    assert len(grid.dates(first, last)) % 7 == 0


def test_list_view_shows_just_the_month_including_a_leap_day():
    assert grid.period(grid.LIST, day(2, 10, 2028)) == (
        day(2, 1, 2028),
        day(2, 29, 2028),
        day(2, 1, 2028),
        day(2, 29, 2028),
    )


def test_previous_and_next_step_by_a_week_or_a_month_across_the_year_end():
    assert grid.step(grid.WEEK, day(12, 29), 1) == day(1, 5, 2026)
    assert grid.step(grid.WEEK, day(1, 2, 2026), -1) == day(12, 26)
    assert grid.step(grid.MONTH, day(12, 31), 1) == day(1, 1, 2026)
    assert grid.step(grid.MONTH, day(1, 31, 2026), -1) == day(12, 1)
    assert grid.step(grid.LIST, day(3, 31), -1) == day(2, 1)


def test_a_week_when_the_clocks_go_back_is_seven_whole_days_of_169_hours():
    start, end = grid.day_bounds(day(10, 27), day(11, 2), LOS_ANGELES)
    assert start.utcoffset() == dt.timedelta(hours=-7)
    assert end == dt.datetime(2025, 11, 3, tzinfo=LOS_ANGELES)
    assert end.utcoffset() == dt.timedelta(hours=-8)
    assert hours_between(start, end) == 169
    assert grid.clock_changes(day(10, 27), day(11, 2), LOS_ANGELES) == [day(11, 2)]


def test_a_week_when_the_clocks_go_forward_is_167_hours():
    start, end = grid.day_bounds(day(3, 3), day(3, 9), LOS_ANGELES)
    assert hours_between(start, end) == 167
    assert grid.clock_changes(day(3, 1), day(3, 31), LOS_ANGELES) == [day(3, 9)]


def test_late_evening_in_the_site_zone_is_still_that_day():
    moment = dt.datetime(2017, 10, 21, 6, 30, tzinfo=dt.UTC)  # Fri 20 Oct, 23:30 PDT
    assert grid.local_date(moment, LOS_ANGELES) == dt.date(2017, 10, 20)


def test_weeks_put_each_entry_on_its_day_and_ranges_on_every_day_they_cover():
    rally = Span(day(10, 29), day(10, 29))
    week_of_action = Span(day(10, 31), day(11, 4))
    weeks = grid.weeks(grid.WEEK, day(10, 29), today=day(10, 30), entries=[rally, week_of_action])
    (week,) = weeks
    assert [d.date for d in week.days] == grid.dates(day(10, 27), day(11, 2))
    by_date = {d.date: d for d in week.days}
    assert by_date[day(10, 29)].entries == [rally]
    assert [d.date for d in week.days if d.ranges] == [day(10, 31), day(11, 1), day(11, 2)]
    assert by_date[day(11, 1)].numbered_ranges == [(week_of_action, 2)]
    assert [d.date for d in week.days if d.is_today] == [day(10, 30)]
    assert all(d.in_period for d in week.days)


def test_month_weeks_mark_the_days_outside_the_month():
    weeks = grid.weeks(grid.MONTH, day(10, 1), today=day(1, 1), entries=[])
    assert len(weeks) == 5
    outside = [d.date for week in weeks for d in week.days if not d.in_period]
    assert outside == [day(9, 29), day(9, 30), day(11, 1), day(11, 2)]


def test_overlapping_ranges_get_rows_of_their_own_and_each_row_fills_the_week():
    monday, sunday = day(10, 27), day(11, 2)
    before = Span(day(10, 20), day(10, 28))  # Mon 20 – Tue 28: continues from last week
    middle = Span(day(10, 28), day(10, 30))  # overlaps `before` on Tuesday
    after = Span(day(10, 31), day(11, 9))  # fits after `before` in its row; runs on
    rows = grid.lanes([before, middle, after], monday, sunday)
    assert [[(s.span, s.entry) for s in row] for row in rows] == [
        [(2, before), (2, None), (3, after)],
        [(1, None), (3, middle), (3, None)],
    ]
    assert rows[0][0].continues_before and not rows[0][0].continues_after
    assert rows[0][2].continues_after
    assert all(sum(segment.span for segment in row) == 7 for row in rows)


def test_ranges_outside_the_week_take_no_row():
    assert grid.lanes([Span(day(10, 1), day(10, 5))], day(10, 27), day(11, 2)) == []
