"""The public count's index counts only signatures that are confirmed and not held or
rejected, and the held queue gets small indexes of held records. Built CONCURRENTLY (outside
a transaction), so a large table keeps taking signatures while they are built; the old count
index goes once the new one is ready."""

from django.contrib.postgres.operations import AddIndexConcurrently, RemoveIndexConcurrently
from django.db import migrations, models

HELD = models.Q(("moderation", "held"))


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("actions", "0007_abuse_model")]

    operations = [
        AddIndexConcurrently(
            model_name="signature",
            index=models.Index(
                condition=models.Q(("confirmed_at__isnull", False), ("moderation", "counted")),
                fields=["page"],
                name="actions_signature_counts",
            ),
        ),
        RemoveIndexConcurrently(model_name="signature", name="actions_signature_counted"),
        AddIndexConcurrently(
            model_name="signature",
            index=models.Index(condition=HELD, fields=["page"], name="actions_signature_held"),
        ),
        AddIndexConcurrently(
            model_name="rsvp",
            index=models.Index(condition=HELD, fields=["page"], name="actions_rsvp_held"),
        ),
        AddIndexConcurrently(
            model_name="updatessignup",
            index=models.Index(condition=HELD, fields=["created_at"], name="actions_signup_held"),
        ),
    ]
