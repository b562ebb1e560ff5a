"""Signing a petition: one row per person, deduplicated by the database."""

from dataclasses import dataclass
from uuid import UUID

from django.utils import timezone

from actions.contracts import PetitionPageContract
from actions.models import Signature
from actions.tasks import send_signature_email
from actions.validation import normalise_email

from .counts import add_to_count
from .inserts import insert_and_enqueue_unless_duplicate


@dataclass(frozen=True)
class SignResult:
    """For the caller's bookkeeping only: the signer is always told the same thing."""

    created: bool
    counted: bool


def sign_petition(page: PetitionPageContract, data: dict, *, base_url: str) -> SignResult:
    """Store a signature unless this person (by normalised email) already signed.

    INSERT … ON CONFLICT DO NOTHING against the unique constraint: concurrent duplicates
    cannot both get in, nobody waits on a shared row, and a duplicate is not an error (so
    the database log never records a signer's address). The email task is queued in the
    same statement, so a stored signature always gets its email and a lost one never does.
    One query.
    """
    now = timezone.now()
    counted = not page.require_confirmation
    signature = Signature(
        page_id=page.pk,
        first_name=data["first_name"],
        last_name=data["last_name"],
        email=data["email"].strip(),
        email_normalised=normalise_email(data["email"]),
        postcode=data.get("postcode", ""),
        phone=data.get("phone", ""),
        opt_in=bool(data.get("opt_in")),
        comment=data.get("comment", ""),
        created_at=now,
        confirmed_at=now if counted else None,
    )
    created = insert_and_enqueue_unless_duplicate(
        signature, send_signature_email, signature.key.hex, base_url
    )
    if created and counted:
        add_to_count(page.pk)
    return SignResult(created=created, counted=created and counted)


def confirm_signature(page: PetitionPageContract, key: UUID) -> Signature | None:
    """Count a signature whose signer followed the link in their email. Following it again
    changes nothing. None when the link names no signature on this petition."""
    signature = Signature.objects.filter(key=key, page_id=page.pk).first()
    if signature is None or signature.anonymised_at:
        return None
    updated = Signature.objects.filter(pk=signature.pk, confirmed_at__isnull=True).update(
        confirmed_at=timezone.now()
    )
    if updated:
        add_to_count(page.pk)
    return signature
