"""Reminders reach the people going to an event at the event's local hour, the day before
(with the cancel link and calendar file) and on the morning, across a daylight-saving change,
in each attendee's language, once, and only while the editor leaves them switched on."""

import datetime as dt

import pytest
from django.core import mail
from freezegun import freeze_time
from icalendar import Calendar

from actions.models import RSVP, Moderation
from tests.i18n.spanish import translate

from .reminder_helpers import AFTER_FALL_BACK, AFTER_SPRING_FORWARD, rsvp, run_scheduler, utc, vigil

pytestmark = pytest.mark.django_db

# (event day, 10:00 the day before in UTC, 07:00 on the day in UTC, the zone's name then)
CLOCK_CHANGES = [
    pytest.param(AFTER_FALL_BACK, utc(2027, 11, 7, 18), utc(2027, 11, 8, 15), "PST", id="fall"),
    pytest.param(
        AFTER_SPRING_FORWARD, utc(2027, 3, 14, 17), utc(2027, 3, 15, 14), "PDT", id="spring"
    ),
]


def run_at(moment: dt.datetime) -> list:
    with freeze_time(moment):
        return run_scheduler()


@pytest.mark.parametrize(("day", "day_before", "morning", "zone"), CLOCK_CHANGES)
def test_reminders_go_at_the_events_local_hour_across_a_clock_change(
    day, day_before, morning, zone
):
    event = vigil(day)
    rsvp(event, "ana@example.org")

    # An hour either side of 10:00 is where a reminder timed by the wrong offset would land.
    assert run_at(day_before - dt.timedelta(hours=1)) == []
    assert run_at(day_before - dt.timedelta(seconds=1)) == []
    [reminder] = run_at(day_before)
    assert reminder.to == ["ana@example.org"]
    assert reminder.subject == "Tomorrow: Vigil at Adelanto"
    assert f"When: Monday {day.day} {day:%B} {day.year}, 6:00 PM to 8:00 PM {zone}" in (
        reminder.body
    )
    assert "Times are in the event's time zone: Pacific (Los Angeles, Seattle)." in reminder.body
    assert "/rsvp/cancel/" in reminder.body
    [(filename, content, mimetype)] = reminder.attachments
    assert (filename, mimetype) == ("vigil-at-adelanto.ics", "text/calendar")
    [entry] = Calendar.from_ical(content).walk("VEVENT")
    assert entry.decoded("DTSTART") == event.starts_at

    assert run_at(morning - dt.timedelta(seconds=1)) == []
    [today] = run_at(morning)
    assert today.subject == "Today: Vigil at Adelanto"
    assert f"6:00 PM to 8:00 PM {zone}" in today.body
    assert "/rsvp/cancel/" in today.body
    assert run_at(morning + dt.timedelta(hours=3)) == []


def test_a_rerun_and_a_second_scheduler_never_send_a_reminder_twice():
    event = vigil(AFTER_FALL_BACK)
    rsvp(event, "ana@example.org")
    rsvp(event, "luis@example.org", name="Luis")

    first = run_at(utc(2027, 11, 7, 18, 1))
    again = run_at(utc(2027, 11, 7, 18, 6))

    assert sorted(message.to[0] for message in first) == ["ana@example.org", "luis@example.org"]
    assert again == []
    assert RSVP.objects.filter(day_before_reminded_at__isnull=True).count() == 0


def test_only_people_with_a_place_are_reminded():
    event = vigil(AFTER_FALL_BACK)
    rsvp(event, "going@example.org")
    rsvp(event, "waiting@example.org", status=RSVP.Status.WAITLIST)
    rsvp(event, "cancelled@example.org", status=RSVP.Status.CANCELLED)
    rsvp(event, "held@example.org", moderation=Moderation.HELD)
    rsvp(event, "", name="", anonymised_at=utc(2027, 1, 2))
    # RSVPd after 10:00: the RSVP email they just had says the same.
    rsvp(event, "late@example.org", created_at=utc(2027, 11, 7, 18, 30))

    sent = run_at(utc(2027, 11, 7, 19))

    assert [message.to for message in sent] == [["going@example.org"]]


def test_a_reminder_is_not_sent_late_once_the_next_one_is_due_or_the_event_began():
    event = vigil(AFTER_FALL_BACK)
    rsvp(event, "ana@example.org")

    # The scheduler was down all Sunday: on Monday morning only the morning reminder goes.
    [message] = run_at(utc(2027, 11, 8, 16))
    assert message.subject.startswith("Today:")
    rsvp(event, "luis@example.org")
    assert run_at(utc(2027, 11, 9, 2, 30)) == []  # 18:30 PST: it has begun


def test_switched_off_reminders_are_not_sent():
    quiet = vigil(AFTER_FALL_BACK, remind_day_before=False, remind_morning_of=False)
    rsvp(quiet, "ana@example.org")
    morning_only = vigil(AFTER_FALL_BACK, title="March", slug="march", remind_day_before=False)
    rsvp(morning_only, "luis@example.org")

    assert run_at(utc(2027, 11, 7, 18)) == []
    [morning] = run_at(utc(2027, 11, 8, 15))
    assert (morning.to, morning.subject) == (["luis@example.org"], "Today: March")


def test_an_early_event_is_reminded_the_evening_before():
    event = vigil(AFTER_FALL_BACK, start_time=dt.time(6, 30), end_time=dt.time(8, 0))
    rsvp(event, "ana@example.org")

    assert [m.subject for m in run_at(utc(2027, 11, 7, 18))] == ["Tomorrow: Vigil at Adelanto"]
    assert run_at(utc(2027, 11, 8, 2, 59)) == []  # 18:59 PST
    [evening] = run_at(utc(2027, 11, 8, 3))  # 19:00 PST
    assert evening.subject == "Early tomorrow: Vigil at Adelanto"
    assert "6:30 AM to 8:00 AM PST" in evening.body


def test_a_spanish_rsvp_is_reminded_in_spanish_with_links_to_the_spanish_page():
    event = vigil(AFTER_FALL_BACK)
    translate(event, title="Vigilia en Adelanto")
    rsvp(event, "rosa@example.org", name="Rosa Díaz", language="es")

    [reminder] = run_at(utc(2027, 11, 7, 18))

    assert reminder.subject == "Mañana: Vigilia en Adelanto"
    assert reminder.body.startswith("Hola, Rosa Díaz:")
    assert "lunes 8 de noviembre de 2027, 18:00 a 20:00 PST" in reminder.body
    assert "Pacífico (Los Ángeles, Seattle)" in reminder.body
    cancel = next(line for line in reminder.body.splitlines() if "/rsvp/cancel/" in line)
    assert cancel.startswith("http://testserver/es/")
    [(_name, content, _type)] = reminder.attachments
    [entry] = Calendar.from_ical(content).walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Vigilia en Adelanto"
    assert len(mail.outbox) == 1


def test_an_all_day_event_is_reminded_the_day_before_and_that_morning():
    event = vigil(AFTER_FALL_BACK, start_time=None, end_time=None)
    rsvp(event, "ana@example.org")

    [day_before] = run_at(utc(2027, 11, 7, 18))
    assert "When: Monday 8 November 2027, all day" in day_before.body
    [morning] = run_at(utc(2027, 11, 8, 15))
    assert morning.subject == "Today: Vigil at Adelanto"
