"""The unsubscribe link in every update: opening it changes nothing, pressing its button (or a
mail program's one-click POST) stops updates at once, in both languages; a forged or altered
link, or one signer's link used for another, stops nobody."""

from collections.abc import Iterator

import pytest
from django.db import transaction

from actions.models import Unsubscribe
from actions.services.update_sending import start_update
from actions.services.updates import audience, is_unsubscribed
from actions.tokens import CONFIRM_SIGNATURE, UNSUBSCRIBE_UPDATES, make_token

from .updates_helpers import add_milestone, petition_with_milestone, signers

pytestmark = pytest.mark.django_db

TEXTS = {
    "en": {"subject": "The county answered", "message": "They said yes."},
    "es": {"subject": "El condado respondió", "message": "Dijeron que sí."},
}


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker) -> Iterator[dict]:
    with django_db_blocker.unblock(), transaction.atomic():
        petition = petition_with_milestone()
        yield {"petition": petition, "people": signers(petition)}
        transaction.set_rollback(True)


@pytest.fixture
def people(db, built) -> dict:
    return built["people"]


def link(signature, purpose=UNSUBSCRIBE_UPDATES, language="en") -> str:
    prefix = "/es" if language == "es" else ""
    return f"{prefix}/actions/unsubscribe/{make_token(signature.key, purpose)}/"


def test_opening_the_link_changes_nothing_and_is_never_cached(client, people):
    response = client.get(link(people["ana"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Press the button" in html and "a•••@example.org" in html and "<form" in html
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert not is_unsubscribed(people["ana"])


def test_pressing_the_button_stops_the_next_update(client, built, people, mailoutbox):
    response = client.post(link(people["ana"]))
    assert response.status_code == 200
    assert "You are unsubscribed" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert is_unsubscribed(people["ana"])

    petition = built["petition"]
    milestone = add_milestone(petition, "The county answered")
    start_update(petition.pk, milestone.pk, TEXTS, user=None, base_url="http://testserver")
    assert [message.to for message in mailoutbox] == [["luis@example.net"]]


def test_mail_programs_one_click_post_from_another_site_unsubscribes(client, people):
    """RFC 8058: the provider POSTs `List-Unsubscribe=One-Click`, with no Origin or its own."""
    response = client.post(
        link(people["luis"]),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
        headers={"Origin": "https://mail.example.com", "Sec-Fetch-Site": "cross-site"},
    )
    assert response.status_code == 200
    assert is_unsubscribed(people["luis"])
    again = client.post(
        link(people["luis"]),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert again.status_code == 200  # idempotent
    assert Unsubscribe.objects.count() == 2  # luis, and the fixture's "stopped"


def test_the_spanish_link_speaks_spanish(client, people):
    page = client.get(link(people["luis"], language="es")).content.decode()
    assert "Darse de baja" in page
    done = client.post(link(people["luis"], language="es")).content.decode()
    assert "Se ha dado de baja" in done


@pytest.mark.parametrize(
    "token",
    [
        "not-a-token",
        "",
        "0" * 32 + "-0-" + "0" * 32,
    ],
)
def test_a_forged_link_stops_nobody(client, people, token):
    response = client.post(f"/actions/unsubscribe/{token or 'x'}/")
    assert response.status_code == 400
    assert Unsubscribe.objects.count() == 1


def test_a_link_cannot_be_altered_or_used_for_another_signer(client, people):
    ana, luis = people["ana"], people["luis"]
    _key, made, signature = make_token(ana.key, UNSUBSCRIBE_UPDATES).split("-")
    # Ana's signed part with Luis's key: the signature no longer matches.
    assert (
        client.post(f"/actions/unsubscribe/{luis.key.hex}-{made}-{signature}/").status_code == 400
    )
    # A link made for another purpose (confirming Luis's signature) does not unsubscribe him.
    assert client.post(link(luis, purpose=CONFIRM_SIGNATURE)).status_code == 400
    # Ana's own link stops Ana only.
    client.post(link(ana))
    assert is_unsubscribed(ana) and not is_unsubscribed(luis)


def test_the_count_excludes_the_unsubscribed_at_once(client, built, people):
    before = audience(built["petition"].pk)
    client.post(link(people["ana"]))
    after = audience(built["petition"].pk)
    assert (before.reach, after.reach) == (2, 1)
    assert after.unsubscribed == 2


def test_an_unsubscribe_is_stored_without_the_address(client, people):
    client.post(link(people["ana"]))
    stored = list(Unsubscribe.objects.values_list("address_key", flat=True))
    assert all("@" not in key and "ana" not in key for key in stored)


def test_the_link_of_an_erased_signature_says_nothing_more_is_sent(client, people):
    response = client.post(link(people["erased"]))
    assert response.status_code == 200
    assert "We no longer keep your details" in response.content.decode()
    assert Unsubscribe.objects.count() == 1
