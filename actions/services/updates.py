"""Telling a petition's signers what happened: who an update reaches, sending it in batches
through the task worker, and unsubscribing.

An update reaches the signers who ticked "wants campaign news" (`opt_in`), whose signature
counts (confirmed, neither held nor rejected), whose details were not erased, and whose
address has not unsubscribed. Unsubscribing is from every update to signers, on any petition,
for that address: someone who says "stop" once should not have to say it again on the next
petition they sign.

Sending never happens in the editor's request (actions.services.update_sending): the first
batch is queued, and each batch queues the next (actions.update_tasks), so thousands of
signers take many small tasks. Each recipient is claimed (INSERT … ON CONFLICT DO NOTHING
RETURNING) before their email goes out: a batch run twice, by a retry or by two workers,
sends each person one email. Whoever unsubscribes is skipped by every batch that starts after
they did."""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connections, router
from django.db.models import QuerySet
from django.utils import timezone

from actions.models import SentUpdate, Signature, SignerUpdate, Unsubscribe
from actions.models.signatures import COUNTED
from actions.models.updates import address_key

# How many addresses one query asks the unsubscribe list about.
LOOKUP_CHUNK = 5000


def asked_for_news(page_id: int) -> QuerySet:
    """Signatures on the counting page `page_id` whose signer asked for news and may be
    emailed, unsubscribed or not."""
    return Signature.objects.filter(
        COUNTED, page_id=page_id, opt_in=True, anonymised_at__isnull=True
    ).exclude(email="")


def unsubscribed(emails_normalised: Iterable[str]) -> set[str]:
    """Those of the addresses (normalised) that asked for no more updates."""
    keys = {address_key(email): email for email in emails_normalised}
    found = set()
    key_list = list(keys)
    for start in range(0, len(key_list), LOOKUP_CHUNK):
        chunk = key_list[start : start + LOOKUP_CHUNK]
        found.update(
            Unsubscribe.objects.filter(address_key__in=chunk).values_list("address_key", flat=True)
        )
    return {keys[key] for key in found}


@dataclass(frozen=True)
class Audience:
    """Who an update would reach now, in numbers only."""

    asked: int  # signers who asked for news
    unsubscribed: int  # of those, how many unsubscribed since
    not_asked: int  # counted signers who did not ask: never emailed
    by_language: dict[str, int] = field(default_factory=dict)  # those reached, per language

    @property
    def reach(self) -> int:
        return self.asked - self.unsubscribed


def audience(page_id: int) -> Audience:
    """Three queries, whatever the number of signers: the opted-in signers' addresses and
    languages, the unsubscribe list for them, and a count of the others."""
    rows = list(asked_for_news(page_id).values_list("email_normalised", "language"))
    stopped = unsubscribed(email for email, _language in rows)
    by_language: dict[str, int] = {}
    for email, language in rows:
        if email not in stopped:
            by_language[language] = by_language.get(language, 0) + 1
    not_asked = Signature.objects.filter(
        COUNTED, page_id=page_id, opt_in=False, anonymised_at__isnull=True
    ).count()
    return Audience(
        asked=len(rows),
        unsubscribed=sum(1 for email, _language in rows if email in stopped),
        not_asked=not_asked,
        by_language=by_language,
    )


def next_recipients(update: SignerUpdate, after_id: int, size: int) -> tuple[list[int], int]:
    """The next `size` signatures after `after_id` that the update is for (who signed before
    it was sent), without those unsubscribed now; and the last id looked at (0: none left)."""
    rows = list(
        asked_for_news(update.page_id)
        .filter(pk__gt=after_id, created_at__lte=update.created_at)
        .order_by("pk")
        .values_list("pk", "email_normalised")[:size]
    )
    if not rows:
        return [], 0
    stopped = unsubscribed(email for _pk, email in rows)
    return [pk for pk, email in rows if email not in stopped], rows[-1][0]


def claim_recipients(update: SignerUpdate, signature_ids: list[int]) -> list[int]:
    """Mark `signature_ids` as sent `update` and return those this call marked: one who was
    marked already (by this batch run before, or another worker running it now) is left out.

        INSERT INTO actions_sentupdate … VALUES … ON CONFLICT DO NOTHING RETURNING signature_id
    """
    if not signature_ids:
        return []
    using = router.db_for_write(SentUpdate)
    connection = connections[using]
    quote = connection.ops.quote_name
    meta = SentUpdate._meta
    table = quote(meta.db_table)
    columns = ", ".join(
        quote(meta.get_field(name).column) for name in ("update", "signature", "sent_at")
    )
    values = ", ".join(["(%s, %s, %s)"] * len(signature_ids))
    now = timezone.now()
    params = [value for pk in signature_ids for value in (update.pk, pk, now)]
    # Only column names and placeholders are formatted in; the values are parameters.
    sql = (
        f"INSERT INTO {table} ({columns}) VALUES {values} "  # noqa: S608
        f"ON CONFLICT DO NOTHING RETURNING {quote(meta.get_field('signature').column)}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def unsubscribe(signature: Signature) -> bool:
    """No more updates to this signature's address, from any petition. True when it was not
    unsubscribed before; doing it again changes nothing."""
    if not signature.email_normalised or signature.anonymised_at:
        return False
    _row, created = Unsubscribe.objects.get_or_create(
        address_key=address_key(signature.email_normalised)
    )
    return created


def is_unsubscribed(signature: Signature) -> bool:
    return bool(signature.email_normalised) and bool(unsubscribed([signature.email_normalised]))


def batch_size() -> int:
    return settings.ACTIONS_UPDATE_BATCH_SIZE
