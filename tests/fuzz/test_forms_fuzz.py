"""Every public form under generated hostile posts (tests/fuzz/hostile.py): no server error,
nothing shown back unescaped, every refusal in plain words keeping what was typed. Holds
whether a post beyond a burst is refused (429) or held with the same thank-you (303)."""

from urllib.parse import quote

import pytest
from django.core.cache import cache
from hypothesis import given
from hypothesis import strategies as st

from campaigns.models import (
    CallActionPage,
    EndorsementPage,
    EventPage,
    LetterActionPage,
    PetitionPage,
)

from .hostile import HOSTILE_TEXT, check_answer, encoded, posts

pytestmark = pytest.mark.django_db

SIGNER = {
    "first_name": "Ana",
    "last_name": "Reyes",
    "email": "ana.reyes@example.org",
    "postcode": "90012",
    "phone": "555 0100",
    "comment": "For my cousin",
    "opt_in": "on",
}
ATTENDEE = {"name": "Luis Ortega", "email": "luis@example.org", "guests": "1", "phone": ""}
ENDORSER = {
    "organisation_name": "Inland Empire Immigrant Youth Collective",
    "website": "ieiyc.example.org",
    "scope": "California",
    "contact_name": "Rosa Martinez",
    "contact_email": "rosa@ieiyc.example.org",
}
SUBSCRIBER = {"name": "Rosa Martínez", "email": "rosa@example.org", "postcode": "92301"}
SUBSCRIBER_CONSENT = {**SUBSCRIBER, "opt_in": "on"}
WRITER = {
    "first_name": "Ana",
    "last_name": "Reyes",
    "email": "ana.reyes@example.org",
    "postcode": "94401",
    "subject": "Sign SB 1289",
    "body": "Dear Governor,\n\nPlease sign SB 1289.",
    "opt_in": "on",
}
CALLER = {"outcome": "voicemail", "note": "They took a message", "zip": "94401", "county": ""}


@pytest.fixture
def forms(every_page_type) -> dict[str, tuple[str, dict]]:
    """Where each public form posts, and a good answer to build hostile ones on."""
    submit = "/actions/pages/{}/submit/"
    return {
        "petition sign": (submit.format(every_page_type[PetitionPage].pk), SIGNER),
        "event RSVP": (submit.format(every_page_type[EventPage].pk), ATTENDEE),
        "endorsement": (submit.format(every_page_type[EndorsementPage].pk), ENDORSER),
        "email signup": ("/actions/updates/", SUBSCRIBER_CONSENT),
        "letter": (
            submit.format(every_page_type[LetterActionPage].pk),
            {
                **WRITER,
                "target": str(every_page_type[LetterActionPage].target_links.get().target_id),
            },
        ),
        "call report": (
            submit.format(every_page_type[CallActionPage].pk),
            {"target": str(every_page_type[CallActionPage].target_links.get().target_id), **CALLER},
        ),
    }


def post(client, url: str, generated, address: str):
    cache.clear()
    return client.generic(
        "POST", url, generated.body, content_type=generated.content_type, REMOTE_ADDR=address
    )


@pytest.mark.parametrize(
    "target", ["petition sign", "event RSVP", "email signup", "letter", "call report"]
)
@given(data=st.data())
def test_hostile_posts_to_a_public_form(client, forms, fresh_address, target, data):
    url, valid = forms[target]
    generated = data.draw(posts(valid))
    response = post(client, url, generated, fresh_address())
    check_answer(target, response, generated.sent, generated.typed)


@given(data=st.data())
def test_hostile_posts_and_logos_to_the_endorsement_form(client, forms, fresh_address, data):
    url, valid = forms["endorsement"]
    generated = data.draw(posts(valid, with_logo=True))
    response = post(client, url, generated, fresh_address())
    check_answer("endorsement", response, generated.sent, generated.typed)


@pytest.mark.parametrize(
    ("target", "page_type", "route"),
    [("RSVP cancel", EventPage, "rsvp/cancel"), ("signature confirm", PetitionPage, "confirm")],
)
@given(token=HOSTILE_TEXT, method=st.sampled_from(["GET", "POST"]))
def test_hostile_tokens_in_emailed_links(
    client, every_page_type, fresh_address, target, page_type, route, token, method
):
    page = every_page_type[page_type]
    segment = quote(encoded(token), safe="") or "x"
    cache.clear()
    for url in (
        f"{page.url}{route}/{segment}/",
        f"/actions/pages/{page.pk}/submit/{route}/{segment}/",
    ):
        response = client.generic(method, url, REMOTE_ADDR=fresh_address())
        check_answer(target, response, [token])
