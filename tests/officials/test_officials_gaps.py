"""Letters and calls after the first round: where their support comes from (a map and a
table on the page, and states.json, never showing a small number), call notes erased by the
retention job, held call reports in the stewards' review screen, and what releasing does."""

import datetime as dt
import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.users.models import UserProfile

from actions.models import CallReport, Letter, Moderation
from actions.services.retention import anonymise_supporters
from campaigns.models import CallActionPage, CallTarget, HomePage
from common.places import STATE_CODES
from tests.helpers import publish
from tests.i18n.spanish import translate

from .letter_helpers import make_letter_action, sheriff

pytestmark = pytest.mark.django_db

WRITER = "Quintessa Marblewood"


def add_letters(action, target, state: str, count: int, **fields) -> None:
    first = Letter.objects.count()
    Letter.objects.bulk_create(
        Letter(
            page=action,
            target=target,
            target_name=target.label,
            first_name="Quintessa",
            last_name="Marblewood",
            email=f"qm{first + n}@example.org",
            email_normalised=f"qm{first + n}@example.org",
            postcode="82001" if state == "WY" else "94401",
            state=state,
            **fields,
        )
        for n in range(count)
    )


def add_calls(page, target, state: str, count: int, **fields) -> None:
    CallReport.objects.bulk_create(
        CallReport(page=page, target=target, outcome="reached", state=state, **fields)
        for _ in range(count)
    )


@pytest.fixture
def official():
    return sheriff(phone="(650) 555-0142")


@pytest.fixture
def letters(official):
    """California over the threshold, Wyoming under it, and held letters that do not count."""
    action = make_letter_action([official])
    add_letters(action, official, "CA", 12)
    add_letters(action, official, "WY", 3)
    add_letters(action, official, "NV", 20, moderation=Moderation.HELD)
    return action


@pytest.fixture
def calls(official):
    page = CallActionPage(
        title="Call your sheriff",
        slug="call",
        ask="Call your sheriff: end transfers to ICE",
        script="Hello, I am calling to ask {official} to end transfers to ICE.",
        target_links=[CallTarget(target=official)],
    )
    page = publish(HomePage.objects.get(), page)
    add_calls(page, official, "CA", 11)
    add_calls(page, official, "WY", 2)
    add_calls(page, official, "NV", 15, moderation=Moderation.HELD, note="Call me back")
    return page


def tiles(html: str) -> dict[str, str]:
    """{code: accessible name} of the map's tiles."""
    found = re.findall(r'role="img" aria-label="([^"]+)">\s*<title>[^<]*</title>.*?>(\w\w)</text>',
                       html, re.S)  # fmt: skip
    return {code: name for name, code in found}


def table(html: str) -> dict[str, str]:
    rows = BeautifulSoup(html, "html.parser").select(".state-table tbody tr")
    return {row.th.get_text(strip=True): row.td.get_text(strip=True) for row in rows}


@pytest.mark.parametrize(
    ("kind", "heading", "spanish_heading", "caption"),
    [
        ("letters", "Where the letters come from", "De dónde vienen las cartas", "Letters"),
        ("calls", "Where the calls come from", "De dónde vienen las llamadas", "Calls"),
    ],
)
def test_letter_and_call_pages_show_where_support_comes_from_without_small_numbers(
    client, request, kind, heading, spanish_heading, caption
):
    page = request.getfixturevalue(kind)
    english = client.get(page.url).content.decode()

    assert heading in english
    assert f"<caption>{caption} by state</caption>" in english
    assert tiles(english)["WY"] == "Wyoming: fewer than 10"
    assert tiles(english)["NV"] == "Nevada: fewer than 10"  # held ones do not count
    assert table(english) == {
        "California": "12" if kind == "letters" else "11",
        "Other states (fewer than 10 each)": "Fewer than 10",
    }
    assert WRITER not in english and "Call me back" not in english

    spanish = client.get(translate(page, slug=f"{page.slug}-es").url).content.decode()
    assert spanish_heading in spanish
    assert tiles(spanish)["CA"].startswith("California: 1")
    assert "Otros estados (menos de 10 cada uno)" in spanish


