"""Builders for the pages and form data that the action tests use: published pages (with a
revision, as an editor leaves them) from tests/factories.py, with what the action tests expect."""

import base64
import datetime as dt
import json
import re

import altcha
from django.utils import timezone
from wagtail.models import Page

from actions.abuse import Screening
from actions.models import Signature
from actions.services.counts import forget_count
from actions.validation import email_domain
from campaigns.models import (
    CampaignPage,
    EndorsementPage,
    EventIndexPage,
    EventPage,
    HomePage,
    PetitionIndexPage,
    PetitionPage,
)
from tests.factories import (
    EndorsementPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    PetitionIndexPageFactory,
    PetitionPageFactory,
)
from tests.helpers import publish


def ensure_site() -> HomePage:
    """A routable site for transactional tests (concurrency, browser). A transactional test
    that follows the demo's modules starts from the demo with the migration-time rows restored
    over it, which leaves the home page's child count stale and its children unroutable:
    treebeard recounts."""
    Page.fix_tree()
    return HomePage.objects.get()


def petition_index() -> PetitionIndexPage:
    """The site's first petition index, or a new one under the home page."""
    existing = PetitionIndexPage.objects.first()
    if existing:
        return existing
    return publish(HomePage.objects.first(), PetitionIndexPageFactory.build(slug="petitions"))


def event_index() -> EventIndexPage:
    existing = EventIndexPage.objects.first()
    if existing:
        return existing
    return publish(HomePage.objects.first(), EventIndexPageFactory.build(slug="events"))


def make_petition(**fields) -> PetitionPage:
    defaults = {
        "goal": 10,
        "share_text": "I signed: release everyone held at Adelanto",
        "share_hashtags": "#FreeThemAll #Adelanto",
        "donate_url": "https://donate.example.org/adelanto",
        "donate_text": "Chip in $5 for the bail fund",
    }
    return publish(petition_index(), PetitionPageFactory.build(**{**defaults, **fields}))


def make_event(**fields) -> EventPage:
    defaults = {
        "start_time": dt.time(18, 0),
        "end_time": dt.time(20, 0),
        "venue_name": "Adelanto Stadium",
        "address": "10500 Rancho Rd, Adelanto, CA",
        "summary": "A candlelight vigil.",
        "capacity": 3,
    }
    return publish(event_index(), EventPageFactory.build(**{**defaults, **fields}))


def make_statement(**fields) -> EndorsementPage:
    parent = CampaignPage.objects.first() or HomePage.objects.first()
    return publish(parent, EndorsementPageFactory.build(**fields))


def signer(**overrides) -> dict:
    return {
        "first_name": "Ana",
        "last_name": "Reyes",
        "email": "ana.reyes@example.org",
        "postcode": "90012",
        "phone": "",
        "comment": "",
        **overrides,
    }


def attendee(**overrides) -> dict:
    return {"name": "Luis Ortega", "email": "luis@example.org", "guests": "0", **overrides}


def places_shown(html: str) -> str:
    """The places-left line a reader without JavaScript sees (the page holds both the
    places-left and the event-full line, one of them hidden), as plain text."""
    shown = [
        re.sub(r"<[^>]+>", "", body)
        for attributes, body in re.findall(r"<p ([^>]*data-places-[^>]*)>(.*?)</p>", html)
        if "hidden" not in attributes.split()
    ]
    return " ".join(shown)


def solve(client) -> str:
    """What the widget sends after solving a fresh challenge from our endpoint."""
    challenge = client.get("/actions/quick-check/challenge/").json()
    solution = altcha.solve_challenge(
        challenge["challenge"], challenge["salt"], challenge["algorithm"], challenge["maxNumber"]
    )
    payload = {
        "algorithm": challenge["algorithm"],
        "challenge": challenge["challenge"],
        "number": solution.number,
        "salt": challenge["salt"],
        "signature": challenge["signature"],
    }
    return base64.b64encode(json.dumps(payload).encode()).decode()


def counted_post(email: str = "") -> Screening:
    """What the abuse model decides about an ordinary post, for tests that call the services
    directly rather than through a form."""
    return Screening(client_hash="0" * 16, email_domain=email_domain(email))


def add_signatures(petition, count: int, start: int = 0) -> None:
    """`count` confirmed signatures made earlier, as the petition's count shows them."""
    Signature.objects.bulk_create(
        Signature(
            page=petition,
            first_name="Earlier",
            last_name="Signer",
            email_normalised=f"earlier{n}@example.org",
            confirmed_at=timezone.now(),
        )
        for n in range(start, start + count)
    )
    forget_count(petition.pk)
