"""Email signups for campaign updates: one per person, deduplicated by the database."""

from django.conf import settings

from actions.abuse import Screening
from actions.models import UpdatesSignup
from actions.validation import normalise_email

from .inserts import insert_unless_duplicate


def sign_up_for_updates(
    data: dict, *, consent: str, screening: Screening, language: str = settings.LANGUAGE_CODE
) -> bool:
    """Store a signup unless this address (normalised) already signed up. True when stored.

    Like signing a petition, INSERT … ON CONFLICT DO NOTHING: a second signup, or two racing
    each other, leaves one row and is not an error, and the person is told the same thing.
    A held or rejected signup (`screening`) is kept apart from the list until released."""
    signup = UpdatesSignup(
        name=data["name"],
        email=data["email"].strip(),
        email_normalised=normalise_email(data["email"]),
        postcode=data.get("postcode", ""),
        consent=consent,
        language=language,
        **screening.record_fields(),
    )
    return insert_unless_duplicate(signup)
