"""Sending an update to a petition's signers from the admin: the update is recorded and its
first batch queued in one transaction, so it is either sent or not there at all (see
actions.services.updates for who it reaches and how batches claim recipients)."""

from django.db import transaction

from actions.models import SignerUpdate
from actions.update_tasks import send_update_batch

from .updates import audience


def start_update(
    page_id: int, milestone_id: int, texts: dict, *, user, base_url: str
) -> tuple[SignerUpdate, bool]:
    """Record the update of one milestone and queue its first batch, both or neither. A
    milestone has one update: a second click (or two editors at once) gets the first one back
    and queues nothing. True when this call created it."""
    with transaction.atomic():
        update, created = SignerUpdate.objects.get_or_create(
            page_id=page_id,
            milestone_id=milestone_id,
            defaults={"texts": texts, "sent_by": user, "planned": audience(page_id).reach},
        )
        if created:
            send_update_batch.enqueue(update.key.hex, base_url, 0)
    return update, created


def resume_update(update: SignerUpdate, *, base_url: str) -> bool:
    """Queue an unfinished update again from its first signer (those already sent it are
    skipped): after the mail server refused a batch, or a worker stopped. False when it has
    finished."""
    if update.finished_at:
        return False
    send_update_batch.enqueue(update.key.hex, base_url, 0)
    return True
