"""Signed links sent by email: confirm a signature, cancel an RSVP, say how an event went,
stop updates.

A token is `<record key>-<time>-<signature>`: the record's random key, when the link was made,
and an HMAC of both keyed with SECRET_KEY and the link's purpose, so it cannot be guessed,
altered or reused for another purpose, and it carries nothing personal. Only letters, digits
and hyphens, because Wagtail routes page paths made of those."""

import time
import uuid

from django.utils.crypto import constant_time_compare, salted_hmac

CONFIRM_SIGNATURE = "actions.signature.confirm"
CANCEL_RSVP = "actions.rsvp.cancel"
EVENT_FEEDBACK = "actions.rsvp.feedback"
# In every update to signers; it never expires (an unsubscribe link must keep working), and it
# names one signature, so it stops updates to that signer's address and no other.
UNSUBSCRIBE_UPDATES = "actions.signature.unsubscribe"
# A confirmation link older than this is refused (sign again for a new one).
CONFIRM_MAX_AGE = 60 * 60 * 24 * 30
# The feedback form's link works for this long after the email was sent.
FEEDBACK_MAX_AGE = 60 * 60 * 24 * 30


def _signature(value: str, purpose: str) -> str:
    return salted_hmac(purpose, value, algorithm="sha256").hexdigest()[:32]


def make_token(key: uuid.UUID, purpose: str) -> str:
    value = f"{key.hex}-{int(time.time()):x}"
    return f"{value}-{_signature(value, purpose)}"


def read_token(token: str, purpose: str, max_age: int | None = None) -> uuid.UUID | None:
    """The record key in a valid token, or None for a forged, altered or expired one."""
    parts = token.split("-")
    if len(parts) != 3:
        return None
    key_hex, made_hex, signature = parts
    if not constant_time_compare(signature, _signature(f"{key_hex}-{made_hex}", purpose)):
        return None
    try:
        key, made = uuid.UUID(hex=key_hex), int(made_hex, 16)
    except ValueError:
        return None
    if max_age is not None and time.time() - made > max_age:
        return None
    return key
