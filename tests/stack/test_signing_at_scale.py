"""A viral petition: thousands of signers across both app servers, each from its own address."""

import psycopg

from .stack import (
    APP_A,
    APP_B,
    EDGE,
    ENV,
    Crowd,
    SignForm,
    count_json,
    create_petition,
    post_signature,
    stored_emails,
    wait_until,
)

SIGNERS = 2000
# Within the default burst (60 a minute from one connection): all of them count at once.
RALLY = 40


def test_2000_signers_across_both_app_servers_are_all_thanked_stored_and_counted_exactly():
    petition = create_petition("Stack: two thousand signers")
    forms = {base: SignForm.fetch(base, petition["path"]) for base in (APP_A, APP_B)}
    servers = [(APP_A, APP_B)[i % 2] for i in range(SIGNERS)]

    outcomes = Crowd(test_number=11).sign(
        [(base, forms[base], i) for i, base in enumerate(servers)], concurrency=32
    )

    refused = [o for o in outcomes if not o.thanked]
    assert not refused, f"{len(refused)} signers not thanked, e.g. {refused[:3]}"
    assert len(stored_emails(petition["id"])) == SIGNERS
    # The public count (cached a few seconds in the shared cache) catches up exactly, and
    # both servers and the edge report the same number.
    assert wait_until(lambda: count_json(EDGE, petition["id"]) == SIGNERS, timeout=20)
    assert count_json(APP_A, petition["id"]) == count_json(APP_B, petition["id"]) == SIGNERS


def test_40_readers_on_one_connection_sign_through_the_edge_and_are_all_counted():
    """A rally on one Wi-Fi network: through Varnish (which adds the connection's address for
    the app servers, behind TRUSTED_PROXY_COUNT=1), to both app servers, within a minute."""
    petition = create_petition("Stack: a rally on one network")
    form = SignForm.fetch(EDGE, petition["path"])

    outcomes = [
        post_signature(EDGE, form, f"rally-{i}@example.org", source="127.12.0.1")
        for i in range(RALLY)
    ]

    refused = [o for o in outcomes if not o.thanked]
    assert not refused, f"{len(refused)} of the rally not thanked, e.g. {refused[:3]}"
    assert held_count(petition["id"]) == 0
    assert len(stored_emails(petition["id"])) == RALLY
    assert wait_until(lambda: count_json(EDGE, petition["id"]) == RALLY, timeout=20)


def held_count(page_id: int) -> int:
    with psycopg.connect(ENV["DATABASE_URL"]) as connection:
        (held,) = connection.execute(
            "SELECT count(*) FROM actions_signature WHERE page_id = %s AND moderation <> 'counted'",
            [page_id],
        ).fetchone()
    return held
