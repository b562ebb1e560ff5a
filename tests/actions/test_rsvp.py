"""RSVPs: places, the waitlist, the calendar file, the private cancel link."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from actions.models import RSVP

from .helpers import attendee, make_event, places_shown

pytestmark = pytest.mark.django_db


def cancel_path(message) -> str:
    line = next(line for line in message.body.splitlines() if "/rsvp/cancel/" in line)
    return line.strip().replace("http://testserver", "")


def test_rsvp_gets_a_place_and_the_page_shows_places_left(client, event):
    assert places_shown(client.get(event.url).content.decode()) == "3 places left"

    response = client.post(event.url, attendee(guests="1", access_needs="A seat near the front"))

    assert response.status_code == 303
    assert response["Location"] == event.url + "rsvp/going/#rsvp-done"
    rsvp = RSVP.objects.get(page=event)
    assert (rsvp.status, rsvp.guests, rsvp.access_needs) == ("going", 1, "A seat near the front")
    done = client.get(response["Location"]).content.decode()
    assert "You have a place" in done
    assert f'href="{event.url}calendar/"' in done
    assert places_shown(client.get(event.url).content.decode()) == "1 place left"


def test_rsvp_email_has_the_calendar_file_and_a_private_cancel_link(client, event):
    client.post(event.url, attendee())

    (message,) = mail.outbox
    assert message.subject == "You have a place: Vigil at Adelanto"
    assert "/rsvp/cancel/" in message.body
    assert "http://testserver" + event.url + "calendar/" in message.body
    filename, content, mimetype = message.attachments[0]
    assert (filename, mimetype) == ("vigil-at-adelanto.ics", "text/calendar")
    (vevent,) = Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Vigil at Adelanto"
    assert vevent.decoded("DTSTART") == event.starts_at
    assert "Adelanto Stadium" in str(vevent["LOCATION"])


def test_calendar_file_is_public_and_the_same_for_everyone(client, event):
    response = client.get(event.url + "calendar/")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    (vevent,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert vevent.decoded("DTEND") == event.ends_at
    assert str(vevent["UID"]) == f"event-{event.pk}@testserver"


def test_rsvp_to_a_full_event_joins_the_waitlist_and_is_told_so(client, event):
    client.post(event.url, attendee(email="a@example.org", guests="2"))
    assert places_shown(client.get(event.url).content.decode()).startswith("This event is full.")

    response = client.post(event.url, attendee(email="late@example.org"))

    assert response["Location"] == event.url + "rsvp/waitlist/#rsvp-done"
    assert "You are on the waitlist" in client.get(response["Location"]).content.decode()
    assert RSVP.objects.get(email="late@example.org").status == "waitlist"
    assert mail.outbox[-1].subject == "You are on the waitlist: Vigil at Adelanto"


def test_a_party_too_large_for_the_places_left_waits_while_a_smaller_one_fits(client, event):
    client.post(event.url, attendee(email="a@example.org", guests="1"))
    client.post(event.url, attendee(email="big@example.org", guests="3"))
    client.post(event.url, attendee(email="solo@example.org"))

    status = dict(RSVP.objects.values_list("email", "status"))
    assert status == {
        "a@example.org": "going",
        "big@example.org": "waitlist",
        "solo@example.org": "going",
    }


def test_cancel_link_frees_the_place_and_promotes_the_first_on_the_waitlist(client, event):
    client.post(event.url, attendee(email="first@example.org", guests="2"))
    client.post(event.url, attendee(email="wait1@example.org"))
    client.post(event.url, attendee(email="wait2@example.org"))
    link = cancel_path(mail.outbox[0])

    shown = client.get(link)
    assert shown.status_code == 200
    assert "Yes, cancel my RSVP" in shown.content.decode()
    assert RSVP.objects.get(email="first@example.org").status == "going", "opening must not cancel"

    response = client.post(link)

    assert response.status_code == 303
    assert "Your RSVP is cancelled" in client.get(response["Location"]).content.decode()
    status = dict(RSVP.objects.values_list("email", "status"))
    assert status == {
        "first@example.org": "cancelled",
        "wait1@example.org": "going",
        "wait2@example.org": "going",
    }
    promoted = [m for m in mail.outbox if m.subject.startswith("A place opened up")]
    assert sorted(m.to[0] for m in promoted) == ["wait1@example.org", "wait2@example.org"]
    client.post(link)
    assert RSVP.objects.filter(status="going").count() == 2


def test_a_forged_cancel_link_is_refused(client, event):
    response = client.post(event.url + "rsvp/cancel/0123-abcd-forged/")
    assert response.status_code == 400
    assert "This cancel link does not work" in response.content.decode()


def test_rsvps_close_when_the_event_starts(client):
    started = timezone.localtime() - dt.timedelta(minutes=30)
    event = make_event(
        start_date=started.date(),
        start_time=started.time(),
        end_date=(started + dt.timedelta(hours=3)).date(),
        end_time=(started + dt.timedelta(hours=3)).time(),
        time_zone=str(timezone.get_current_timezone()),
    )
    assert "RSVPs closed when the event started" in client.get(event.url).content.decode()

    response = client.post(event.url, attendee())

    assert response.status_code == 409
    assert "Your RSVP was not saved" in response.content.decode()
    assert not RSVP.objects.exists()


def test_rsvp_twice_gets_a_newcomers_answer_and_the_details_again_by_email(client, event):
    client.post(event.url, attendee())
    # The reminder goes at most once a day: the first email went out two days ago.
    RSVP.objects.update(last_emailed_at=timezone.now() - dt.timedelta(days=2))
    again = client.post(event.url, attendee(email="LUIS+again@example.org", guests="2"))

    # A newcomer with two guests would not fit in the two places left: the waitlist.
    assert again["Location"] == event.url + "rsvp/waitlist/#rsvp-done"
    assert RSVP.objects.get().status == "going"
    assert RSVP.objects.count() == 1
    assert mail.outbox[-1].subject == "Your RSVP: Vigil at Adelanto"
    assert "You have already RSVPd" in mail.outbox[-1].body


def test_raising_the_capacity_seats_people_from_the_waitlist(client, event):
    for n in range(4):
        client.post(event.url, attendee(email=f"p{n}@example.org"))
    assert RSVP.objects.filter(status="waitlist").count() == 1

    event.capacity = 10
    event.save_revision().publish()

    assert not RSVP.objects.filter(status="waitlist").exists()


def test_rsvp_form_refuses_bad_input_keeping_what_was_typed(client, event):
    response = client.post(event.url, attendee(name="Luis http://spam.example", guests="40"))

    assert response.status_code == 400
    html = response.content.decode()
    assert "it cannot contain a web address" in html
    assert "Choose a number of guests from 0 to 10." in html
    assert 'value="luis@example.org"' in html
    assert not RSVP.objects.exists()


def places_json(client, page):
    response = client.get(f"/actions/events/{page.pk}/places.json")
    return response.status_code, response.json(), response


def test_the_places_json_says_how_many_places_are_left_and_a_cdn_may_keep_it_briefly(
    client, event, settings
):
    client.post(event.url, attendee(guests="1"))

    status, places, response = places_json(client, event)

    assert (status, places) == (200, {"capacity": 3, "places_left": 1})
    seconds = settings.ACTIONS_COUNT_CACHE_SECONDS
    assert response["Cache-Control"] == f"public, max-age={seconds}, s-maxage={seconds}"
    assert not response.cookies and "luis" not in response.content.decode().lower()


def test_the_places_json_says_zero_when_the_event_is_full_and_null_without_a_limit(client, event):
    client.post(event.url, attendee(guests="2"))
    client.post(event.url, attendee(email="late@example.org"))
    assert places_json(client, event)[:2] == (200, {"capacity": 3, "places_left": 0})

    unlimited = make_event(title="Open meeting", slug="open-meeting", capacity=None)
    assert places_json(client, unlimited)[:2] == (200, {"capacity": None, "places_left": None})


def test_the_places_json_knows_no_unpublished_event(client, event):
    event.unpublish()
    status, body, _ = places_json(client, event)
    assert status == 404 and "error" in body


def test_rsvp_email_gives_the_time_on_the_events_own_clock(client):
    """An event in New York at 6 pm is 6 pm in the email, not the campaign zone's 3 pm."""
    eastern = make_event(
        title="Rally in Newark",
        slug="rally-in-newark",
        start_date=timezone.localdate() + dt.timedelta(days=10),
        time_zone="America/New_York",
    )
    client.post(eastern.url, attendee())

    (message,) = mail.outbox
    when = next(line for line in message.body.splitlines() if line.startswith("When:"))
    assert when.endswith(", 6:00 PM (America/New_York)"), when
