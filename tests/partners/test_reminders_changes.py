"""A change of an event's time or place, once published, emails everyone going or waiting the
new details and a calendar file that replaces their entry (same UID, higher SEQUENCE), once;
publishing without such a change, or saving a draft, emails nobody."""

import datetime as dt

import pytest
from django.core import mail
from freezegun import freeze_time
from icalendar import Calendar

from actions.models import RSVP
from tests.i18n.spanish import translate

from .reminder_helpers import AFTER_FALL_BACK, rsvp, run_scheduler, utc, vigil

pytestmark = pytest.mark.django_db


def publish_with(event, **fields):
    for name, value in fields.items():
        setattr(event, name, value)
    event.save_revision().publish()
    event.refresh_from_db()
    return event


def calendar_entry(message):
    [(_name, content, _type)] = message.attachments
    [entry] = Calendar.from_ical(content).walk("VEVENT")
    return entry


def test_a_new_time_emails_everyone_going_or_waiting_once_with_a_calendar_update(client):
    event = vigil(AFTER_FALL_BACK, capacity=1)
    rsvp(event, "ana@example.org")
    rsvp(event, "waiting@example.org", status=RSVP.Status.WAITLIST)
    rsvp(event, "cancelled@example.org", status=RSVP.Status.CANCELLED)
    first = calendar_entry_from_page(event, client)

    publish_with(event, start_time=dt.time(19, 0), end_time=dt.time(21, 0))

    assert sorted(message.to[0] for message in mail.outbox) == [
        "ana@example.org",
        "waiting@example.org",
    ]
    going = next(message for message in mail.outbox if message.to == ["ana@example.org"])
    assert going.subject == "New time or place: Vigil at Adelanto"
    assert "When: Monday 8 November 2027, 7:00 PM to 9:00 PM PST" in going.body
    assert "/rsvp/cancel/" in going.body
    entry = calendar_entry(going)
    assert str(entry["UID"]) == str(first["UID"])
    assert int(entry["SEQUENCE"]) > int(first.get("SEQUENCE", 0))
    assert entry.decoded("DTSTART") == utc(2027, 11, 9, 3)
    waiting = next(message for message in mail.outbox if message.to == ["waiting@example.org"])
    assert "still on the waitlist" in waiting.body

    mail.outbox.clear()
    publish_with(event, title="Vigil at Adelanto")  # published again, nothing moved
    publish_with(event, summary="Bring a candle.")
    assert mail.outbox == []


def calendar_entry_from_page(event, client):
    [entry] = Calendar.from_ical(client.get(event.url + "calendar/").content).walk("VEVENT")
    return entry


def test_a_new_place_is_emailed_but_a_draft_of_it_is_not():
    event = vigil(AFTER_FALL_BACK)
    rsvp(event, "ana@example.org")

    event.venue_name = "Adelanto City Hall"
    event.save_revision()
    assert mail.outbox == []

    publish_with(event, venue_name="Adelanto City Hall")
    [message] = mail.outbox
    assert "Where: Adelanto City Hall" in message.body


def test_a_reminder_sent_for_the_old_day_is_sent_again_before_the_new_one():
    event = vigil(AFTER_FALL_BACK)
    rsvp(event, "ana@example.org")
    with freeze_time(utc(2027, 11, 7, 18)):
        assert len(run_scheduler()) == 1
        # Postponed by a week, just after the day-before reminder went.
        publish_with(event, start_date=AFTER_FALL_BACK + dt.timedelta(days=7))
    [changed] = mail.outbox[1:]
    assert "Monday 15 November 2027" in changed.body

    with freeze_time(utc(2027, 11, 8, 15)):
        assert run_scheduler() == []  # the old morning: nothing
    with freeze_time(utc(2027, 11, 14, 18)):
        [again] = run_scheduler()
    assert again.subject == "Tomorrow: Vigil at Adelanto"
    assert "Monday 15 November 2027" in again.body


def test_a_change_after_a_reminder_was_due_stands_in_for_it():
    event = vigil(AFTER_FALL_BACK)
    rsvp(event, "ana@example.org")
    with freeze_time(utc(2027, 11, 7, 18)):
        run_scheduler()
    with freeze_time(utc(2027, 11, 7, 23)):  # 15:00 the day before: a new venue
        publish_with(event, venue_name="Adelanto City Hall")
        assert run_scheduler() == []
    subjects = [message.subject for message in mail.outbox]
    assert subjects == ["Tomorrow: Vigil at Adelanto", "New time or place: Vigil at Adelanto"]


def test_a_spanish_attendee_is_told_in_spanish_with_the_spanish_calendar_entry():
    event = vigil(AFTER_FALL_BACK)
    spanish = translate(event, title="Vigilia en Adelanto")
    rsvp(event, "rosa@example.org", name="Rosa Díaz", language="es")

    publish_with(event, start_time=dt.time(19, 0), end_time=dt.time(21, 0))

    [message] = mail.outbox
    assert message.subject == "Nueva hora o lugar: Vigilia en Adelanto"
    assert "lunes 8 de noviembre de 2027, 19:00 a 21:00 PST" in message.body
    entry = calendar_entry(message)
    assert str(entry["UID"]) == f"event-{spanish.pk}@testserver"
    assert entry.decoded("DTSTART") == utc(2027, 11, 9, 3)
    assert int(entry["SEQUENCE"]) > 0

    # The translator brings the Spanish page up to date later: nobody is emailed again.
    translate(event, start_time=dt.time(19, 0), end_time=dt.time(21, 0))
    assert len(mail.outbox) == 1
