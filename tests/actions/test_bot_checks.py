"""The bot checks that need no third party: the time a reader took to fill the form (a signal
for holding, never a refusal) and the optional self-hosted proof of work an editor switches
on for a page under attack."""

import base64
import json

import pytest
from freezegun import freeze_time

from actions.forms import SignatureForm
from actions.models import Signature

from .helpers import signer, solve

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fill_check_as_in_production(settings):
    """The test settings switch the time-to-fill check off (browser tests fill like scripts)."""
    settings.ACTIONS_MIN_FILL_SECONDS = 1


@pytest.mark.parametrize(
    ("fill_ms", "suspicion"),
    [
        (None, ""),
        ("", ""),
        ("900", "filled in 0.9 s"),
        ("150", "filled in 0.1 s"),
        ("2000", ""),
        ("64000", ""),
        ("fast", ""),
        ("²", ""),
        ("-5", ""),
        ("9" * 40, ""),
    ],
)
def test_a_form_filled_faster_than_a_person_types_is_suspicious(fill_ms, suspicion):
    data = signer() if fill_ms is None else signer(fill_ms=fill_ms)

    assert SignatureForm(data).suspicion == suspicion


def test_the_threshold_is_a_setting_and_zero_switches_it_off(settings):
    settings.ACTIONS_MIN_FILL_SECONDS = 5
    assert SignatureForm(signer(fill_ms="4000")).suspicion == "filled in 4.0 s"
    settings.ACTIONS_MIN_FILL_SECONDS = 0
    assert SignatureForm(signer(fill_ms="10")).suspicion == ""


def test_a_fast_signature_is_still_stored_and_thanked(client, petition):
    response = client.post(petition.url, signer(fill_ms="300"))

    assert response.status_code == 303
    assert Signature.objects.count() == 1


def test_every_form_carries_the_fill_timer_field(client, petition):
    html = client.get(petition.url).content.decode()

    # The petition form and the footer's signup form.
    assert html.count('name="fill_ms"') == 2
    assert html.count("data-fill-timer") == 2


# The quick check (ALTCHA proof of work) --------------------------------------------------


@pytest.fixture
def small_puzzles(settings):
    settings.ACTIONS_PROOF_OF_WORK_MAX_NUMBER = 2000


def switch_on(page) -> None:
    page.ask_for_proof_of_work = True
    page.save_revision().publish()


def test_pages_ask_for_no_check_unless_an_editor_switches_it_on(client, petition):
    assert "altcha-widget" not in client.get(petition.url).content.decode()
    assert client.post(petition.url, signer()).status_code == 303


def test_with_the_switch_on_the_page_shows_the_self_hosted_widget(client, petition):
    switch_on(petition)

    html = client.get(petition.url).content.decode()

    assert '<script src="/static/altcha/altcha.min.js" type="module" async></script>' in html
    assert 'challengeurl="/actions/quick-check/challenge/"' in html
    assert "needs JavaScript" in html
    assert "https://" not in html.split("<altcha-widget", 1)[1].split("</altcha-widget>", 1)[0]


def test_without_a_solution_the_form_comes_back_keeping_what_was_typed(client, petition):
    switch_on(petition)

    response = client.post(petition.url, signer(comment="I was held there"))

    assert response.status_code == 400
    html = response.content.decode()
    assert "Please tick “I&#x27;m not a robot”" in html
    assert 'value="ana.reyes@example.org"' in html
    assert "I was held there" in html
    assert not Signature.objects.exists()


def test_a_solved_check_signs_and_the_same_solution_cannot_sign_again(
    client, petition, small_puzzles
):
    switch_on(petition)
    solution = solve(client)

    first = client.post(petition.url, signer(altcha=solution))
    replay = client.post(petition.url, signer(email="someone.else@example.org", altcha=solution))

    assert first.status_code == 303
    assert replay.status_code == 400
    assert "The quick check did not go through" in replay.content.decode()
    assert list(Signature.objects.values_list("email", flat=True)) == ["ana.reyes@example.org"]


def test_forged_and_expired_solutions_are_refused(client, petition, small_puzzles, settings):
    switch_on(petition)
    forged = json.loads(base64.b64decode(solve(client)))
    forged["number"] += 1
    settings.ACTIONS_PROOF_OF_WORK_EXPIRE_SECONDS = 60
    with freeze_time("2026-01-01 12:00:00"):
        stale = solve(client)

    for payload in (
        base64.b64encode(json.dumps(forged).encode()).decode(),
        stale,
        "not base64 at all",
        base64.b64encode(b"[1, 2]").decode(),
    ):
        response = client.post(petition.url, signer(altcha=payload))
        assert response.status_code == 400
    assert not Signature.objects.exists()


def test_the_switch_is_per_page(client, petition, event, small_puzzles):
    switch_on(event)

    assert client.post(petition.url, signer()).status_code == 303
    assert "altcha-widget" in client.get(event.url).content.decode()
    rsvp = {"name": "Luis", "email": "luis@example.org", "guests": "0"}
    assert client.post(event.url, rsvp).status_code == 400
    assert client.post(event.url, {**rsvp, "altcha": solve(client)}).status_code == 303


def test_the_challenge_is_never_cached(client, settings):
    settings.PAGE_CACHE_SECONDS = 60

    first = client.get("/actions/quick-check/challenge/")
    second = client.get("/actions/quick-check/challenge/")

    assert first["Cache-Control"] == "no-store"
    assert first["X-Page-Cache"] == "bypass"
    assert first.json()["challenge"] != second.json()["challenge"]
    assert client.post("/actions/quick-check/challenge/").status_code == 405
