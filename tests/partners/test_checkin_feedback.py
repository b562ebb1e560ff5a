"""After the event: one feedback email per attendee, in their language, with a signed link
to a short form that stores one answer per RSVP."""

import datetime as dt
import re
from unittest import mock

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from actions.jobs import send_event_feedback
from actions.models import EventFeedback
from actions.services.retention import anonymise_supporters
from actions.tokens import CANCEL_RSVP, EVENT_FEEDBACK, make_token
from common.request_log import redact
from tests.i18n.spanish import translate

from .checkin_helpers import ended_event, rsvp

pytestmark = pytest.mark.django_db


def feedback_path(message) -> str:
    line = next(line for line in message.body.splitlines() if "/feedback/" in line)
    return line.strip().replace("http://testserver", "")


def post_path(event, path: str) -> str:
    """Where the form posts: the route, through the actions endpoint (as the page's form)."""
    route = path.removeprefix(event.url)
    return reverse("actions:submit_route", args=[event.pk, route])


ANSWERS = {"rating": "4", "improve": "More chairs", "come_again": "yes", "help_organise": "no"}


def test_the_email_goes_once_after_the_event_to_those_who_arrived(event):
    ended = ended_event(title="Teach-in", slug="teach-in")
    came = rsvp(ended, "Luis Ortega", attended_at=timezone.now())
    rsvp(ended, "Ana Reyes")  # had a place, not checked in
    rsvp(event, "Sam Lee", attended_at=timezone.now())  # the event has not happened yet

    assert send_event_feedback() == "asked 1 attendee for feedback"
    assert send_event_feedback() is None

    (message,) = mail.outbox
    assert message.to == [came.email]
    assert message.subject == "How was Teach-in?"
    assert "Thank you for coming to" in message.body


def test_without_any_check_in_everyone_with_a_place_is_asked():
    ended = ended_event(title="Teach-in", slug="teach-in")
    rsvp(ended, "Luis Ortega")
    rsvp(ended, "Ana Reyes", status="waitlist")
    rsvp(ended, "Rosa Díaz", status="cancelled")

    send_event_feedback()

    assert [message.to for message in mail.outbox] == [["luis@example.org"]]


def test_a_spanish_rsvp_gets_the_email_in_spanish_linking_to_the_spanish_page():
    ended = ended_event(title="Teach-in", slug="teach-in")
    spanish = translate(ended, title="Charla", slug="charla")
    rsvp(ended, "María Pérez", language="es", attended_at=timezone.now())

    send_event_feedback()

    (message,) = mail.outbox
    assert message.subject == "¿Qué tal Charla?"
    assert "Gracias por venir" in message.body
    assert feedback_path(message).startswith(spanish.url + "feedback/")


def test_an_editor_can_switch_the_email_off():
    ended = ended_event(title="Teach-in", slug="teach-in", feedback_emails=False)
    rsvp(ended, "Luis Ortega", attended_at=timezone.now())

    assert send_event_feedback() is None
    assert not mail.outbox


def test_an_event_long_past_is_never_asked():
    old = ended_event(title="Old", slug="old")
    old.start_date = timezone.localdate() - dt.timedelta(days=30)
    old.save_revision().publish()
    rsvp(old, "Luis Ortega", attended_at=timezone.now())

    assert send_event_feedback() is None


def test_the_signed_link_shows_the_form_and_stores_one_answer(client):
    ended = ended_event(title="Teach-in", slug="teach-in")
    luis = rsvp(ended, "Luis Ortega", attended_at=timezone.now())
    send_event_feedback()
    path = feedback_path(mail.outbox[0])

    form = client.get(path)
    assert form.status_code == 200
    assert "private" in form["Cache-Control"] and "no-store" in form["Cache-Control"]
    assert "How was it?" in form.content.decode()

    response = client.post(post_path(ended, path), ANSWERS)
    assert response.status_code == 303
    assert "no-store" in response["Cache-Control"]
    answer = EventFeedback.objects.get(rsvp=luis)
    assert (answer.rating, answer.improve, answer.come_again, answer.help_organise) == (
        4,
        "More chairs",
        True,
        False,
    )
    again = client.get(response["Location"]).content.decode()
    assert "we have your answers" in again and "More chairs" in again

    client.post(post_path(ended, path), {**ANSWERS, "rating": "5", "help_organise": ""})
    answer = EventFeedback.objects.get(rsvp=luis)  # still one answer, changed
    assert (answer.rating, answer.help_organise) == (5, None)


