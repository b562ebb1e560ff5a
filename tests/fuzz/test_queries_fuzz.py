"""Every address that reads its query string (search, listings' filters, feeds, the count and
places JSON, calendar files) under generated hostile parameters and raw query strings
(tests/fuzz/hostile.py): no server error, nothing shown back unescaped, refusals readable."""

from urllib.parse import quote

import pytest
from django.core.cache import cache
from hypothesis import given
from hypothesis import strategies as st

from campaigns.models import (
    CallActionPage,
    CampaignPage,
    EventIndexPage,
    EventPage,
    LetterActionPage,
    PetitionPage,
    UpdateIndexPage,
)

from .hostile import HOSTILE_TEXT, check_answer, encoded, urlencoded

pytestmark = pytest.mark.django_db

PARAMETERS = ["query", "q", "type", "page", "tag", "year", "campaign", "utm_source", "format"]
# What the letter action's look-up and thank-you step read.
PARAMETERS += ["zip", "county", "state", "to", "on"]


@pytest.fixture
def endpoints(every_page_type) -> dict[str, str]:
    campaign = every_page_type[CampaignPage]
    petition, event = every_page_type[PetitionPage], every_page_type[EventPage]
    return {
        "search": "/search/",
        "updates listing": every_page_type[UpdateIndexPage].url,
        "events listing": every_page_type[EventIndexPage].url,
        "home page": "/",
        "updates feed": "/feeds/updates/",
        "campaign feed": f"/feeds/updates/{campaign.slug}/",
        "events calendar": "/feeds/events.ics",
        "campaign calendar": f"/feeds/events/{campaign.slug}.ics",
        "event calendar file": f"{event.url}calendar/",
        "count JSON": f"/actions/petitions/{petition.pk}/count.json",
        "places JSON": f"/actions/events/{event.pk}/places.json",
        "letter action": every_page_type[LetterActionPage].url,
        "letter thank-you": f"{every_page_type[LetterActionPage].url}thank-you/",
        "official look-up": every_page_type[CallActionPage].url,
    }


QUERY = st.one_of(
    st.lists(st.tuples(st.sampled_from(PARAMETERS), HOSTILE_TEXT), max_size=4).map(urlencoded),
    # Raw bytes as a broken client sends them, invalid UTF-8 and bare % included.
    st.binary(max_size=60).map(lambda raw: raw.replace(b"#", b"")),
    st.sampled_from([b"query=%", b"query=%zz&page=%", b"page=" + b"9" * 40, b"&&&==&"]),
)


@pytest.mark.parametrize(
    "target",
    [
        "search",
        "updates listing",
        "events listing",
        "home page",
        "updates feed",
        "campaign feed",
        "events calendar",
        "campaign calendar",
        "event calendar file",
        "count JSON",
        "places JSON",
        "letter action",
        "letter thank-you",
        "official look-up",
    ],
)
@given(query=QUERY)
def test_hostile_query_strings(client, endpoints, target, query):
    cache.clear()
    response = client.get(endpoints[target], QUERY_STRING=query.decode("latin-1"))
    check_answer(target, response, [query.decode("utf-8", "replace")])


@pytest.mark.parametrize(
    ("target", "template"),
    [("topic feed", "/feeds/topics/{}/"), ("campaign calendar by slug", "/feeds/events/{}.ics")],
)
@given(segment=HOSTILE_TEXT)
def test_hostile_slugs_in_feed_addresses(client, target, template, segment):
    cache.clear()
    response = client.get(template.format(quote(encoded(segment), safe="") or "x"))
    check_answer(target, response, [segment])
