"""Where a petition's support comes from: counts by state that never show a small number (nor
let one be worked out from the total), as JSON and as a map with a table on the petition page
in both languages; and the signature history staff download and see in the admin."""

import csv
import datetime as dt
import io
import re
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from actions.models import PaperSignatures, Signature
from actions.models.signatures import COUNTED
from actions.services.history import signature_history
from actions.services.places import counts_by_state, public_counts
from common.places import STATE_CODES
from tests.actions.helpers import make_event, make_petition
from tests.i18n.spanish import translate

pytestmark = pytest.mark.django_db

ZONE = ZoneInfo("America/Los_Angeles")
SIGNER = "Zeferina Quillfeather"


def add_signed(petition, state: str, count: int, at: dt.datetime | None = None, **fields):
    """`count` counted signatures from `state` ("" for no US ZIP code), signed `at`."""
    at = at or timezone.now()
    first = Signature.objects.count()
    Signature.objects.bulk_create(
        Signature(
            page=petition,
            first_name="Zeferina",
            last_name="Quillfeather",
            email=f"zq{first + n}@example.org",
            email_normalised=f"zq{first + n}@example.org",
            postcode="82001" if state == "WY" else "",
            state=state,
            created_at=at,
            confirmed_at=at,
            **fields,
        )
        for n in range(count)
    )


@pytest.fixture
def petition():
    """California and New York over the threshold, Wyoming under it, some without a US ZIP,
    and signatures that do not count (held, unconfirmed)."""
    petition = make_petition(title="Free them all")
    add_signed(petition, "CA", 12)
    add_signed(petition, "NY", 10)
    add_signed(petition, "WY", 3)
    add_signed(petition, "", 4)
    add_signed(petition, "NV", 30, moderation="held")
    Signature.objects.create(page=petition, email_normalised="late@example.org", state="NV")
    return petition


def test_small_states_are_not_shown_and_signers_without_a_us_zip_have_their_own_row(petition):
    places = counts_by_state(petition.pk)
    shown = {state.code: state.count for state in places.shown}

    assert shown == {"CA": 12, "NY": 10}
    states = {state.code: state.count for state in places.states}
    assert states["WY"] is None and states["NV"] is None  # held ones do not count
    # Wyoming's 3 are all the other states hold: fewer than the threshold, so not shown either.
    assert places.other_states is None
    assert places.no_state == 4
    assert places.total == 29
    # Letters and calls pass their own counted rows.
    letters_like = Signature.objects.filter(COUNTED, page=petition, state__in=["CA", "WY"])
    assert {s.code: s.count for s in counts_by_state(letters_like).shown} == {"CA": 12}


def test_when_one_state_alone_is_small_another_is_hidden_so_the_total_cannot_reveal_it():
    numbers = dict.fromkeys(STATE_CODES, 20) | {"WY": 2, "": 5}
    places = public_counts(numbers, threshold=10)

    hidden = [state.code for state in places.states if state.count is None]
    shown_sum = sum(state.count for state in places.shown)
    assert "WY" in hidden and len(hidden) == 2
    assert places.withheld_more
    # What a reader can work out from the total is the two hidden states together, not one.
    assert places.total - shown_sum - places.no_state == places.other_states == 22


def test_states_json_has_counts_only_with_cors_and_short_shared_caching(client, petition):
    PaperSignatures.objects.create(page=petition, count=7, description="Clipboards")

    response = client.get(f"/actions/petitions/{petition.pk}/states.json")

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Cache-Control"] == "public, max-age=5, s-maxage=5"
    data = response.json()
    assert set(data) == {"threshold", "states", "other_states", "no_us_zip_code", "paper", "total"}
    counts = {state["code"]: state["count"] for state in data["states"]}
    assert set(counts) == set(STATE_CODES)
    assert (counts["CA"], counts["NY"], counts["WY"]) == (12, 10, None)
    assert (data["no_us_zip_code"], data["paper"], data["total"]) == (4, 7, 36)
    body = response.content.decode()
    assert "Zeferina" not in body and "example.org" not in body and "82001" not in body
    # The same one count as count.json, paper signatures included.
    assert client.get(f"/actions/petitions/{petition.pk}/count.json").json()["count"] == 36

    event = make_event()
    missing = client.get(f"/actions/petitions/{event.pk}/states.json")
    assert missing.status_code == 404 and "error" in missing.json()


def tiles(html: str) -> dict[str, str]:
    """{code: accessible name} of the map's tiles."""
    found = re.findall(r'role="img" aria-label="([^"]+)">\s*<title>[^<]*</title>.*?>(\w\w)</text>',
                       html, re.S)  # fmt: skip
    return {code: name for name, code in found}


