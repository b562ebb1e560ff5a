"""The one reminder to confirm a signature, for petitions that ask signers to confirm by email.

A signature still unconfirmed a day after signing (REMIND_AFTER) is sent its link again, once:
`confirmation_reminded_at` is set in the same transaction that picks it, with the rows locked
(`FOR UPDATE SKIP LOCKED`), so two schedulers running at once pick different signatures and
none is reminded twice. Not reminded: signatures older than the link's life (CONFIRM_MAX_AGE:
the signer has long moved on), held, rejected or erased ones, and anyone emailed in the last
day (who signed again and was sent a fresh link then)."""

from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from actions.models import Moderation, Signature
from actions.tokens import CONFIRM_MAX_AGE
from actions.update_tasks import send_confirmation_reminder

REMIND_AFTER = timedelta(days=1)
# Reminders claimed per run; the scheduler runs again within minutes for the rest.
REMINDERS_PER_RUN = 500


def due_reminders(now: datetime):
    cutoff = now - REMIND_AFTER
    return Signature.objects.filter(
        Q(last_emailed_at__isnull=True) | Q(last_emailed_at__lte=cutoff),
        confirmed_at__isnull=True,
        confirmation_reminded_at__isnull=True,
        moderation=Moderation.COUNTED,
        anonymised_at__isnull=True,
        created_at__lte=cutoff,
        created_at__gt=now - timedelta(seconds=CONFIRM_MAX_AGE),
    ).exclude(email="")


def remind_unconfirmed(*, base_url: str, now: datetime | None = None) -> int:
    """Claim and queue the reminders due now; how many were queued."""
    now = now or timezone.now()
    with transaction.atomic():
        rows = list(
            due_reminders(now)
            .select_for_update(skip_locked=True)
            .order_by("pk")
            .values_list("pk", "key")[:REMINDERS_PER_RUN]
        )
        if not rows:
            return 0
        Signature.objects.filter(
            pk__in=[pk for pk, _key in rows], confirmation_reminded_at__isnull=True
        ).update(confirmation_reminded_at=now, last_emailed_at=now)
        for _pk, key in rows:
            send_confirmation_reminder.enqueue(key.hex, base_url)
    return len(rows)
