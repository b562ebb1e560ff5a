"""Signing a petition: one row per person, deduplicated by the database."""

from dataclasses import dataclass
from datetime import timedelta
from uuid import UUID

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from actions.abuse import Screening
from actions.contracts import PetitionPageContract
from actions.models import Moderation, Signature
from actions.tasks import send_signature_email
from actions.validation import normalise_email
from common.places import state_of_zip

from .counts import add_to_count
from .inserts import claim_reminder, insert_and_enqueue_unless_duplicate, insert_unless_duplicate

# Someone who signs again before confirming is sent a new link at most this often, so a
# stranger typing their address cannot make the site email them more.
RESEND_INTERVAL = timedelta(days=1)


@dataclass(frozen=True)
class SignResult:
    """For the caller's bookkeeping only: the signer is always told the same thing."""

    created: bool
    counted: bool


def sign_petition(
    page: PetitionPageContract,
    data: dict,
    *,
    base_url: str,
    screening: Screening,
    language: str = settings.LANGUAGE_CODE,
) -> SignResult:
    """Store a signature unless this person (by normalised email) already signed.

    INSERT … ON CONFLICT DO NOTHING against the unique constraint: concurrent duplicates
    cannot both get in, nobody waits on a shared row, and a duplicate is not an error (so
    the database log never records a signer's address). The email task is queued in the
    same statement, so a stored signature always gets its email and a lost one never does.
    One query. A held or rejected signature (`screening`) is stored without its email: a
    flood cannot make the site send mail; releasing it sends the email.

    A duplicate from someone who has not confirmed yet gets a new confirmation link (the
    old one may have expired), at most once a day.

    The signature is stored against the petition's counting page (actions.pages), so one
    made on a translation counts, and is a duplicate, as one made on the page itself; it
    keeps the reader's `language` for its emails.
    """
    now = timezone.now()
    counted = screening.counted and not page.require_confirmation
    email_normalised = normalise_email(data["email"])
    petition_id = page.counting_page_id
    signature = Signature(
        page_id=petition_id,
        first_name=data["first_name"],
        last_name=data["last_name"],
        email=data["email"].strip(),
        email_normalised=email_normalised,
        postcode=data.get("postcode", ""),
        state=state_of_zip(data.get("postcode", "")),
        phone=data.get("phone", ""),
        opt_in=bool(data.get("opt_in")),
        comment=data.get("comment", ""),
        created_at=now,
        confirmed_at=now if counted else None,
        last_emailed_at=now if screening.counted else None,
        language=language,
        **screening.record_fields(),
    )
    if screening.counted:
        created = insert_and_enqueue_unless_duplicate(
            signature, send_signature_email, signature.key.hex, base_url
        )
    else:
        created = insert_unless_duplicate(signature)
    if created and counted:
        add_to_count(petition_id)
    if not created and screening.counted and page.require_confirmation:
        resend_confirmation(page, email_normalised, base_url=base_url, now=now)
    return SignResult(created=created, counted=created and counted)


def resend_confirmation(
    page: PetitionPageContract, email_normalised: str, *, base_url: str, now
) -> bool:
    """Queue a new confirmation link for an unconfirmed, counted signature by this address,
    unless one was sent in the last RESEND_INTERVAL. True when one was queued."""
    unconfirmed = Signature.objects.filter(
        page_id=page.counting_page_id,
        email_normalised=email_normalised,
        confirmed_at__isnull=True,
        moderation=Moderation.COUNTED,
        anonymised_at__isnull=True,
    )
    with transaction.atomic():
        keys = claim_reminder(unconfirmed, now=now, cutoff=now - RESEND_INTERVAL)
        for key in keys:
            send_signature_email.enqueue(key, base_url)
    return bool(keys)


def confirm_signature(page: PetitionPageContract, key: UUID) -> Signature | None:
    """Count a signature whose signer followed the link in their email. Following it again
    changes nothing. None when the link names no signature on this petition. A signature
    held since it was sent is confirmed but counts only once a steward releases it."""
    signature = Signature.objects.filter(key=key, page_id=page.counting_page_id).first()
    if signature is None or signature.anonymised_at:
        return None
    updated = Signature.objects.filter(pk=signature.pk, confirmed_at__isnull=True).update(
        confirmed_at=timezone.now()
    )
    if updated and signature.moderation == Moderation.COUNTED:
        add_to_count(signature.page_id)
    return signature
