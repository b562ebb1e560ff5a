"""Calendar files (.ics) built with the icalendar library. `CalendarEvent` is plain data, so
anything that lists events (an event page, a calendar feed) can build one and reuse this.

A file is written in the active language (the page's: a Spanish event's file is Spanish), and
says so: the texts it adds are translated and its text properties carry LANGUAGE, so a calendar
app that reads aloud or spell-checks picks the right language.

A repeating event is one VEVENT with an RRULE (and an EXDATE per skipped date), its DTSTART on
the local clock with the zone's TZID, and the file carries that zone's VTIMEZONE: Google, Apple
and Outlook then repeat it at the same local time across daylight saving."""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import translation
from django.utils.translation import gettext
from icalendar import Calendar, Event


@dataclass(frozen=True)
class CalendarEvent:
    """`start`/`end` are aware datetimes, or dates for an all-day event (end exclusive)."""

    uid: str
    title: str
    start: datetime | date
    end: datetime | date
    url: str = ""
    location: str = ""
    description: str = ""
    # A repeat rule (icalendar's vRecur mapping, e.g. {"freq": "MONTHLY", "byday": "1TU"})
    # and the starts of the dates it skips; `start` is then aware in the event's zone.
    rule: dict | None = None
    skipped: tuple[datetime, ...] = ()
    # Rises each time the event's time or place changes (RFC 5545): a calendar app replaces
    # the entry it has under this `uid` only with a file whose SEQUENCE is higher.
    sequence: int = 0


def event_calendar(*events: CalendarEvent, name: str = "") -> bytes:
    """A complete iCalendar file with one VEVENT per event."""
    language = translation.get_language() or "en"
    text = {"language": language}
    calendar = Calendar()
    calendar.add("prodid", f"-//Campaign site//Events//{language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("summary", item.title, parameters=text)
        event.add("dtstart", item.start)
        event.add("dtend", item.end)
        if item.rule:
            event.add("rrule", item.rule)
            if item.skipped:
                event.add("exdate", list(item.skipped))
        event.add("dtstamp", datetime.now().astimezone())
        if item.sequence:
            event.add("sequence", item.sequence)
        if item.url:
            event.add("url", item.url)
        if item.location:
            event.add("location", item.location, parameters=text)
        details = gettext("More about this event: %(url)s") % {"url": item.url} if item.url else ""
        description = "\n\n".join(part for part in [item.description, details] if part)
        if description:
            event.add("description", description, parameters=text)
        calendar.add_component(event)
    if any(item.rule for item in events):
        # One-off events are written in UTC and need no zone; a rule needs its zone's rules.
        calendar.add_missing_timezones()
    return calendar.to_ical()
