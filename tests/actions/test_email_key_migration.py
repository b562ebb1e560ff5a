"""The data migration that re-makes stored dedupe keys with today's rules: rows stored under an
older key match new posts, and two rows that turn out to be one person are both kept."""

import datetime as dt
import importlib

import pytest
from django.apps import apps
from django.utils import timezone

from actions.models import RSVP, Signature, UpdatesSignup
from actions.services.signatures import sign_petition

from .helpers import counted_post, make_event, make_petition, signer

pytestmark = pytest.mark.django_db

migration = importlib.import_module("actions.migrations.0010_renormalise_email_keys")


def old_key(email: str) -> str:
    """The key as the first release wrote it: lower case, no +tag."""
    local, _, domain = email.strip().lower().rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


def stored_signature(page, email: str, days_ago: int, **fields) -> Signature:
    return Signature.objects.create(
        page=page,
        first_name="Ana",
        last_name="Reyes",
        email=email,
        email_normalised=old_key(email),
        created_at=timezone.now() - dt.timedelta(days=days_ago),
        confirmed_at=timezone.now(),
        **fields,
    )


def test_keys_stored_under_the_old_rules_are_remade_and_match_new_posts():
    petition = make_petition()
    stored = stored_signature(petition, "ana.reyes@exa\u200bmple.org", 3)

    migration.renormalise_email_keys(apps, None)

    stored.refresh_from_db()
    assert stored.email_normalised == "ana.reyes@example.org"
    email = "ana.reyes@example.org"
    result = sign_petition(
        petition, signer(email=email), base_url="http://x", screening=counted_post(email)
    )
    assert not result.created
    assert Signature.objects.count() == 1


def test_the_earliest_of_two_rows_for_one_person_keeps_the_key_and_the_later_one_is_kept():
    petition = make_petition()
    first = stored_signature(petition, "a.na@googlemail.com", 5)
    later = stored_signature(petition, "ana@gmail.com", 2)
    other_petition = make_petition(title="Another petition")
    elsewhere = stored_signature(other_petition, "ana@gmail.com", 1)

    migration.renormalise_email_keys(apps, None)

    first.refresh_from_db()
    later.refresh_from_db()
    elsewhere.refresh_from_db()
    assert first.email_normalised == "ana@gmail.com"
    assert later.email_normalised == f"duplicate:{later.key}"
    assert later.email == "ana@gmail.com"
    assert elsewhere.email_normalised == "ana@gmail.com"
    assert Signature.objects.filter(page=petition, confirmed_at__isnull=False).count() == 2


def test_anonymised_rows_are_left_alone():
    petition = make_petition()
    erased = Signature.objects.create(
        page=petition,
        first_name="",
        last_name="",
        email="",
        email_normalised="anonymised:abc",
        anonymised_at=timezone.now(),
    )

    migration.renormalise_email_keys(apps, None)

    erased.refresh_from_db()
    assert erased.email_normalised == "anonymised:abc"


def test_rsvps_collide_only_while_active_and_signups_across_the_site():
    event = make_event()

    def rsvp(email: str, days_ago: int, status: str = RSVP.Status.GOING) -> RSVP:
        return RSVP.objects.create(
            page=event,
            name="Luis",
            email=email,
            email_normalised=old_key(email),
            status=status,
            created_at=timezone.now() - dt.timedelta(days=days_ago),
        )

    cancelled = rsvp("luis@gmail.com", 9, RSVP.Status.CANCELLED)
    going = rsvp("l.u.i.s@gmail.com", 5)
    again = rsvp("Luis+2@googlemail.com", 1, RSVP.Status.WAITLIST)
    signups = [
        UpdatesSignup.objects.create(
            name="Rosa",
            email=email,
            email_normalised=old_key(email),
            created_at=timezone.now() - dt.timedelta(days=days_ago),
        )
        for email, days_ago in (("rosa@ex\u00adample.org", 4), ("rosa@example.org", 2))
    ]

    migration.renormalise_email_keys(apps, None)

    for row in (cancelled, going, again, *signups):
        row.refresh_from_db()
    assert cancelled.email_normalised == "luis@gmail.com"
    assert going.email_normalised == "luis@gmail.com"
    assert again.email_normalised == f"duplicate:{again.key}"
    assert again.status == RSVP.Status.WAITLIST
    assert signups[0].email_normalised == "rosa@example.org"
    assert signups[1].email_normalised == f"duplicate:{signups[1].key}"


def test_running_it_again_changes_nothing():
    petition = make_petition()
    stored_signature(petition, "a.na@googlemail.com", 5)
    stored_signature(petition, "ana@gmail.com", 2)
    migration.renormalise_email_keys(apps, None)
    before = sorted(Signature.objects.values_list("pk", "email_normalised"))

    migration.renormalise_email_keys(apps, None)

    assert sorted(Signature.objects.values_list("pk", "email_normalised")) == before
