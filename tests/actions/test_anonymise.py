"""Supporters' personal data is erased a set time after the campaign moment has passed;
every count stays the same."""

import datetime as dt
import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from actions.models import RSVP, Signature
from actions.services.counts import stored_signature_count

from .helpers import make_event, make_petition

pytestmark = pytest.mark.django_db


def sign(page, email: str, *, confirmed: bool = True) -> Signature:
    return Signature.objects.create(
        page=page,
        first_name="Ana",
        last_name="Reyes",
        email=email,
        email_normalised=email,
        postcode="90012",
        phone="555 0100",
        comment="For my cousin",
        opt_in=True,
        confirmed_at=timezone.now() if confirmed else None,
    )


def run(*args) -> str:
    out = io.StringIO()
    call_command("anonymise_supporters", *args, stdout=out)
    return out.getvalue()


def test_signers_of_a_long_closed_petition_are_anonymised_and_still_counted():
    closed = make_petition(slug="closed", closes_at=timezone.now() - dt.timedelta(days=100))
    open_petition = make_petition(slug="open")
    for n in range(3):
        sign(closed, f"closed{n}@example.org")
    sign(closed, "never-confirmed@example.org", confirmed=False)
    sign(open_petition, "open@example.org")
    Signature.objects.update(client_hash="0123456789abcdef")

    output = run("--days", "90")

    assert (
        "3 signatures and 0 RSVPs anonymised, 1 unconfirmed signatures and "
        "0 expired email signups removed" in output
    )
    assert stored_signature_count(closed.pk) == 3
    for signature in Signature.objects.filter(page=closed):
        assert signature.anonymised_at is not None
        assert (signature.first_name, signature.email, signature.postcode) == ("", "", "")
        assert (signature.phone, signature.comment) == ("", "")
        assert signature.email_normalised.startswith("anonymised:")
        assert signature.client_hash == ""
    assert Signature.objects.get(page=open_petition).email == "open@example.org"


def test_recently_closed_petitions_and_dry_runs_keep_personal_data():
    recent = make_petition(closes_at=timezone.now() - dt.timedelta(days=10))
    sign(recent, "recent@example.org")
    assert "0 signatures" in run("--days", "90")

    assert "Dry run, nothing changed: 1 signatures" in run("--days", "5", "--dry-run")
    assert Signature.objects.get().email == "recent@example.org"


def test_a_petition_closed_by_staff_counts_from_its_last_publication():
    petition = make_petition(is_closed=True)
    sign(petition, "a@example.org")
    assert run("--days", "0").startswith(petition.title)
    assert Signature.objects.get().anonymised_at is not None


def test_attendees_of_a_past_event_are_anonymised_and_still_counted():
    day = timezone.localdate() - dt.timedelta(days=40)
    event = make_event(start_date=day, capacity=None)
    RSVP.objects.create(
        page=event,
        name="Luis",
        email="luis@example.org",
        email_normalised="luis@example.org",
        guests=2,
        access_needs="Ramp",
    )

    run("--days", "30")

    rsvp = RSVP.objects.get()
    assert (rsvp.name, rsvp.email, rsvp.access_needs, rsvp.guests) == ("", "", "", 2)
    assert rsvp.status == RSVP.Status.GOING


def test_the_scheduler_runs_anonymisation_every_hour():
    assert ("actions.jobs.anonymise_expired_supporters", 3600) in settings.SCHEDULER_JOBS
