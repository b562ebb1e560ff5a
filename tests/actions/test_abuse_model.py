"""Hold, don't refuse: every valid post is stored; posts beyond a human rate from one
connection are held (not counted, no email) until a data steward releases them; only a flood
beyond the ceiling is asked to wait. Whatever happened, the sender sees the same thank-you."""

import pytest
from django.core import mail
from django.test import Client

from actions.abuse import address_hash
from actions.models import RSVP, BlockedEmail, Endorsement, Moderation, Signature, UpdatesSignup
from actions.services.counts import signature_count
from actions.services.rsvps import places_left

from .abuse_helpers import set_limits
from .helpers import attendee, signer

pytestmark = pytest.mark.django_db


def sign(petition, n: int, address: str = "198.51.100.20", **fields):
    return Client().post(
        f"/actions/pages/{petition.pk}/submit/",
        signer(email=f"signer{n}@example.org", **fields),
        REMOTE_ADDR=address,
    )


def test_a_rally_of_40_from_one_connection_is_all_thanked_and_all_counted(petition):
    responses = [sign(petition, n) for n in range(40)]

    assert {(r.status_code, r["Location"]) for r in responses} == {
        (303, petition.url + "thank-you/#thank-you")
    }
    assert Signature.objects.filter(moderation=Moderation.COUNTED).count() == 40
    assert signature_count(petition.pk) == 40
    assert len(mail.outbox) == 40


def test_a_flood_beyond_the_burst_is_held_with_the_same_thank_you(petition):
    set_limits(burst=3)
    responses = [sign(petition, n) for n in range(5)]

    assert len({(r.status_code, r["Location"]) for r in responses}) == 1
    held = Signature.objects.filter(moderation=Moderation.HELD)
    assert held.count() == 2
    assert "more than 3 posts in a minute" in held.first().held_reason
    assert held.first().held_at is not None
    assert signature_count(petition.pk) == 3
    # A flood cannot make the site send mail: only the counted signers were emailed.
    assert len(mail.outbox) == 3


def test_the_sustained_limit_holds_an_hours_steady_trickle(petition):
    set_limits(burst=50, sustained=4)
    [sign(petition, n) for n in range(6)]
    reasons = set(
        Signature.objects.filter(moderation=Moderation.HELD).values_list("held_reason", flat=True)
    )
    assert reasons == {"more than 4 posts in an hour from one connection"}


def test_one_throwaway_domain_from_many_connections_is_held_beyond_the_domain_limit(petition):
    set_limits(domain=3)
    for n in range(5):
        Client().post(
            petition.url,
            signer(email=f"bot{n}@throwaway.example"),
            REMOTE_ADDR=f"198.51.100.{n + 1}",
        )
    for n in range(5):  # thousands of honest signers share the big providers
        Client().post(
            petition.url, signer(email=f"fan{n}@gmail.com"), REMOTE_ADDR=f"203.0.113.{n + 1}"
        )

    held = Signature.objects.filter(moderation=Moderation.HELD)
    assert list(held.values_list("email_domain", flat=True)) == ["throwaway.example"] * 2
    assert held.first().held_reason == "more than 3 posts in an hour from one email domain"
    assert signature_count(petition.pk) == 8


def test_the_domain_limit_can_be_switched_off(petition):
    set_limits(domain=0)
    for n in range(4):
        sign(petition, n, address=f"198.51.100.{n + 1}")
    assert signature_count(petition.pk) == 4


def test_addresses_in_one_ipv6_64_are_one_connection(petition):
    # One subscriber is given a whole /64: a fresh address per post is still one connection.
    set_limits(burst=2)
    for n in range(3):
        sign(petition, n, address=f"2001:db8:1:2::{n + 1}")
    sign(petition, 3, address="2001:db8:1:3::1")  # a neighbour's network

    assert Signature.objects.filter(moderation=Moderation.HELD).count() == 1
    assert signature_count(petition.pk) == 3


def test_stored_records_know_their_connection_by_keyed_hash_and_their_domain(petition):
    sign(petition, 1, address="203.0.113.44")

    signature = Signature.objects.get()
    assert signature.client_hash == address_hash("203.0.113.44")
    assert len(signature.client_hash) == 16 and "203.0.113" not in signature.client_hash
    assert signature.email_domain == "example.org"