def test_forged_altered_and_other_purpose_links_are_refused(client):
    ended = ended_event(title="Teach-in", slug="teach-in")
    luis = rsvp(ended, "Luis Ortega", attended_at=timezone.now())
    other = ended_event(title="Other", slug="other")
    stranger = rsvp(other, "Sam Lee", attended_at=timezone.now())
    good = make_token(luis.key, EVENT_FEEDBACK)
    _key, made, signature = good.split("-")
    old_time = int((timezone.now() - dt.timedelta(days=31)).timestamp())
    with mock.patch("actions.tokens.time.time", return_value=old_time):
        expired = make_token(luis.key, EVENT_FEEDBACK)
    refused = {
        "forged": f"{luis.key.hex}-{made}-{'0' * 32}",
        "altered key": f"{stranger.key.hex}-{made}-{signature}",
        "cancel link's token": make_token(luis.key, CANCEL_RSVP),
        "another event's RSVP": make_token(stranger.key, EVENT_FEEDBACK),
        "expired": expired,
        "garbage": "x",
    }
    for why, token in refused.items():
        path = f"{ended.url}feedback/{token}/"
        page = client.get(path)
        assert page.status_code == 400, why
        assert "This feedback link does not work" in page.content.decode(), why
        assert client.post(post_path(ended, path), ANSWERS).status_code == 400, why
    assert not EventFeedback.objects.exists()
    assert client.get(f"{ended.url}feedback/{good}/").status_code == 200


def test_hostile_answers_are_refused_clearly_and_shown_escaped(client, data_steward):
    ended = ended_event(title="Teach-in", slug="teach-in")
    luis = rsvp(ended, "Luis Ortega", attended_at=timezone.now())
    path = f"{ended.url}feedback/{make_token(luis.key, EVENT_FEEDBACK)}/"
    script = '<script>alert("x")</script>'

    too_long = client.post(post_path(ended, path), {"rating": "9", "improve": script + "a" * 1000})
    html = too_long.content.decode()
    assert too_long.status_code == 400
    assert "Choose how it was, from Poor to Excellent." in html
    assert f"Use 1000 characters or fewer (you typed {len(script) + 1000})." in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html and script not in html
    assert not EventFeedback.objects.exists()

    huge = client.post(post_path(ended, path), {"improve": "a" * 20_000})
    assert huge.status_code == 413

    client.post(post_path(ended, path), {**ANSWERS, "improve": script + "\x00\u202e ok"})
    assert EventFeedback.objects.get().improve.startswith(script)
    client.force_login(data_steward)
    results = client.get(reverse("actions_event_feedback", args=[ended.pk]))
    assert "no-store" in results["Cache-Control"]
    shown = results.content.decode()
    assert "&lt;script&gt;" in shown and script not in shown
    assert "4.0 out of 5" in shown
    assert "Luis Ortega" not in shown  # answers are shown without names


def test_a_post_from_another_site_is_refused(client):
    ended = ended_event(title="Teach-in", slug="teach-in")
    luis = rsvp(ended, "Luis Ortega", attended_at=timezone.now())
    path = f"{ended.url}feedback/{make_token(luis.key, EVENT_FEEDBACK)}/"

    response = client.post(
        post_path(ended, path), ANSWERS, headers={"Sec-Fetch-Site": "cross-site"}
    )

    assert response.status_code == 403
    assert not EventFeedback.objects.exists()


def test_the_answer_text_is_erased_with_the_rsvp_and_the_numbers_stay():
    ended = ended_event(title="Teach-in", slug="teach-in")
    luis = rsvp(ended, "Luis Ortega", attended_at=timezone.now())
    EventFeedback.objects.create(rsvp=luis, rating=2, improve="Call me on 555-0100")

    report = anonymise_supporters(0)

    assert report.feedback_notes == 1
    answer = EventFeedback.objects.get()
    assert (answer.rating, answer.improve) == (2, "")
    luis.refresh_from_db()
    assert luis.anonymised_at is not None and luis.attended_at is not None
    assert re.search(r"\d+ event feedback notes erased", report.summary)


def test_the_feedback_link_never_reaches_the_logs():
    for path in ("/events/teach-in/feedback/not-a-real-token/", "/x/feedback/0a-1-ff/?q=1"):
        assert "not-a-real-token" not in redact(path) and "0a-1-ff" not in redact(path)
    assert (
        redact("/admin/supporters/events/24/feedback/") == "/admin/supporters/events/24/feedback/"
    )
