"""A viral petition: thousands of signers across both app servers, each from its own address."""

import time

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


def test_one_address_is_rate_limited_across_both_app_servers_together():
    limit = int(ENV.get("ACTIONS_RATE_LIMIT", "30"))
    window = int(ENV.get("ACTIONS_RATE_LIMIT_WINDOW_SECONDS", "60"))
    petition = create_petition("Stack: one busy address")
    forms = {base: SignForm.fetch(base, petition["path"]) for base in (APP_A, APP_B)}
    # The limit counts in fixed windows: start early in one so the whole run falls inside it.
    if time.time() % window > window / 2:
        time.sleep(window - time.time() % window + 0.5)

    statuses = []
    for i in range(limit + 1):
        base = (APP_A, APP_B)[i % 2]
        outcome = post_signature(base, forms[base], f"busy-{i}@example.org", source="127.12.0.1")
        statuses.append(outcome.status)

    assert statuses[:limit] == [303] * limit
    # Half of the earlier posts went to the other server: only a shared counter refuses this.
    assert statuses[limit] == 429
