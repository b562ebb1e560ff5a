"""A monthly organising call is checked in and asked for feedback each month: the door screen,
its walk-ins, the feedback emails and the stewards' results are per date, and the day-before
reminder of a later date goes to that date's attendees only."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.urls import reverse
from freezegun import freeze_time

from actions.jobs import send_event_feedback
from actions.models import RSVP, EventFeedback
from common.recurrence import Repeat
from tests.actions.helpers import make_event
from tests.helpers import count_queries

from .checkin_helpers import rsvp
from .reminder_helpers import rsvp as reminded_rsvp
from .reminder_helpers import run_scheduler, utc

pytestmark = pytest.mark.django_db

# The first Tuesday of March, April and May 2027, 6 to 7 pm in Los Angeles (PST, then PDT).
MARCH, APRIL, MAY = dt.date(2027, 3, 2), dt.date(2027, 4, 6), dt.date(2027, 5, 4)
# 17:30 PDT on the April call's day: already 7 April in UTC.
AT_THE_APRIL_DOOR = utc(2027, 4, 7, 0, 30)


def monthly_call(**fields):
    defaults = {
        "title": "Organising call",
        "slug": "organising-call",
        "start_date": MARCH,
        "start_time": dt.time(18, 0),
        "end_time": dt.time(19, 0),
        "time_zone": "America/Los_Angeles",
        "repeat": Repeat.MONTHLY_WEEKDAY,
        "repeat_count": 3,
        "capacity": None,
    }
    return make_event(**{**defaults, **fields})


def start_of(call, day: dt.date) -> dt.datetime:
    return call.occurrence_on(day)[0]


@pytest.fixture
def call():
    return monthly_call()


@pytest.fixture
def people(call):
    """Luis comes in March and April, Ana in April, Rosa in May."""
    return {
        "luis_march": rsvp(call, "Luis Ortega", occurrence_start=start_of(call, MARCH)),
        "luis_april": rsvp(call, "Luis Ortega", occurrence_start=start_of(call, APRIL)),
        "ana_april": rsvp(call, "Ana Reyes", occurrence_start=start_of(call, APRIL)),
        "rosa_may": rsvp(call, "Rosa Díaz", occurrence_start=start_of(call, MAY)),
    }


def check_in_url(call, day: dt.date | None = None) -> str:
    url = reverse("actions_check_in", args=[call.pk])
    return f"{url}?date={day.isoformat()}" if day else url


# Check-in -------------------------------------------------------------------------------


def test_the_door_opens_on_the_local_date_of_today_with_that_dates_names_only(
    client, call, people, data_steward
):
    with freeze_time(AT_THE_APRIL_DOOR):  # signed in then: a session ends after two weeks
        client.force_login(data_steward)
        html = client.get(check_in_url(call)).content.decode()

    assert 'value="2027-04-06" selected' in html
    assert "Ana Reyes" in html and "Luis Ortega" in html and "Rosa Díaz" not in html
    assert "0</strong> arrived of 2 expected" in html
    assert "PDT" in html  # the date's time, in the event's zone, named

    client.force_login(data_steward)
    may = client.get(check_in_url(call, MAY)).content.decode()
    assert "Rosa Díaz" in may and "Ana Reyes" not in may
    assert 'value="2027-05-04" selected' in may


def test_a_date_the_event_does_not_take_place_on_is_refused(client, call, data_steward):
    client.force_login(data_steward)

    for bad in ("2027-04-07", "2027-13-01", "april", "2027-04-06x", "0" * 5000):
        assert client.get(check_in_url(call) + "?date=" + bad).status_code == 404
    response = client.post(
        check_in_url(call), {"action": "arrived", "rsvp": "1", "date": "2027-04-07"}
    )
    assert response.status_code == 404


def test_marking_and_undoing_are_for_the_chosen_date_only(client, call, people, data_steward):
    client.force_login(data_steward)
    april, march = people["luis_april"], people["luis_march"]

    done = client.post(
        check_in_url(call), {"action": "arrived", "rsvp": april.pk, "date": "2027-04-06"}
    )
    assert done["Location"] == check_in_url(call, APRIL) + f"#rsvp-{april.pk}"
    # March's Luis is not on April's screen: a tap sent with April's date changes nothing.
    client.post(check_in_url(call), {"action": "arrived", "rsvp": march.pk, "date": "2027-04-06"})

    march.refresh_from_db()
    april.refresh_from_db()
    assert april.attended_at is not None and march.attended_at is None
    assert "1</strong> arrived of 2 expected" in client.get(check_in_url(call, APRIL)).text
    assert "0</strong> arrived of 1 expected" in client.get(check_in_url(call, MARCH)).text

    client.post(check_in_url(call), {"action": "undo", "rsvp": april.pk, "date": "2027-05-04"})
    april.refresh_from_db()
    assert april.attended_at is not None  # undone only from April's screen
    client.post(check_in_url(call), {"action": "undo", "rsvp": april.pk, "date": "2027-04-06"})
    april.refresh_from_db()
    assert april.attended_at is None


def test_a_walk_in_is_for_the_date_at_the_door(client, call, people, data_steward):
    client.force_login(data_steward)
    walk_in = {"action": "walk_in", "language": "en", "date": "2027-05-04"}

    # Ana RSVPd for April only: at May's door she is a walk-in of May, April's RSVP untouched.
    client.post(check_in_url(call), {**walk_in, "name": "Ana Reyes", "email": "ana@example.org"})
    client.post(check_in_url(call), {**walk_in, "name": "Sam Lee", "email": ""})
    # Rosa RSVPd for May: her RSVP is checked in, no second one.
    client.post(check_in_url(call), {**walk_in, "name": "Rosa", "email": "ROSA@example.org"})

    may = RSVP.objects.filter(occurrence_start=start_of(call, MAY))
    assert sorted(may.values_list("name", "walk_in")) == [
        ("Ana Reyes", True),
        ("Rosa Díaz", False),
        ("Sam Lee", True),
    ]
    assert all(rsvp.attended_at for rsvp in may)
    people["ana_april"].refresh_from_db()
    assert people["ana_april"].attended_at is None
    assert "3</strong> arrived of 3 expected" in client.get(check_in_url(call, MAY)).text


def test_the_check_in_menu_lists_each_date_of_a_repeating_event_in_its_window(client, data_steward):
    call = monthly_call()
    # Every two weeks, 3 days ago and in 11 days: its series spans the window, no date is in it.
    monthly_call(
        title="Fortnightly call",
        slug="fortnightly",
        start_date=dt.date(2027, 4, 3),
        repeat=Repeat.FORTNIGHTLY,
        repeat_count=2,
    )
    with freeze_time(AT_THE_APRIL_DOOR):
        client.force_login(data_steward)
        html = client.get(reverse("actions_check_in_index")).content.decode()

    assert html.count('check-in__name">Organising call</span>') == 1
    assert f'href="{check_in_url(call, APRIL)}"' in html
    assert "Fortnightly call" not in html


def test_a_repeating_events_door_costs_what_a_one_off_events_does(
    client, call, people, data_steward
):
    one_off = make_event(title="Teach-in", slug="teach-in", start_date=APRIL)
    rsvp(one_off, "Luis Ortega")
    client.force_login(data_steward)
    client.get(check_in_url(one_off))  # the admin's own first-visit queries

    one_off_queries = count_queries(client, check_in_url(one_off))
    dated = count_queries(client, check_in_url(call, APRIL))
    for n in range(20):
        rsvp(call, f"Person {n}", f"p{n}@example.org", occurrence_start=start_of(call, APRIL))

    assert dated == one_off_queries
    assert count_queries(client, check_in_url(call, APRIL)) == dated


# Feedback -------------------------------------------------------------------------------


def feedback_link(message) -> str:
    line = next(line for line in message.body.splitlines() if "/feedback/" in line)
    return line.strip().replace("http://testserver", "")


def test_each_date_is_asked_after_it_ends_its_own_attendees_once(client, call, people):
    people["luis_april"].attended_at = AT_THE_APRIL_DOOR
    people["luis_april"].save()

    with freeze_time(utc(2027, 4, 7, 1, 30)):  # 18:30 PDT: the April call is on
        assert send_event_feedback() is None
    # 21:30 PDT, 2.5 hours after April's call: March is more than a week ago, May to come.
    with freeze_time(utc(2027, 4, 7, 4, 30)):
        assert send_event_feedback() == "asked 1 attendee for feedback"
        assert send_event_feedback() is None
    (april,) = mail.outbox
    assert april.to == ["luis@example.org"]  # checked in; Ana was not
    assert "When: Tuesday 6 April 2027, 6:00 PM to 7:00 PM PDT" in april.body
    assert "Times are in the event's time zone: Pacific (Los Angeles, Seattle)." in april.body

    # May: nobody was checked in, so everyone going that date is asked; April's not again.
    # Rosa wrote in Spanish: her email names the date in Spanish.
    RSVP.objects.filter(pk=people["rosa_may"].pk).update(language="es")
    with freeze_time(utc(2027, 5, 5, 5, 0)):
        assert send_event_feedback() == "asked 1 attendee for feedback"
    may = mail.outbox[1]
    assert may.to == ["rosa@example.org"]
    assert "Cuándo: martes 4 de mayo de 2027" in may.body
    assert "PDT" in may.body

    form = client.get(feedback_link(april)).content.decode()
    assert "Tuesday 6 April 2027, 6:00 PM to 7:00 PM PDT" in form
    assert "May 2027" not in form


def test_stewards_see_each_dates_feedback(client, call, people, data_steward):
    for key, rating, text in (("luis_march", 5, "Great in March"), ("luis_april", 2, "Late")):
        people[key].feedback_sent_at = AT_THE_APRIL_DOOR
        people[key].save()
        EventFeedback.objects.create(
            rsvp=people[key],
            rating=rating,
            improve=text,
            created_at=AT_THE_APRIL_DOOR,
            updated_at=AT_THE_APRIL_DOOR,
        )
    people["ana_april"].feedback_sent_at = AT_THE_APRIL_DOOR
    people["ana_april"].save()
    url = reverse("actions_event_feedback", args=[call.pk])
    client.force_login(data_steward)

    everything = client.get(url).content.decode()
    assert "Great in March" in everything and "Late" in everything
    rows = re.findall(
        r'<a href="[^"]*\?date=(\S+)">[^<]*</a></td><td>(\d+)</td><td>(\d+)', everything
    )
    assert rows == [("2027-03-02", "1", "1"), ("2027-04-06", "2", "1")]

    april = client.get(f"{url}?date=2027-04-06").content.decode()
    assert "Late" in april and "Great in March" not in april
    assert "2 were asked for feedback; 1 answered" in april
    assert client.get(f"{url}?date=2027-04-05").status_code == 404


# Reminders ------------------------------------------------------------------------------


def test_the_day_before_reminder_of_the_second_date_goes_to_its_rsvps_only_at_ten():
    call = monthly_call()
    reminded_rsvp(call, "march@example.org", occurrence_start=start_of(call, MARCH))
    reminded_rsvp(call, "april@example.org", occurrence_start=start_of(call, APRIL))
    reminded_rsvp(call, "may@example.org", occurrence_start=start_of(call, MAY))
    ten_am_pdt = utc(2027, 4, 5, 17)

    with freeze_time(ten_am_pdt - dt.timedelta(seconds=1)):
        assert run_scheduler() == []
    with freeze_time(ten_am_pdt):
        [reminder] = run_scheduler()
        assert run_scheduler() == []

    assert reminder.to == ["april@example.org"]
    assert reminder.subject == "Tomorrow: Organising call"
    assert "When: Tuesday 6 April 2027, 6:00 PM to 7:00 PM PDT" in reminder.body


def test_the_door_and_the_rsvp_list_link_to_each_other_on_the_same_date(
    client, call, people, data_steward
):
    client.force_login(data_steward)

    door = client.get(check_in_url(call, APRIL)).content.decode()
    link = re.search(r'<a href="([^"]+)">All RSVPs for this event', door).group(1)
    names = client.get(link.replace("&amp;", "&")).content.decode()
    assert "Ana Reyes" in names and "Rosa Díaz" not in names  # April's list
    assert f'href="{check_in_url(call, APRIL)}"' in names.replace("&amp;", "&")
