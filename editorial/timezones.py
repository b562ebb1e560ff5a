"""Dates in the campaign's own time zone, always with the zone named.

Editors and readers should never have to know an offset: every date the site shows is in
settings.TIME_ZONE and says which zone it is in ("Thu 20 Oct, 18:00 PDT"). Templates use the
`zoned` filter (editorial/templatetags/zoned.py); Python code (calendars, emails, exports)
uses these functions, built on common/timezones.py.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from django.utils import timezone

from common.timezones import format_zoned as _format_zoned
from common.timezones import site_zone

# The calendar's and the dashboard's short form: "Thu 20 Oct, 18:00 PDT".
ZONED_FORMAT = "D j M, H:i T"


def format_zoned(
    value: datetime | None, fmt: str = ZONED_FORMAT, zone: tzinfo | None = None
) -> str:
    """`common.timezones.format_zoned` with the calendar's short form by default."""
    return _format_zoned(value, fmt, zone)


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
