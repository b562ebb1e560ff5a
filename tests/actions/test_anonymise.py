"""Supporters' personal data is erased a set time after the campaign moment has passed;
every count stays the same."""

import datetime as dt
import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from actions.models import RSVP, Endorsement, Signature
from actions.services.counts import stored_signature_count
from tests.factories import ImageFactory

from .helpers import make_event, make_petition, make_statement

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


def test_signatures_on_a_petition_that_never_closes_are_anonymised_by_age(settings):
    settings.ACTIONS_SUPPORTER_MAX_AGE_DAYS = 730
    forever = make_petition(slug="forever", closes_at=None)
    old = sign(forever, "signed-in-2017@example.org")
    old_unconfirmed = sign(forever, "never-confirmed-2017@example.org", confirmed=False)
    recent = sign(forever, "signed-last-month@example.org")
    Signature.objects.filter(pk__in=[old.pk, old_unconfirmed.pk]).update(
        created_at=timezone.now() - dt.timedelta(days=731)
    )
    Signature.objects.filter(pk=recent.pk).update(created_at=timezone.now() - dt.timedelta(days=30))

    output = run("--days", "90")

    assert "1 signatures and 0 RSVPs anonymised, 1 unconfirmed signatures" in output
    assert "Older than 730 days" in output
    old.refresh_from_db()
    assert (old.first_name, old.email, old.comment) == ("", "", "")
    assert old.anonymised_at is not None
    assert not Signature.objects.filter(pk=old_unconfirmed.pk).exists()
    recent.refresh_from_db()
    assert recent.email == "signed-last-month@example.org"
    assert stored_signature_count(forever.pk) == 2, "the old signature still counts"


def test_old_rsvps_are_anonymised_by_age_even_before_the_event_ends(settings):
    settings.ACTIONS_SUPPORTER_MAX_AGE_DAYS = 365
    event = make_event(start_date=timezone.localdate() + dt.timedelta(days=400))
    rsvp = RSVP.objects.create(
        page=event,
        name="Luis Ortega",
        email="luis@example.org",
        email_normalised="luis@example.org",
    )
    RSVP.objects.filter(pk=rsvp.pk).update(created_at=timezone.now() - dt.timedelta(days=366))

    run("--days", "90")

    rsvp.refresh_from_db()
    assert (rsvp.name, rsvp.email, rsvp.anonymised_at is not None) == ("", "", True)


def test_endorsement_contacts_are_erased_and_rejected_endorsements_removed(settings):
    settings.ACTIONS_SUPPORTER_MAX_AGE_DAYS = 730
    statement = make_statement()
    long_ago, recently = (timezone.now() - dt.timedelta(days=n) for n in (120, 10))
    logo, rejected_logo = ImageFactory(), ImageFactory()

    def endorse(name: str, status: str, reviewed_at, logo=None) -> Endorsement:
        return Endorsement.objects.create(
            page=statement,
            organisation_name=name,
            website="https://org.example",
            logo=logo,
            contact_name=f"Contact at {name}",
            contact_email=f"{name.lower()}@org.example",
            status=status,
            reviewed_at=reviewed_at,
        )

    approved = endorse("Approved", Endorsement.Status.APPROVED, long_ago, logo=logo)
    fresh = endorse("Fresh", Endorsement.Status.APPROVED, recently)
    rejected = endorse("Rejected", Endorsement.Status.REJECTED, long_ago, logo=rejected_logo)
    forgotten = endorse("Forgotten", Endorsement.Status.PENDING, None)
    Endorsement.objects.filter(pk=forgotten.pk).update(
        submitted_at=timezone.now() - dt.timedelta(days=800)
    )
    dry = run("--days", "90", "--dry-run")
    assert "2 endorsement contacts erased and 1 rejected endorsements removed" in dry
    assert Endorsement.objects.filter(contact_name="").count() == 0

    output = run("--days", "90")

    assert "2 endorsement contacts erased and 1 rejected endorsements removed" in output
    approved.refresh_from_db()
    assert (approved.contact_name, approved.contact_email) == ("", "")
    assert (approved.organisation_name, approved.website, approved.logo) == (
        "Approved",
        "https://org.example",
        logo,
    ), "what the statement shows stays"
    forgotten.refresh_from_db()
    assert (forgotten.contact_email, forgotten.status) == ("", Endorsement.Status.PENDING)
    fresh.refresh_from_db()
    assert fresh.contact_email == "fresh@org.example", "reviewed too recently"
    assert not Endorsement.objects.filter(pk=rejected.pk).exists()
    assert not type(logo).objects.filter(pk=rejected_logo.pk).exists()
    assert type(logo).objects.filter(pk=logo.pk).exists()
