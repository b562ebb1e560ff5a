"""The public count's index counts only signatures that are confirmed and not held or
rejected, and the held queue gets small indexes of held records. Built CONCURRENTLY (outside
a transaction), so a large table keeps taking signatures while they are built; the old count
index goes once the new one is ready. Other databases (SQLite for `make run`) build them the
ordinary way."""

from django.contrib.postgres.operations import AddIndexConcurrently, RemoveIndexConcurrently
from django.db import migrations, models

HELD = models.Q(("moderation", "held"))


class AddIndexCheaply(AddIndexConcurrently):
    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            return super().database_forwards(app_label, schema_editor, from_state, to_state)
        return migrations.AddIndex.database_forwards(
            self, app_label, schema_editor, from_state, to_state
        )

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            return super().database_backwards(app_label, schema_editor, from_state, to_state)
        return migrations.AddIndex.database_backwards(
            self, app_label, schema_editor, from_state, to_state
        )


class RemoveIndexCheaply(RemoveIndexConcurrently):
    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            return super().database_forwards(app_label, schema_editor, from_state, to_state)
        return migrations.RemoveIndex.database_forwards(
            self, app_label, schema_editor, from_state, to_state
        )

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            return super().database_backwards(app_label, schema_editor, from_state, to_state)
        return migrations.RemoveIndex.database_backwards(
            self, app_label, schema_editor, from_state, to_state
        )


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("actions", "0007_abuse_model")]

    operations = [
        AddIndexCheaply(
            model_name="signature",
            index=models.Index(
                condition=models.Q(("confirmed_at__isnull", False), ("moderation", "counted")),
                fields=["page"],
                name="actions_signature_counts",
            ),
        ),
        RemoveIndexCheaply(model_name="signature", name="actions_signature_counted"),
        AddIndexCheaply(
            model_name="signature",
            index=models.Index(condition=HELD, fields=["page"], name="actions_signature_held"),
        ),
        AddIndexCheaply(
            model_name="rsvp",
            index=models.Index(condition=HELD, fields=["page"], name="actions_rsvp_held"),
        ),
        AddIndexCheaply(
            model_name="updatessignup",
            index=models.Index(condition=HELD, fields=["created_at"], name="actions_signup_held"),
        ),
    ]
