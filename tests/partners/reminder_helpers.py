"""Events and RSVPs for the reminder tests: an evening vigil in Los Angeles on the Monday after
each of 2027's clock changes, and attendees who RSVPd well before."""

import datetime as dt
from datetime import UTC

from django.core import mail

from actions.jobs import send_event_reminders
from actions.models import RSVP, Moderation
from campaigns.models import EventPage
from tests.actions.helpers import make_event

# The clocks go back on Sunday 7 November 2027 and forward on Sunday 14 March 2027.
AFTER_FALL_BACK = dt.date(2027, 11, 8)
AFTER_SPRING_FORWARD = dt.date(2027, 3, 15)
# Before any moment the tests freeze, and before the real day they run on.
EARLIER = dt.datetime(2026, 1, 1, tzinfo=UTC)


def utc(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def vigil(day: dt.date, **fields) -> EventPage:
    """18:00 to 20:00 in Los Angeles on `day`, with room for everyone."""
    defaults = {
        "start_date": day,
        "start_time": dt.time(18, 0),
        "end_time": dt.time(20, 0),
        "time_zone": "America/Los_Angeles",
        "capacity": None,
    }
    return make_event(**{**defaults, **fields})


def rsvp(event, email: str, *, name: str = "Ana López", **fields) -> RSVP:
    return RSVP.objects.create(
        page=event,
        name=name,
        email=email,
        email_normalised=email,
        created_at=fields.pop("created_at", EARLIER),
        moderation=fields.pop("moderation", Moderation.COUNTED),
        **fields,
    )


def run_scheduler() -> list:
    """Run the reminder job (tasks run inline in tests); the emails it sent."""
    before = len(mail.outbox)
    send_event_reminders()
    return mail.outbox[before:]
