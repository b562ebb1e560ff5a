"""Bursts against PostgreSQL: many people (and the same people twice) at the same moment.
Each thread is a separate client with its own database connection."""

import threading

import pytest
from django.db import connection
from django.test import Client

from actions.models import RSVP, Signature
from actions.services.counts import signature_count, stored_signature_count

from .helpers import attendee, ensure_site, make_event, make_petition, signer

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def routable_pages():
    ensure_site()


def run_at_once(posts: list[tuple[str, dict]]) -> list:
    """POST each (url, data) from its own thread, all released at the same instant."""
    barrier = threading.Barrier(len(posts))
    results: list = [None] * len(posts)

    def worker(index: int, url: str, data: dict) -> None:
        try:
            client = Client(REMOTE_ADDR=f"10.0.{index // 250}.{index % 250}")
            barrier.wait(timeout=30)
            results[index] = client.post(url, data).status_code
        except Exception as error:  # reported below, with the others
            results[index] = error
        finally:
            connection.close()

    threads = [
        threading.Thread(target=worker, args=(i, url, data)) for i, (url, data) in enumerate(posts)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_concurrent_signers_with_duplicates_leave_one_row_each_and_an_exact_count():
    petition = make_petition(goal=100)
    people = [f"person{n}@example.org" for n in range(8)]
    # 32 signatures at once: every person signs four times, in different spellings.
    posts = []
    for n, email in enumerate(people):
        local, domain = email.split("@")
        variants = [email, f"  {email}  ", email.upper(), f"{local}+burst{n}@{domain}"]
        posts += [(petition.url, signer(email=variant)) for variant in variants]

    results = run_at_once(posts)

    assert results == [303] * len(posts), results
    rows = Signature.objects.filter(page=petition)
    assert rows.count() == len(people)
    assert sorted(rows.values_list("email_normalised", flat=True)) == sorted(people)
    assert stored_signature_count(petition.pk) == rows.count()
    assert signature_count(petition.pk) == rows.count()


def test_concurrent_rsvps_never_overfill_an_event():
    event = make_event(capacity=3)
    posts = [(event.url, attendee(email=f"guest{n}@example.org")) for n in range(20)]

    results = run_at_once(posts)

    assert results == [303] * len(posts), results
    assert RSVP.objects.filter(page=event, status=RSVP.Status.GOING).count() == 3
    assert RSVP.objects.filter(page=event, status=RSVP.Status.WAITLIST).count() == 17
