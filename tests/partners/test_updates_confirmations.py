"""Confirmation health for double opt-in petitions (per day in the campaign's zone, per email
domain, a domain at 0% marked) for data stewards only, and the one reminder to confirm."""

import datetime as dt
from collections.abc import Iterator

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from actions.jobs import remind_unconfirmed_signers
from actions.models import Moderation, Signature
from actions.services.confirmation_reminders import remind_unconfirmed
from actions.services.confirmations import confirmation_health
from common.timezones import site_zone

from .updates_helpers import petition_with_milestone, sign, staff

pytestmark = pytest.mark.django_db

ZONE = site_zone()
# 11:30 PM in California on 10 November is 07:30 UTC on 11 November.
LATE_EVENING = dt.datetime(2026, 11, 10, 23, 30, tzinfo=ZONE)
NEXT_MORNING = dt.datetime(2026, 11, 11, 9, 0, tzinfo=ZONE)
# Weeks ago, and reminded already: the reminder test counts only its own signers.
UNCONFIRMED = {"confirmed_at": None, "confirmation_reminded_at": NEXT_MORNING + dt.timedelta(1)}


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker) -> Iterator[dict]:
    with django_db_blocker.unblock(), transaction.atomic():
        petition = petition_with_milestone(require_confirmation=True)
        for n in range(4):
            sign(petition, f"ok{n}@gmail.com", created_at=LATE_EVENING, confirmed_at=NEXT_MORNING)
        for n in range(5):
            sign(petition, f"lost{n}@brokenmail.example", created_at=NEXT_MORNING, **UNCONFIRMED)
        sign(petition, "one@gmail.com", created_at=NEXT_MORNING, **UNCONFIRMED)
        sign(
            petition,
            "flood@gmail.com",
            created_at=NEXT_MORNING,
            confirmed_at=None,
            moderation=Moderation.HELD,
        )
        yield {"petition": petition}
        transaction.set_rollback(True)


@pytest.fixture
def petition(db, built):
    return built["petition"]


def test_health_counts_per_day_in_the_campaigns_zone_and_per_domain(petition):
    health = confirmation_health(petition.pk)
    assert (health.total.created, health.total.confirmed) == (10, 4)  # the held one left out
    days = [(row.label, row.created, row.confirmed, row.rate) for row in health.days]
    assert days == [(dt.date(2026, 11, 10), 4, 4, 100), (dt.date(2026, 11, 11), 6, 0, 0)]
    domains = {
        row.label: (row.created, row.confirmed, row.rate, row.flagged) for row in health.domains
    }
    assert domains == {
        "brokenmail.example": (5, 0, 0, True),
        "gmail.com": (5, 4, 80, False),
    }
    assert health.other_domains is None
    top_one = confirmation_health(petition.pk, top=1)
    assert top_one.other_domains.created == 5


def test_stewards_see_health_and_others_are_refused(client, petition, django_user_model):
    url = reverse("actions_confirmation_health", args=[petition.pk])
    client.force_login(staff(django_user_model, "steward", "Data stewards"))
    html = client.get(url).content.decode()
    assert "brokenmail.example" in html and "Far below the others" in html
    assert "4 of 10 signatures confirmed (40%)." in html
    counts = client.get(reverse("actions_counts")).content.decode()
    assert url in counts  # linked from the action counts, next to "Awaiting confirmation"
    client.force_login(staff(django_user_model, "comms", "Comms staff"))
    assert client.get(url).status_code == 403
    assert url not in client.get(reverse("actions_counts")).content.decode()


def test_the_reminder_goes_once_a_day_after_signing_in_the_signers_language(petition, mailoutbox):
    now = timezone.now()
    hours = dt.timedelta(hours=1)
    fresh = sign(petition, "fresh@example.org", created_at=now - 23 * hours, confirmed_at=None)
    due = sign(
        petition,
        "due@example.org",
        created_at=now - 25 * hours,
        last_emailed_at=now - 25 * hours,
        confirmed_at=None,
        language="es",
    )
    done = sign(petition, "done@example.org", created_at=now - 25 * hours)
    held = sign(
        petition,
        "held@example.org",
        created_at=now - 25 * hours,
        confirmed_at=None,
        moderation=Moderation.HELD,
    )
    resent = sign(  # signed again an hour ago and was sent a fresh link then
        petition,
        "resent@example.org",
        created_at=now - 30 * hours,
        last_emailed_at=now - hours,
        confirmed_at=None,
    )
    old = sign(petition, "old@example.org", created_at=now - 31 * 24 * hours, confirmed_at=None)

    assert remind_unconfirmed_signers() == "reminded 1 signer to confirm"
    assert [message.to for message in mailoutbox] == [["due@example.org"]]
    reminder = mailoutbox[0]
    assert reminder.subject == "Recordatorio: confirme su firma en Libérenlos a todos"
    assert "/es/" in reminder.body and "/confirm/" in reminder.body
    assert "Es el único recordatorio" in reminder.body

    # Never a second time, however often the scheduler runs, even once the others are due.
    assert remind_unconfirmed(base_url="http://testserver") == 0
    later = now + 2 * dt.timedelta(days=1)
    assert remind_unconfirmed(base_url="http://testserver", now=later) == 2  # fresh, resent
    reminded = set(
        Signature.objects.filter(confirmation_reminded_at__gt=now - hours).values_list(
            "email", flat=True
        )
    )
    assert reminded == {due.email, fresh.email, resent.email}
    assert remind_unconfirmed(base_url="http://testserver", now=later) == 0
    assert {done.email, held.email, old.email}.isdisjoint(reminded)