def test_the_ceiling_answers_429_with_retry_after_and_keeps_what_was_typed(petition):
    set_limits(burst=2, ceiling=3)
    [sign(petition, n) for n in range(3)]

    response = sign(petition, 99, comment="Close it now")

    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    html = response.content.decode()
    assert "please wait a minute, then send again" in html
    assert 'value="signer99@example.org"' in html and "Close it now" in html
    assert Signature.objects.count() == 3
    assert sign(petition, 100, address="192.0.2.1").status_code == 303


def test_a_suspicious_form_is_held(petition, monkeypatch):
    from actions.forms import SignatureForm

    monkeypatch.setattr(SignatureForm, "suspicion", "filled in 0.9 s", raising=False)
    sign(petition, 1)

    signature = Signature.objects.get()
    assert signature.moderation == Moderation.HELD
    assert signature.held_reason == "looked automated: filled in 0.9 s"
    assert signature_count(petition.pk) == 0 and not mail.outbox


def test_a_blocked_domain_or_address_is_stored_rejected_with_the_same_thank_you(petition):
    BlockedEmail.objects.create(kind="domain", value="@Spam.Example")
    BlockedEmail.objects.create(kind="address", value="Troll+x@example.org")
    set_limits()  # the steward's save forgets the cached rules; here, by hand
    fine = sign(petition, 1)
    by_domain = Client().post(petition.url, signer(email="a@spam.example"))
    by_address = Client().post(petition.url, signer(email="troll@example.org"))

    assert by_domain["Location"] == by_address["Location"] == fine["Location"]
    rejected = Signature.objects.filter(moderation=Moderation.REJECTED)
    assert sorted(rejected.values_list("held_reason", flat=True)) == [
        "blocked address",
        "blocked domain",
    ]
    assert signature_count(petition.pk) == 1 and len(mail.outbox) == 1


def post_from(url: str, data: dict, address: str = "198.51.100.5"):
    return Client().post(url, data, REMOTE_ADDR=address)


def test_a_held_rsvp_takes_no_place_and_gets_no_email(event):
    set_limits(burst=1)
    url = f"/actions/pages/{event.pk}/submit/"
    first = post_from(url, attendee(email="first@example.org"))
    second = post_from(url, attendee(email="second@example.org"))

    assert first["Location"] == second["Location"] == event.url + "rsvp/going/#rsvp-done"
    assert RSVP.objects.filter(moderation=Moderation.HELD).count() == 1
    assert places_left(event) == 2
    assert [m.to for m in mail.outbox] == [["first@example.org"]]


def test_a_held_email_signup_is_stored_apart(client):
    set_limits(burst=1)
    for n in range(2):
        response = post_from(
            "/actions/updates/", {"name": "Ana", "email": f"u{n}@example.org", "opt_in": "on"}
        )
        assert response["Location"] == "/actions/updates/thank-you/#updates-done"
    assert list(UpdatesSignup.objects.order_by("email").values_list("moderation", flat=True)) == [
        "counted",
        "held",
    ]


def test_a_held_endorsement_is_neither_announced_nor_reviewable(statement):
    set_limits(burst=1)
    url = f"/actions/pages/{statement.pk}/submit/"
    for name in ("Org one", "Org two"):
        post_from(
            url,
            {
                "organisation_name": name,
                "website": "org.example",
                "scope": "California",
                "contact_name": "Rosa Martinez",
                "contact_email": "c@org.example",
            },
        )

    held = Endorsement.objects.get(moderation=Moderation.HELD)
    assert held.organisation_name == "Org two" and held.last_emailed_at is None
    subjects = [m.subject for m in mail.outbox]
    assert subjects.count(f"We received your endorsement: {statement.title}") == 1
    assert all("Org two" not in m.body for m in mail.outbox)


def test_redis_down_fails_open_with_production_cache_options(petition, settings):
    # A Redis nobody listens on, with production's choice to ignore (and log) its errors.
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
    responses = [sign(petition, n) for n in range(3)]

    assert [r.status_code for r in responses] == [303, 303, 303]
    assert Signature.objects.filter(moderation=Moderation.COUNTED).count() == 3
