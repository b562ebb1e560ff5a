"""A repeating event from one page (a weekly or monthly organising call): its next dates, a
calendar file that repeats, RSVPs per date with places and a waitlist each, and a steward's
list by date. A one-off event is as it was."""

import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from icalendar import Calendar
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from actions.models import RSVP
from campaigns.models import EventPage
from common.recurrence import Repeat
from tests.actions.helpers import attendee, event_index, make_event, places_shown
from tests.factories import EventPageFactory
from tests.helpers import count_queries

pytestmark = pytest.mark.django_db
PACIFIC = ZoneInfo("America/Los_Angeles")


def weekly_call(first: dt.date | None = None, **fields) -> EventPage:
    """A weekly 6 pm Pacific call, four times, two places a date."""
    first = first or timezone.localdate() + dt.timedelta(days=7)
    defaults = {
        "title": "Organising call",
        "start_date": first,
        "start_time": dt.time(18, 0),
        "end_time": dt.time(19, 0),
        "repeat": Repeat.WEEKLY,
        "repeat_count": 4,
        "capacity": 2,
    }
    return make_event(**{**defaults, **fields})


def dates_of(event: EventPage) -> list[str]:
    return [start.date().isoformat() for start, _end in event.occurrences()]


def test_the_page_lists_the_next_dates_and_the_form_offers_them_next_first(client):
    call = weekly_call()
    html = client.get(call.url).content.decode()

    assert "Every week on" in html and "4 times" in html
    assert "Next dates" in html
    first, second = dates_of(call)[:2]
    assert f'<option value="{first}" selected>' in html
    assert f'<option value="{second}">' in html
    assert "PST" in html or "PDT" in html
    assert places_shown(html) == "2 places left"


def test_one_rsvp_per_email_per_date_with_places_and_waitlist_per_date(client):
    call = weekly_call()
    first, second = dates_of(call)[:2]

    going = client.post(call.url, attendee(occurrence=first, guests="1"))
    assert going["Location"] == f"{call.url}rsvp/going/?date={first}#rsvp-done"
    other_date = client.post(call.url, attendee(occurrence=second))
    assert other_date["Location"].startswith(f"{call.url}rsvp/going/?date={second}")
    # The same person for the same date again: a newcomer's answer, and no second RSVP.
    again = client.post(call.url, attendee(occurrence=first, email="LUIS@example.org"))
    assert again.status_code == 303
    assert RSVP.objects.filter(email_normalised="luis@example.org").count() == 2

    # The first date is full (Luis and a guest); the second still has a place.
    late = client.post(call.url, attendee(occurrence=first, email="late@example.org"))
    assert late["Location"].startswith(f"{call.url}rsvp/waitlist/?date={first}")
    assert RSVP.objects.get(email="late@example.org").status == "waitlist"
    places_url = f"/actions/events/{call.pk}/places.json"
    assert client.get(f"{places_url}?date={first}").json()["places_left"] == 0
    places = client.get(f"{places_url}?date={second}").json()
    assert (places["places_left"], places["date"]) == (1, second)
    assert client.get(f"{places_url}?date=1999-01-01").status_code == 404

    done = client.get(going["Location"]).content.decode()
    assert "Your RSVP is for" in done and f"calendar/?date={first}" in done


def test_the_email_and_its_calendar_file_are_for_the_chosen_date(client):
    call = weekly_call()
    second = call.occurrences()[1][0]

    client.post(call.url, attendee(occurrence=second.date().isoformat()))

    (message,) = mail.outbox
    assert (
        second.strftime("%-d") in message.body and "this RSVP is for the date above" in message.body
    )
    assert f"calendar/?date={second:%Y-%m-%d}" in message.body
    (vevent,) = Calendar.from_ical(message.attachments[0][1]).walk("VEVENT")
    assert vevent.decoded("DTSTART") == second
    assert "RRULE" not in vevent
    assert RSVP.objects.get().occurrence_start == second


