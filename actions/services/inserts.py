"""One new row, unless the database's unique constraints say it is a duplicate, in one query."""

from django.db import connections, router
from django.db.models import AutoField, Model
from django.db.models.constants import OnConflict
from django.db.models.sql import InsertQuery


def insert_unless_duplicate(obj: Model) -> bool:
    """INSERT … ON CONFLICT DO NOTHING for a new, unsaved `obj`; True when it was stored.

    What `bulk_create([obj], ignore_conflicts=True)` sends, but it also reads how many rows
    the statement stored, so the caller needs no second query to learn whether this was a
    duplicate. A duplicate is not an error, so nothing (no signer's address) reaches the
    database's error log. `obj.pk` stays unset."""
    model = type(obj)
    fields = [
        field
        for field in model._meta.concrete_fields
        if not field.generated and not isinstance(field, AutoField)
    ]
    query = InsertQuery(model, on_conflict=OnConflict.IGNORE)
    query.insert_values(fields, [obj])
    connection = connections[router.db_for_write(model)]
    with connection.cursor() as cursor:
        for sql, params in query.get_compiler(connection=connection).as_sql():
            cursor.execute(sql, params)
        return cursor.rowcount == 1
