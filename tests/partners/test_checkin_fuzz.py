"""The feedback form and its link under generated hostile input (tests/fuzz/hostile.py): no
server error, nothing shown back unescaped, refusals in plain words. A few examples each,
the same on every run."""

from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions.tokens import EVENT_FEEDBACK, make_token
from tests.fuzz.hostile import HOSTILE_TEXT, check_answer, encoded, posts

from .checkin_helpers import ended_event, rsvp

pytestmark = pytest.mark.django_db

FEW = settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
ANSWERS = {"rating": "3", "improve": "More chairs", "come_again": "yes", "help_organise": "no"}


@pytest.fixture
def feedback_link(db):
    event = ended_event(title="Teach-in", slug="teach-in")
    luis = rsvp(event, "Luis Ortega", attended_at=timezone.now())
    route = f"feedback/{make_token(luis.key, EVENT_FEEDBACK)}/"
    return event, route


@FEW
@given(data=st.data())
def test_hostile_posts_to_the_feedback_form(client, feedback_link, data):
    event, route = feedback_link
    generated = data.draw(posts(ANSWERS))
    cache.clear()
    response = client.generic(
        "POST",
        reverse("actions:submit_route", args=[event.pk, route]),
        generated.body,
        content_type=generated.content_type,
    )
    check_answer("event feedback", response, generated.sent, generated.typed)


@FEW
@given(token=HOSTILE_TEXT, method=st.sampled_from(["GET", "POST"]))
def test_hostile_tokens_in_the_feedback_link(client, feedback_link, token, method):
    event, _route = feedback_link
    segment = quote(encoded(token), safe="") or "x"
    cache.clear()
    for url in (
        f"{event.url}feedback/{segment}/",
        reverse("actions:submit_route", args=[event.pk, f"feedback/{segment}/"]),
    ):
        response = client.generic(method, url)
        check_answer("feedback link", response, [token])
