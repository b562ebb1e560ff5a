"""Parts of the stack fail while readers keep coming: the site degrades, loses nothing that
it said it kept, and recovers without anyone restarting the app servers.

Retries: the test signers never resend a post by themselves after a connection error. The
only resend is the one a person makes from the app's "please try again" page (503 with
Retry-After), which offers to send the same answers again; every action form keeps one
record per email, so a resend of a post that was in fact stored is harmless."""

import signal
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import requests

from .stack import (
    APP_A,
    APP_B,
    EDGE,
    ENV,
    Crowd,
    SignForm,
    address,
    answers,
    count_json,
    create_petition,
    hold,
    kill_service,
    pg_ctl,
    post_signature,
    release,
    stored_emails,
    wait_until,
)


def redis_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", int(ENV["STACK_REDIS_PORT"])), timeout=1):
            return True
    except OSError:
        return False


def test_with_redis_stopped_pages_still_serve_and_signing_still_works():
    petition = create_petition("Stack: Redis is down")
    hold("redis")
    kill_service("redis", signal.SIGTERM)
    try:
        assert wait_until(lambda: not redis_answers(), timeout=10)

        for base in (EDGE, APP_A, APP_B):
            assert requests.get(base + "/", timeout=30).status_code == 200
            assert requests.get(base + petition["path"], timeout=30).status_code == 200
        outcomes = Crowd(test_number=21).sign(
            (base, SignForm.fetch(base, petition["path"]), i)
            for i, base in enumerate([APP_A, APP_B, EDGE, APP_A, APP_B, EDGE])
        )
        assert all(o.thanked for o in outcomes), outcomes
        assert len(stored_emails(petition["id"])) == 6
        # Operators see what is wrong.
        health = requests.get(f"{APP_A}/health/", timeout=30)
        assert health.status_code == 503
        assert health.json()["checks"]["Cache"] != "OK"
    finally:
        release("redis")
    assert wait_until(redis_answers, timeout=15)
    assert wait_until(lambda: requests.get(f"{APP_A}/health/", timeout=30).ok, timeout=15)


def running_then(thread: threading.Thread, seconds: float) -> Callable[[], bool]:
    """True while `thread` runs and for `seconds` after it ends: a burst around a fault."""
    ended: list[float] = []

    def busy() -> bool:
        if thread.is_alive():
            return True
        if not ended:
            ended.append(time.monotonic())
        return time.monotonic() - ended[0] < seconds

    return busy


def test_postgresql_restarted_mid_burst_thanks_only_stored_signers_and_recovers_by_itself():
    petition = create_petition("Stack: the database restarts")
    forms = {base: SignForm.fetch(base, petition["path"]) for base in (EDGE, APP_A, APP_B)}

    def restart_database():
        time.sleep(1.0)
        pg_ctl("stop")
        time.sleep(3.0)
        pg_ctl("start")

    restart = threading.Thread(target=restart_database)
    restart.start()
    outcomes = Crowd(test_number=31).sign_while(forms, running_then(restart, 2.0))

    stored = stored_emails(petition["id"])
    thanked = {o.email for o in outcomes if o.thanked}
    assert thanked <= stored, f"thanked but not stored: {sorted(thanked - stored)[:5]}"
    assert {o.status for o in outcomes} <= {303, 503}, {o.status for o in outcomes}
    unavailable = [o for o in outcomes if o.status == 503]
    assert unavailable, "no signer met the outage"
    print(f"{len(outcomes)} signers, {len(unavailable)} asked to try again")
    assert all(o.retry_after for o in unavailable), "a 503 without Retry-After"
    # Recovery without restarting anything: the signers of the last two seconds, on every
    # server, were thanked; and the people asked to try again can: no signature is lost.
    assert outcomes[-1].thanked
    retried = [o for o in outcomes if not o.thanked]

    def send_again(i: int) -> bool:
        base = (APP_A, APP_B, EDGE)[i % 3]
        return post_signature(base, forms[base], retried[i].email, address(32, i)).thanked

    with ThreadPoolExecutor(8) as pool:
        assert all(pool.map(send_again, range(len(retried))))
    assert len(stored_emails(petition["id"])) == len(outcomes)


def test_an_app_server_killed_mid_burst_loses_no_signature_as_varnish_routes_to_the_other():
    petition = create_petition("Stack: an app server dies")
    forms = {EDGE: SignForm.fetch(EDGE, petition["path"])}

    def kill_app_server_a():
        time.sleep(1.0)
        hold("app-a")
        kill_service("app-a", signal.SIGKILL)
        time.sleep(1.0)

    killer = threading.Thread(target=kill_app_server_a)
    killer.start()
    try:
        outcomes = Crowd(test_number=41).sign_while(forms, running_then(killer, 2.0), 16)
        assert not answers(f"{APP_A}/health/live/"), "app server A was still up"

        not_thanked = [o for o in outcomes if not o.thanked]
        assert not not_thanked, f"{len(not_thanked)} signers not thanked: {not_thanked[:3]}"
        assert len(stored_emails(petition["id"])) == len(outcomes)
        assert wait_until(lambda: count_json(EDGE, petition["id"]) == len(outcomes), 20)
    finally:
        release("app-a")
    assert wait_until(lambda: answers(f"{APP_A}/health/live/"), timeout=30)
