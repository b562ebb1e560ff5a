"""Email signups for campaign updates: one per person, deduplicated by the database."""

from django.db import transaction

from actions.models import UpdatesSignup
from actions.validation import normalise_email


def sign_up_for_updates(data: dict, *, consent: str) -> bool:
    """Store a signup unless this address (normalised) already signed up. True when stored.

    Like signing a petition, INSERT … ON CONFLICT DO NOTHING: a second signup, or two racing
    each other, leaves one row and is not an error, and the person is told the same thing."""
    signup = UpdatesSignup(
        name=data["name"],
        email=data["email"].strip(),
        email_normalised=normalise_email(data["email"]),
        postcode=data.get("postcode", ""),
        consent=consent,
    )
    with transaction.atomic():
        UpdatesSignup.objects.bulk_create([signup], ignore_conflicts=True)
        return UpdatesSignup.objects.filter(key=signup.key).exists()
