"""Re-make every stored dedupe key (`email_normalised`) with today's rules (actions.validation
.normalise_email: invisible characters, Gmail dots, googlemail.com, IDNA domains), so that a
new signature from an address that signed before under an older key is still a duplicate.

Imports the live function on purpose: the point is to apply the rules as they are now. Rows
that turn out to be one person twice keep the earliest row as it was; each later one stays
(nothing a reader sent is lost, and the count does not move) with the key
`duplicate:<its key>`, which no address can produce, and is counted in the log line."""

import logging
from collections import defaultdict

from django.db import migrations

from actions.validation import MAX_EMAIL_LENGTH, normalise_email

logger = logging.getLogger(__name__)

# For each model: the fields that, with the key, are unique; and which rows the unique
# constraint covers (cancelled RSVPs are outside it).
SCOPES = {
    "Signature": (("page_id",), None),
    "RSVP": (("page_id",), lambda row: row["status"] != "cancelled"),
    "UpdatesSignup": ((), None),
}


def renormalise_model(model, scope_fields: tuple, constrained) -> tuple[int, int]:
    """(keys changed, later duplicates set aside) for one model."""
    fields = ["pk", "key", "email", "email_normalised", "created_at", *scope_fields]
    if constrained is not None:
        fields.append("status")
    holders: dict[tuple, int] = {}
    new_keys: dict[int, str] = {}
    duplicates: dict[int, str] = {}
    rows = model.objects.order_by("created_at", "pk").values(*fields)
    for row in rows.iterator(chunk_size=2000):
        old = row["email_normalised"]
        if not row["email"] or old.startswith(("anonymised:", "duplicate:")):
            continue
        new = normalise_email(row["email"])
        if len(new) > MAX_EMAIL_LENGTH:
            continue
        if constrained is None or constrained(row):
            slot = (*(row[name] for name in scope_fields), new)
            if slot in holders:
                duplicates[row["pk"]] = f"duplicate:{row['key']}"
                continue
            holders[slot] = row["pk"]
        if new != old:
            new_keys[row["pk"]] = new
    # Set the duplicates aside first: the earliest row may be about to take a key that a
    # later one still holds.
    for pk, key in [*duplicates.items(), *new_keys.items()]:
        model.objects.filter(pk=pk).update(email_normalised=key)
    return len(new_keys), len(duplicates)


def renormalise_email_keys(apps, schema_editor) -> None:
    for name, (scope_fields, constrained) in SCOPES.items():
        model = apps.get_model("actions", name)
        changed, duplicates = renormalise_model(model, scope_fields, constrained)
        if changed or duplicates:
            logger.warning(
                "%s: %d dedupe keys updated, %d later duplicates kept with a duplicate: key",
                name,
                changed,
                duplicates,
            )


class Migration(migrations.Migration):
    dependencies = [("actions", "0009_data_stewards_moderate")]

    operations = [migrations.RunPython(renormalise_email_keys, migrations.RunPython.noop)]
