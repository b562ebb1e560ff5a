"""Repeat rules for events that happen again and again (a monthly organising call), in words
editors use: every week, every 2 weeks, every month on the same weekday ("the first Tuesday",
"the last Thursday") or on the same date, until a date or a number of times, minus skipped dates.

Occurrences are worked out on the local wall clock and only then placed in the event's zone,
so a 6 pm Pacific call is at 6 pm in January (PST) and in July (PDT): its UTC time moves with
daylight saving, as people expect. python-dateutil's rrule does the counting; the same rule is
written into calendar files as an RRULE (`ical_rule`), so calendar apps repeat it the same way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.db import models
from django.utils import formats
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

# Enough for five years of a monthly call or a year of a weekly one; more than that is a
# mistake in the "until" date (and a page listing hundreds of dates nobody reads).
MAX_OCCURRENCES = 60


class Repeat(models.TextChoices):
    NEVER = "", _("Does not repeat")
    WEEKLY = "weekly", _("Every week, on the same weekday")
    FORTNIGHTLY = "fortnightly", _("Every 2 weeks, on the same weekday")
    MONTHLY_WEEKDAY = "monthly_weekday", _("Every month, on the same weekday (e.g. first Tuesday)")
    MONTHLY_LAST_WEEKDAY = (
        "monthly_last_weekday",
        _("Every month, on the last of that weekday (e.g. last Thursday)"),
    )
    MONTHLY_DATE = "monthly_date", _("Every month, on the same date (e.g. the 15th)")


_WEEKDAYS = [rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU]
_ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def week_of_month(day: dt.date) -> int:
    """1 for the first Tuesday of its month, 2 for the second…, 5 for a fifth."""
    return (day.day - 1) // 7 + 1


def is_last_weekday(day: dt.date) -> bool:
    """Whether no later day of the month falls on the same weekday."""
    return (day + dt.timedelta(days=7)).month != day.month


def _rule(repeat: str, first: dt.datetime, until: dt.date | None, count: int | None):
    """dateutil's rule for naive local `first`: the wall-clock times, zone not yet applied."""
    weekday = _WEEKDAYS[first.weekday()]
    options = {"dtstart": first, "count": count}
    if until and not count:
        options["until"] = dt.datetime.combine(until, dt.time.max)
    if repeat in (Repeat.WEEKLY, Repeat.FORTNIGHTLY):
        interval = 2 if repeat == Repeat.FORTNIGHTLY else 1
        return rrule.rrule(rrule.WEEKLY, interval=interval, **options)
    if repeat == Repeat.MONTHLY_WEEKDAY:
        return rrule.rrule(rrule.MONTHLY, byweekday=weekday(week_of_month(first)), **options)
    if repeat == Repeat.MONTHLY_LAST_WEEKDAY:
        return rrule.rrule(rrule.MONTHLY, byweekday=weekday(-1), **options)
    if repeat == Repeat.MONTHLY_DATE:
        return rrule.rrule(rrule.MONTHLY, bymonthday=first.day, **options)
    raise ValueError(f"Not a repeat rule: {repeat!r}")


def occurrence_starts(
    repeat: str,
    first: dt.datetime,
    zone: ZoneInfo,
    *,
    until: dt.date | None = None,
    count: int | None = None,
    skipped: Iterable[dt.date] = (),
    limit: int = MAX_OCCURRENCES + 1,
) -> list[dt.datetime]:
    """The starts of a repeating event, aware in `zone`, at most `limit` of them.

    `first` is the first start's local wall-clock time (naive, or aware in `zone`); every
    occurrence keeps that wall-clock time. A `count` counts the dates the rule makes before the
    skipped ones are taken out, as calendar apps count an RRULE's COUNT beside its EXDATEs."""
    first = first.replace(tzinfo=None)
    skipped = set(skipped)
    starts = []
    for local in _rule(repeat, first, until, count):
        if local.date() in skipped:
            continue
        starts.append(local.replace(tzinfo=zone))
        if len(starts) >= limit:
            break
    return starts


def rule_dates(repeat: str, first: dt.datetime, *, until=None, count=None, limit: int) -> set:
    """Every local date the rule makes, skipped ones included (to check a skipped date is one)."""
    dates = set()
    for local in _rule(repeat, first.replace(tzinfo=None), until, count):
        dates.add(local.date())
        if len(dates) >= limit:
            break
    return dates


def ical_rule(repeat: str, first: dt.datetime, zone: ZoneInfo, *, until=None, count=None) -> dict:
    """The rule as an iCalendar RRULE (icalendar's vRecur mapping). UNTIL is in UTC, as
    RFC 5545 asks when DTSTART names its zone: the end of the "until" day, in the event's zone."""
    rule: dict = {}
    day = _ICAL_DAYS[first.weekday()]
    if repeat in (Repeat.WEEKLY, Repeat.FORTNIGHTLY):
        rule["freq"] = "WEEKLY"
        if repeat == Repeat.FORTNIGHTLY:
            rule["interval"] = 2
        rule["byday"] = day
    else:
        rule["freq"] = "MONTHLY"
        if repeat == Repeat.MONTHLY_WEEKDAY:
            rule["byday"] = f"{week_of_month(first.date())}{day}"
        elif repeat == Repeat.MONTHLY_LAST_WEEKDAY:
            rule["byday"] = f"-1{day}"
        else:
            rule["bymonthday"] = first.day
    if count:
        rule["count"] = count
    elif until:
        end_of_day = dt.datetime.combine(until, dt.time(23, 59, 59), zone)
        rule["until"] = end_of_day.astimezone(dt.UTC)
    return rule


def _ordinal(n: int) -> str:
    return {
        1: pgettext("nth weekday of the month", "first"),
        2: pgettext("nth weekday of the month", "second"),
        3: pgettext("nth weekday of the month", "third"),
        4: pgettext("nth weekday of the month", "fourth"),
        5: pgettext("nth weekday of the month", "fifth"),
    }[n]


def describe(repeat: str, first: dt.date, *, until=None, count=None) -> str:
    """The rule in words, in the active language: "Every month on the first Tuesday, 12 times"."""
    weekday = formats.date_format(first, "l")
    if repeat == Repeat.WEEKLY:
        text = gettext("Every week on %(weekday)s") % {"weekday": weekday}
    elif repeat == Repeat.FORTNIGHTLY:
        text = gettext("Every 2 weeks on %(weekday)s") % {"weekday": weekday}
    elif repeat == Repeat.MONTHLY_WEEKDAY:
        text = gettext("Every month on the %(nth)s %(weekday)s") % {
            "nth": _ordinal(week_of_month(first)),
            "weekday": weekday,
        }
    elif repeat == Repeat.MONTHLY_LAST_WEEKDAY:
        text = gettext("Every month on the last %(weekday)s") % {"weekday": weekday}
    else:
        text = gettext("Every month on day %(day)s") % {"day": first.day}
    if count:
        return gettext("%(rule)s, %(count)s times") % {"rule": text, "count": count}
    if until:
        return gettext("%(rule)s, until %(date)s") % {
            "rule": text,
            "date": formats.date_format(until, "DATE_FORMAT"),
        }
    return text
