"""Dates in the campaign's own time zone, always with the zone named.

Editors and readers should never have to know an offset: every date the site shows is in
settings.TIME_ZONE and says which zone it is in ("Fri 20 Oct 2017, 17:00 PDT"). Python code
(admin lists, exports, share text, calendars, emails) uses these functions; templates use the
`zoned` filter (home/templatetags/zoned.py), built on them.

A format is either Django's date format characters or the name of a format that each language
writes its own way (site_core/formats/): "DATE_CLOCK_ZONE_FORMAT" is "20 October 2017, 5:00 PM
PDT" in English and "20 de octubre de 2017, 17:00 PDT" in Spanish."""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import dateformat, formats, timezone

# Sorts as text and reads at a glance in a spreadsheet: "2017-10-20 17:00 PDT".
EXPORT_FORMAT = "Y-m-d H:i T"
# Admin lists: "Fri 20 Oct 2017, 17:00 PDT".
LIST_FORMAT = "DAY_DATE_YEAR_CLOCK_ZONE_FORMAT"
# The calendar, the dashboard and the `zoned` template filter: "Thu 20 Oct, 18:00 PDT".
ZONED_FORMAT = "DAY_DATE_CLOCK_ZONE_FORMAT"
# The zone abbreviation in a Django date format: a "T" not escaped with a backslash.
_ZONE_NAME = re.compile(r"(?<!\\)T")


def site_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def format_zoned(value: datetime | None, fmt: str = LIST_FORMAT, zone: tzinfo | None = None) -> str:
    """`value` in the site's zone (or `zone`) in `fmt` (format characters, or a named format
    in the active language); a "T" prints the zone's abbreviation for that date, so PST and
    PDT are told apart. Naive datetimes are taken to be in the zone already."""
    if value is None:
        return ""
    zone = zone or site_zone()
    if timezone.is_naive(value):
        value = value.replace(tzinfo=zone)
    local = value.astimezone(zone)
    # Django prints no abbreviation for a wall-clock time that happens twice (the hour when
    # the clocks go back), yet that is exactly when "01:30 PDT" and "01:30 PST" must be told
    # apart. astimezone() knows which one it is, so the abbreviation is written in here.
    name = "".join(f"\\{char}" for char in local.tzname() or "")
    return dateformat.format(local, _ZONE_NAME.sub(lambda _: name, formats.get_format(fmt)))


def zone_abbreviations(zone: tzinfo | None = None, year: int | None = None) -> str:
    """The names the zone goes by in a year, winter first: "PST/PDT", or "UTC"."""
    zone = zone or site_zone()
    year = year or timezone.now().year
    names = []
    for month in (1, 7):
        name = datetime(year, month, 1, 12, tzinfo=zone).tzname() or str(zone)
        if name not in names:
            names.append(name)
    return "/".join(names)


def zone_label(zone: tzinfo | None = None, at: datetime | None = None) -> str:
    """The zone as an editor reads it, at a given moment (default now), e.g.
    "America/Los_Angeles (PDT, UTC−07:00)". Defaults to the site's zone."""
    zone = zone or site_zone()
    moment = (at or timezone.now()).astimezone(zone)
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "+" if minutes >= 0 else "−"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{zone} ({moment.tzname()}, UTC{sign}{hours:02d}:{minutes:02d})"