def test_cancel_link_cancels_that_dates_rsvp_and_seats_that_dates_waitlist(client):
    call = weekly_call(capacity=1)
    first, second = dates_of(call)[:2]
    client.post(call.url, attendee(occurrence=first))
    client.post(call.url, attendee(occurrence=second))
    client.post(call.url, attendee(occurrence=first, email="wait@example.org"))
    line = next(line for line in mail.outbox[0].body.splitlines() if "/rsvp/cancel/" in line)
    link = line.strip().replace("http://testserver", "")

    assert "Your RSVPs for other dates stay as they are" in client.get(link).content.decode()
    client.post(link)

    status = {
        (r.email, f"{r.occurrence_start.astimezone(PACIFIC):%Y-%m-%d}"): r.status
        for r in RSVP.objects.all()
    }
    assert status == {
        ("luis@example.org", first): "cancelled",
        ("luis@example.org", second): "going",
        ("wait@example.org", first): "going",
    }


def test_the_calendar_file_is_one_repeating_event_in_the_events_zone(client):
    call = weekly_call()
    skipped = call.occurrences()[2][0]
    call.skipped_dates = f"{skipped:%Y-%m-%d}"
    call.save_revision().publish()
    call = EventPage.objects.get(pk=call.pk)

    response = client.get(call.url + "calendar/")

    calendar = Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["America/Los_Angeles"]
    assert vevent["DTSTART"].params["TZID"] == "America/Los_Angeles"
    assert vevent.decoded("DTSTART").astimezone(PACIFIC).hour == 18
    assert vevent["RRULE"]["FREQ"] == ["WEEKLY"] and vevent["RRULE"]["COUNT"] == [4]
    (exdate,) = vevent["EXDATE"].dts
    assert exdate.dt == skipped
    assert len(call.occurrences()) == 3
    one_date = client.get(call.url + f"calendar/?date={call.occurrences()[1][0]:%Y-%m-%d}")
    (single,) = Calendar.from_ical(one_date.content).walk("VEVENT")
    assert single.decoded("DTSTART") == call.occurrences()[1][0] and "RRULE" not in single


def test_a_one_off_events_calendar_file_is_as_before(client):
    event = make_event()
    text = client.get(event.url + "calendar/").content.decode()

    assert "RRULE" not in text and "VTIMEZONE" not in text and "EXDATE" not in text
    start = event.starts_at.astimezone(dt.UTC)
    assert f"DTSTART:{start:%Y%m%dT%H%M%S}Z" in text
    assert f"UID:event-{event.pk}@testserver" in text


def test_it_is_upcoming_until_its_last_date_and_listed_by_its_next_one(client):
    today = timezone.localdate()
    call = weekly_call(first=today - dt.timedelta(days=14), title="Weekly call")
    soon = make_event(title="Rally next month", start_date=today + dt.timedelta(days=30))
    next_start = call.occurrences()[2][0]

    assert call.local_start == next_start and not call.is_past
    html = client.get(event_index().url).content.decode()
    upcoming = html.split("Past events")[0] if "Past events" in html else html
    assert upcoming.index("Weekly call") < upcoming.index("Rally next month")
    assert soon.title in upcoming
    assert (
        f'<option value="{next_start:%Y-%m-%d}" selected>' in client.get(call.url).content.decode()
    )

    ended = weekly_call(first=today - dt.timedelta(days=35), title="Old call")
    assert ended.is_past


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"repeat_until": dt.date(2027, 1, 1)}, "repeat_until", "not after the start date"),
        ({"repeat_until": dt.date(2029, 1, 1)}, "repeat_until", "more than 60 dates"),
        ({"repeat_count": 61}, "repeat_count", "from 2 to 60"),
        ({"repeat_count": 3, "repeat_until": dt.date(2027, 6, 1)}, "repeat_count", "not both"),
        ({}, "repeat_until", "Say until when"),
        ({"repeat_count": 3, "start_date": dt.date(2027, 1, 29)}, "repeat", "fifth Friday"),
        ({"repeat_count": 3, "start_time": None, "end_time": None}, "repeat", "start time"),
        ({"repeat_count": 3, "skipped_dates": "2027-01-09"}, "skipped_dates", "not one of"),
        ({"repeat_count": 3, "skipped_dates": "9 Jan"}, "skipped_dates", "is not a date"),
    ],
)
def test_a_repeat_rule_that_cannot_work_is_refused_in_plain_words(fields, field, message):
    defaults = {
        "start_date": dt.date(2027, 1, 8),
        "start_time": dt.time(18),
        "end_time": dt.time(19),
        "repeat": Repeat.MONTHLY_WEEKDAY if "start_date" in fields else Repeat.WEEKLY,
        "repeat_count": None,
    }
    page = EventPageFactory.build(**{**defaults, **fields})
    with pytest.raises(ValidationError) as refused:
        page.clean()
    assert message in " ".join(refused.value.message_dict[field])