def test_the_petition_page_shows_the_map_and_the_table_in_english_and_spanish(client, petition):
    english = client.get(petition.url).content.decode()
    spanish_page = translate(petition, title="Libérenlos a todos", slug="liberenlos")
    spanish = client.get(spanish_page.url).content.decode()

    assert "Where the signatures come from" in english
    map_tiles = tiles(english)
    assert set(map_tiles) == set(STATE_CODES)
    assert map_tiles["CA"] == "California: 12"
    assert map_tiles["WY"] == "Wyoming: fewer than 10"
    assert re.search(r"<th scope=\"row\">New York</th><td>10</td>", english)
    assert re.search(r"No US ZIP code given</th><td>4</td>", english)
    assert "Wyoming</th>" not in english  # a small state never gets a row of its own
    assert SIGNER not in english

    # The translation shows its counting page's numbers, with the states named in Spanish.
    assert '<html lang="es"' in spanish
    assert "De dónde vienen las firmas" in spanish
    assert tiles(spanish)["NY"] == "Nueva York: 10"
    assert re.search(r"<th scope=\"row\">Nueva York</th><td>10</td>", spanish)
    assert "Sin código postal de EE. UU." in spanish

    quiet = make_petition(title="Too few to show")
    add_signed(quiet, "CA", 9)
    assert "state-map" not in client.get(quiet.url).content.decode()


def test_history_counts_days_in_the_campaign_zone_and_a_busy_day_by_the_hour(settings):
    settings.ACTIONS_HISTORY_BURST_PER_DAY = 4
    quiet = make_petition(title="History")
    late_evening = dt.datetime(2024, 3, 1, 23, 30, tzinfo=ZONE)  # 07:30 on 2 March in UTC
    add_signed(quiet, "CA", 1, at=late_evening)
    add_signed(quiet, "CA", 2, at=late_evening + dt.timedelta(hours=1))  # 00:30 on 2 March
    add_signed(quiet, "CA", 5, at=dt.datetime(2024, 3, 2, 9, 15, tzinfo=ZONE))
    now = dt.datetime(2024, 3, 5, 12, 0, tzinfo=ZONE)
    add_signed(quiet, "CA", 1, at=now - dt.timedelta(hours=2))

    history = signature_history(quiet.pk, now=now)

    days = {day.day.isoformat(): day.count for day in history.days}
    assert days == {"2024-03-01": 1, "2024-03-02": 7, "2024-03-03": 0, "2024-03-04": 0,
                    "2024-03-05": 1}  # fmt: skip
    assert history.zone == "America/Los_Angeles"
    # The last 48 hours by the hour, and the busy day (7 > 4) before them, in the campaign's zone.
    assert [window.day for window in history.windows] == [None, dt.date(2024, 3, 2)]
    assert history.windows[0].recent and len(history.windows[0].hours) == 48
    hours = {hour.start: hour.count for hour in history.hours}
    assert hours[dt.datetime(2024, 3, 5, 10, tzinfo=ZONE)] == 1
    assert hours[dt.datetime(2024, 3, 2, 0, tzinfo=ZONE)] == 2
    assert hours[dt.datetime(2024, 3, 2, 9, tzinfo=ZONE)] == 5
    assert hours[dt.datetime(2024, 3, 2, 8, tzinfo=ZONE)] == 0
    assert len(history.windows[1].hours) == 24


@pytest.fixture
def volunteer(django_user_model):
    """Uses the admin but may edit no page."""
    user = django_user_model.objects.create_user("volunteer", "v@example.org", "pw")
    group = Group.objects.create(name="Volunteers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


@pytest.fixture
def comms_staff(django_user_model):
    user = django_user_model.objects.create_user("comms", "comms@example.org", "pw")
    user.groups.add(Group.objects.get(name="Comms staff"))
    return user


def test_staff_who_edit_the_petition_see_and_download_its_history_and_others_cannot(
    client, petition, comms_staff, volunteer
):
    base = f"/admin/petitions/{petition.pk}/signatures-over-time"
    addresses = (base + "/", base + ".csv", base + ".csv?by=hour", base + ".json")

    for address in addresses:
        assert client.get(address).status_code == 302, address  # to the sign-in page
    client.force_login(volunteer)
    for address in addresses:
        assert client.get(address).status_code == 403, address

    client.force_login(comms_staff)
    listing = client.get(f"/admin/pages/{petition.get_parent().pk}/").content.decode()
    assert base + "/" in listing  # in the petition's "More" menu
    page = client.get(base + "/").content.decode()
    assert "<svg" in page and "<desc" in page and "<table" in page
    rows = list(csv.reader(io.StringIO(client.get(base + ".csv").content.decode())))
    assert rows[0] == ["Day (America/Los_Angeles)", "Signatures"]
    assert rows[1] == [timezone.localdate().isoformat(), "29"]
    hours = list(csv.reader(io.StringIO(client.get(base + ".csv?by=hour").content.decode())))
    assert hours[0] == ["Hour starting (America/Los_Angeles)", "Signatures"]
    assert sum(int(count) for _hour, count in hours[1:]) == 29
    data = client.get(base + ".json")
    assert data.json()["total"] == 29 and data.json()["days"][0]["count"] == 29
    body = page + data.content.decode()
    assert "Zeferina" not in body and "example.org" not in body