@pytest.mark.parametrize("kind", ["letters", "calls"])
def test_states_json_for_letters_and_calls_has_counts_only(client, request, kind):
    page = request.getfixturevalue(kind)

    response = client.get(f"/actions/{kind}/{page.pk}/states.json")

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    counts = {state["code"]: state["count"] for state in data["states"]}
    assert set(counts) == set(STATE_CODES)
    assert counts["WY"] is None and counts["NV"] is None
    assert counts["CA"] == (12 if kind == "letters" else 11)
    body = response.content.decode()
    assert "Quintessa" not in body and "example.org" not in body and "Call me back" not in body

    other = "calls" if kind == "letters" else "letters"
    missing = client.get(f"/actions/{other}/{page.pk}/states.json")
    assert missing.status_code == 404 and "error" in missing.json()


def test_a_page_with_too_few_letters_shows_no_map(client, official):
    action = make_letter_action([official], slug="quiet")
    add_letters(action, official, "CA", 9)
    assert "state-map" not in client.get(action.url).content.decode()


def test_retention_erases_call_notes_but_the_calls_still_count(client, calls, official):
    old = timezone.now() - dt.timedelta(days=settings.ACTIONS_SUPPORTER_MAX_AGE_DAYS + 1)
    add_calls(calls, official, "CA", 1, note="I am Quintessa, call me", created_at=old)
    add_calls(calls, official, "CA", 1, note="Still fresh")

    report = anonymise_supporters(settings.ACTIONS_ANONYMISE_AFTER_DAYS)

    assert report.call_notes == 1 and "1 call notes erased" in report.summary
    assert not CallReport.objects.filter(note__contains="Quintessa").exists()
    assert CallReport.objects.filter(note="Still fresh").exists()
    # Once staff stop asking how calls went, every note goes after the usual days.
    calls.ask_outcome = False
    calls.save_revision().publish()
    later = timezone.now() + dt.timedelta(days=settings.ACTIONS_ANONYMISE_AFTER_DAYS + 1)
    anonymise_supporters(settings.ACTIONS_ANONYMISE_AFTER_DAYS, now=later)
    assert not CallReport.objects.exclude(note="").exists()
    assert CallReport.objects.filter(moderation=Moderation.COUNTED).count() == 15
    assert "15 calls to Sheriff Carlos Bolanos so far." in " ".join(
        BeautifulSoup(client.get(calls.url).content, "html.parser").get_text().split()
    )


def page_words(client, url: str) -> str:
    return " ".join(BeautifulSoup(client.get(url).content, "html.parser").get_text().split())


def test_held_call_reports_wait_in_the_stewards_screen_and_count_once_released(
    client, django_user_model, calls
):
    steward = django_user_model.objects.create_user("steward", "steward@example.org", "pw")
    steward.groups.add(Group.objects.get(name="Data stewards"))
    client.force_login(steward)
    assert "13 calls to Sheriff Carlos Bolanos so far." in page_words(client, calls.url)

    screen = BeautifulSoup(client.get("/admin/supporters/trending/").content, "html.parser")
    row = next(row for row in screen.select("tr") if row.th and row.th.text == calls.title)
    assert row.td.text == "15"  # the held reports wait for a steward
    decide = f"/admin/supporters/trending/decide/?by=form&key={calls.pk}&d=release"
    explained = page_words(client, decide)
    assert "A released letter gets its delivery day" in explained
    assert "a released call report counts its call" in explained

    client.post(decide.split("?")[0], {"by": "form", "key": calls.pk, "d": "release"})

    assert "28 calls to Sheriff Carlos Bolanos so far." in page_words(client, calls.url)
    assert tiles(client.get(calls.url).content.decode())["NV"] == "Nevada: 15"
    assert "Nothing is held." in page_words(client, "/admin/supporters/trending/")

    profile = UserProfile.get_for_user(steward)
    profile.preferred_language = "es"
    profile.save()
    spanish = page_words(client, decide.replace("release", "hold"))
    assert "las cartas y llamadas a cada funcionario" in spanish
    assert "una carta retenida no se envía" in spanish
