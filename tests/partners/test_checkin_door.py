"""The check-in screen at the door: stewards mark who arrived (and undo it), add walk-ins,
and nobody else sees the names."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from actions.models import RSVP
from tests.actions.helpers import make_event
from tests.helpers import count_queries

from .checkin_helpers import door_volunteer, rsvp

pytestmark = pytest.mark.django_db


def check_in_url(event) -> str:
    return reverse("actions_check_in", args=[event.pk])


def test_a_steward_marks_someone_as_arrived_and_undoes_it(client, event, data_steward):
    luis = rsvp(event, "Luis Ortega", guests=1)
    rsvp(event, "Ana Reyes")
    client.force_login(data_steward)

    page = client.get(check_in_url(event))
    assert page.status_code == 200
    assert "private" in page["Cache-Control"] and "no-store" in page["Cache-Control"]
    html = page.content.decode()
    assert "Luis Ortega" in html and "+1 guest" in html
    assert "arrived of 3 expected" in html
    assert "luis@example.org" not in html  # names only at the door

    response = client.post(check_in_url(event), {"action": "arrived", "rsvp": luis.pk})
    assert response.status_code == 302
    assert response["Location"] == check_in_url(event) + f"#rsvp-{luis.pk}"
    luis.refresh_from_db()
    assert luis.attended_at is not None and luis.attended_by == data_steward
    html = client.get(check_in_url(event)).content.decode()
    assert "<strong>2</strong> arrived of 3 expected" in html
    assert "arrived " in html and ("PDT" in html or "PST" in html)  # the event's zone

    client.post(check_in_url(event), {"action": "undo", "rsvp": luis.pk})
    luis.refresh_from_db()
    assert luis.attended_at is None and luis.attended_by is None
    assert "<strong>0</strong> arrived" in client.get(check_in_url(event)).content.decode()


def test_the_search_narrows_the_list_without_javascript(client, event, data_steward):
    rsvp(event, "Luis Ortega")
    rsvp(event, "Ana Reyes")
    client.force_login(data_steward)

    html = client.get(check_in_url(event), {"q": "  reY "}).content.decode()

    assert "Ana Reyes" in html and "Luis Ortega" not in html
    assert 'value="reY"' in html  # kept in the box and in each row's form
    # (Control characters in an address are refused before any view: actions/middleware.py.)
    hostile = client.get(check_in_url(event), {"q": '<b>"x\u202e' + "y" * 500})
    assert hostile.status_code == 200
    shown = hostile.content.decode()
    assert "&lt;b&gt;&quot;x" in shown and '<b>"x' not in shown


def test_a_walk_in_is_added_as_an_attended_rsvp(client, event, data_steward):
    client.force_login(data_steward)

    response = client.post(
        check_in_url(event), {"action": "walk_in", "name": "Rosa Díaz", "language": "es"}
    )
    second = client.post(
        check_in_url(event), {"action": "walk_in", "name": "Sam Lee", "language": "en"}
    )

    assert response.status_code == second.status_code == 302
    rosa = RSVP.objects.get(name="Rosa Díaz")
    assert (rosa.walk_in, rosa.status, rosa.language, rosa.email) == (True, "going", "es", "")
    assert rosa.attended_at is not None and rosa.attended_by == data_steward
    assert RSVP.objects.filter(walk_in=True).count() == 2  # two walk-ins without email
    assert (
        "Rosa Díaz added and marked as arrived." in client.get(check_in_url(event)).content.decode()
    )


def test_a_walk_in_whose_email_already_rsvpd_checks_that_rsvp_in(client, event, data_steward):
    luis = rsvp(event, "Luis Ortega", email="luis@example.org")
    client.force_login(data_steward)

    client.post(
        check_in_url(event),
        {"action": "walk_in", "name": "Luis O.", "email": "Luis@Example.org", "language": "en"},
    )

    assert RSVP.objects.count() == 1
    luis.refresh_from_db()
    assert luis.attended_at is not None and not luis.walk_in


def test_a_walk_in_without_a_name_is_refused_and_keeps_what_was_typed(client, event, data_steward):
    client.force_login(data_steward)

    response = client.post(
        check_in_url(event),
        {"action": "walk_in", "name": "  ", "email": "<b>x@example.org", "language": "en"},
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "Enter the person&#x27;s name." in html
    assert "&lt;b&gt;x@example.org" in html and "<b>x@" not in html
    assert not RSVP.objects.exists()


def test_posts_need_the_admin_csrf_token(event, data_steward):
    luis = rsvp(event, "Luis Ortega")
    client = Client(enforce_csrf_checks=True)
    client.force_login(data_steward)

    response = client.post(check_in_url(event), {"action": "arrived", "rsvp": luis.pk})

    assert response.status_code == 403
    luis.refresh_from_db()
    assert luis.attended_at is None


def test_someone_without_the_permission_is_refused(client, event, comms_staff):
    luis = rsvp(event, "Luis Ortega")
    client.force_login(comms_staff)

    assert client.get(check_in_url(event)).status_code == 403
    assert (
        client.post(check_in_url(event), {"action": "arrived", "rsvp": luis.pk}).status_code == 403
    )
    assert client.get(reverse("actions_event_feedback", args=[event.pk])).status_code == 403
    luis.refresh_from_db()
    assert luis.attended_at is None
    assert (
        reverse("actions_check_in_index")
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_a_door_volunteer_checks_in_but_never_sees_feedback_or_the_rsvp_list(
    client, django_user_model
):
    event = make_event(start_date=timezone.localdate())
    luis = rsvp(event, "Luis Ortega")
    client.force_login(door_volunteer(django_user_model))

    index = client.get(reverse("actions_check_in_index")).content.decode()
    assert event.title in index and check_in_url(event) in index
    client.post(check_in_url(event), {"action": "arrived", "rsvp": luis.pk})

    luis.refresh_from_db()
    assert luis.attended_at is not None
    assert client.get(reverse("actions_event_feedback", args=[event.pk])).status_code == 403
    assert client.get(reverse("actions_rsvp_modeladmin_index")).status_code != 200


def test_the_rsvp_list_of_one_event_links_to_its_check_in_and_feedback(client, event, data_steward):
    client.force_login(data_steward)

    html = client.get(
        reverse("actions_rsvp_modeladmin_index"), {"event": event.pk}
    ).content.decode()

    assert check_in_url(event) in html
    assert reverse("actions_event_feedback", args=[event.pk]) in html


def test_the_check_in_screen_costs_the_same_queries_for_ten_or_fifty_names(
    client, event, data_steward
):
    client.force_login(data_steward)
    for n in range(10):
        rsvp(
            event, f"Person {n}", f"p{n}@example.org", attended_at=timezone.now() if n % 2 else None
        )
    client.get(check_in_url(event))  # the admin's own first-visit queries (the user's profile)
    ten = count_queries(client, check_in_url(event))
    for n in range(10, 50):
        rsvp(event, f"Person {n}", f"p{n}@example.org")

    assert count_queries(client, check_in_url(event)) == ten
