"""Calendar files (.ics) built with the icalendar library. `CalendarEvent` is plain data, so
anything that lists events (an event page, a calendar feed) can build one and reuse this.

A file is written in the active language (the page's: a Spanish event's file is Spanish), and
says so: the texts it adds are translated and its text properties carry LANGUAGE, so a calendar
app that reads aloud or spell-checks picks the right language."""

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
    return calendar.to_ical()
