"""Repeat rules worked out on the local clock (common.recurrence) and written into calendar
files: no database, so fast."""

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar

from common.calendar import CalendarEvent, event_calendar
from common.recurrence import Repeat, describe, ical_rule, occurrence_starts

PACIFIC = ZoneInfo("America/Los_Angeles")
# Tuesday 5 January 2027, 6 pm: the first Tuesday of its month, in winter (PST).
FIRST = dt.datetime(2027, 1, 5, 18, 0)


def test_first_tuesday_at_6_pm_pacific_stays_6_pm_local_across_daylight_saving():
    starts = occurrence_starts(Repeat.MONTHLY_WEEKDAY, FIRST, PACIFIC, count=12)

    assert [start.date() for start in starts][:5] == [
        dt.date(2027, 1, 5),
        dt.date(2027, 2, 2),
        dt.date(2027, 3, 2),
        dt.date(2027, 4, 6),
        dt.date(2027, 5, 4),
    ]
    assert len(starts) == 12
    assert all(start.weekday() == 1 and start.day <= 7 for start in starts)
    assert {(start.hour, start.minute) for start in starts} == {(18, 0)}
    # The same local time is a different UTC time in summer: 02:00 UTC in winter, 01:00 UTC
    # once the clocks have gone forward (14 March 2027) and until they go back (7 November).
    utc_hours = [start.astimezone(dt.UTC).hour for start in starts]
    # (Tuesday 2 November is still summer time.)
    assert utc_hours == [2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2]
    assert [start.tzname() for start in starts[2:4]] == ["PST", "PDT"]


def test_last_thursday_weekly_fortnightly_and_same_date_rules():
    last_thursday = dt.datetime(2027, 1, 28, 18, 0)
    starts = occurrence_starts(
        Repeat.MONTHLY_LAST_WEEKDAY, last_thursday, PACIFIC, until=dt.date(2027, 4, 30)
    )
    assert [s.date() for s in starts] == [
        dt.date(2027, 1, 28),
        dt.date(2027, 2, 25),
        dt.date(2027, 3, 25),
        dt.date(2027, 4, 29),
    ]
    fortnightly = occurrence_starts(Repeat.FORTNIGHTLY, FIRST, PACIFIC, count=3)
    assert [s.date() for s in fortnightly] == [
        dt.date(2027, 1, 5),
        dt.date(2027, 1, 19),
        dt.date(2027, 2, 2),
    ]
    monthly = occurrence_starts(Repeat.MONTHLY_DATE, dt.datetime(2027, 1, 15, 9), PACIFIC, count=3)
    assert [s.date() for s in monthly] == [
        dt.date(2027, 1, 15),
        dt.date(2027, 2, 15),
        dt.date(2027, 3, 15),
    ]


def test_skipped_dates_are_taken_out_and_count_as_the_rules_count():
    weekly = occurrence_starts(
        Repeat.WEEKLY, FIRST, PACIFIC, count=4, skipped=[dt.date(2027, 1, 12)]
    )
    assert [s.date() for s in weekly] == [
        dt.date(2027, 1, 5),
        dt.date(2027, 1, 19),
        dt.date(2027, 1, 26),
    ]


def test_the_rule_in_words():
    assert (
        describe(Repeat.MONTHLY_WEEKDAY, FIRST.date(), count=12)
        == "Every month on the first Tuesday, 12 times"
    )
    assert describe(Repeat.MONTHLY_LAST_WEEKDAY, dt.date(2027, 1, 28)) == (
        "Every month on the last Thursday"
    )


def test_calendar_file_has_one_repeating_event_in_the_events_zone():
    first = FIRST.replace(tzinfo=PACIFIC)
    rule = ical_rule(Repeat.MONTHLY_WEEKDAY, first, PACIFIC, until=dt.date(2027, 12, 31))
    skipped = (dt.datetime(2027, 7, 6, 18, 0, tzinfo=PACIFIC),)
    ics = event_calendar(
        CalendarEvent(
            uid="event-1@example.org",
            title="Organising call",
            start=first,
            end=first + dt.timedelta(hours=1),
            rule=rule,
            skipped=skipped,
        )
    )
    text = ics.decode()
    assert "DTSTART;TZID=America/Los_Angeles:20270105T180000" in text
    assert "RRULE:FREQ=MONTHLY;UNTIL=20280101T075959Z;BYDAY=1TU" in text
    assert "EXDATE;TZID=America/Los_Angeles:20270706T180000" in text
    calendar = Calendar.from_ical(ics)
    (vevent,) = calendar.walk("VEVENT")
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "America/Los_Angeles"
    assert {c.name for c in zone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    assert vevent.decoded("DTSTART") == first