def test_stewards_see_filter_and_export_rsvps_by_date(client, django_user_model):
    call = weekly_call()
    first, second = call.occurrences()[0][0], call.occurrences()[1][0]
    client.post(call.url, attendee(occurrence=f"{first:%Y-%m-%d}", email="one@example.org"))
    client.post(call.url, attendee(occurrence=f"{second:%Y-%m-%d}", email="two@example.org"))
    steward = django_user_model.objects.create_user("steward", "steward@example.org", "pw")
    steward.groups.add(Group.objects.get(name="Data stewards"))
    client.force_login(steward)

    listed = client.get("/admin/actions/rsvp/", {"event": call.pk, "date": first.isoformat()})
    html = listed.content.decode()
    assert "one@example.org" in html and "two@example.org" not in html

    export = client.get("/admin/actions/rsvp/?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    heading = rows[0]
    dates = {row[heading.index("Email")]: row[heading.index("Date (PST/PDT)")] for row in rows[1:]}
    assert dates["one@example.org"].startswith(f"{first:%Y-%m-%d} 18:00")


def test_an_editor_makes_a_monthly_call_in_the_page_editor(client, django_user_model):
    index = event_index()
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    data = nested_form_data(
        {
            "title": "First Tuesday call",
            "slug": "first-tuesday-call",
            "start_date": "2027-01-05",
            "start_time": "18:00",
            "end_date": "",
            "end_time": "19:00",
            "time_zone": "America/Los_Angeles",
            "repeat": "monthly_weekday",
            "repeat_until": "",
            "repeat_count": "12",
            "skipped_dates": "2027-07-06",
            "summary": "",
            "body": streamfield([]),
            "rsvp_enabled": "on",
            "capacity": "",
            "cohost_links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    response = client.post(f"/admin/pages/add/campaigns/eventpage/{index.pk}/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    page = EventPage.objects.get(slug="first-tuesday-call")
    days = [f"{start:%m-%d}" for start, _end in page.occurrences()]
    assert days[:3] == ["01-05", "02-02", "03-02"] and "07-06" not in days and len(days) == 11
    assert page.ends_at.astimezone(PACIFIC).date() == dt.date(2027, 12, 7)


def test_a_repeating_event_costs_the_queries_a_one_off_event_does(client):
    one_off = make_event(title="Rally")
    call = weekly_call()
    index = event_index()
    pages = {"one-off": one_off.url, "repeating": call.url, "index": index.url}
    for url in pages.values():
        client.get(url)
    warm = {name: count_queries(client, url) for name, url in pages.items()}

    assert warm["repeating"] == warm["one-off"], warm
    # The index lists both (and sorts them by their next dates) in the same queries as before.
    weekly_call(title="Another call")
    assert count_queries(client, index.url) == warm["index"]


def test_rsvps_keep_their_date_when_the_editor_moves_the_time(client):
    call = weekly_call()
    second = call.occurrences()[1][0]
    client.post(call.url, attendee(occurrence=f"{second:%Y-%m-%d}", guests="1"))

    call.start_time, call.end_time = dt.time(19, 0), dt.time(20, 0)
    call.save_revision().publish()

    rsvp = RSVP.objects.get()
    assert rsvp.occurrence_start == second + dt.timedelta(hours=1)
    places = client.get(f"/actions/events/{call.pk}/places.json?date={second:%Y-%m-%d}").json()
    assert places["places_left"] == 0
