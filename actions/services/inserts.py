"""One new row, unless the database's unique constraints say it is a duplicate, in one query;
for the sign path, that row together with its email task in one statement; and, for a
duplicate, claiming the once-a-day reminder in one statement."""

from django.db import connections, router, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import AutoField, Model, Q, QuerySet
from django.db.models.constants import OnConflict
from django.db.models.signals import post_save, pre_save
from django.db.models.sql import InsertQuery
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.compat import Task, normalize_json, task_enqueued


def _insert_sql(
    obj: Model, connection: BaseDatabaseWrapper, *, on_conflict: OnConflict | None = None
) -> tuple[list[str], str, tuple]:
    """The columns, and the INSERT … VALUES that stores unsaved `obj`, with its parameters
    (each field's `pre_save` has run, so `auto_now_add` fields are set on `obj`)."""
    fields = [
        field
        for field in type(obj)._meta.concrete_fields
        if not field.generated and not isinstance(field, AutoField)
    ]
    query = InsertQuery(type(obj), on_conflict=on_conflict)
    query.insert_values(fields, [obj])
    [(sql, params)] = query.get_compiler(connection=connection).as_sql()
    return fields, sql, tuple(params)


def insert_unless_duplicate(obj: Model) -> bool:
    """INSERT … ON CONFLICT DO NOTHING for a new, unsaved `obj`; True when it was stored.

    What `bulk_create([obj], ignore_conflicts=True)` sends, but it also reads how many rows
    the statement stored, so the caller needs no second query to learn whether this was a
    duplicate. A duplicate is not an error, so nothing (no signer's address) reaches the
    database's error log. `obj.pk` stays unset."""
    connection = connections[router.db_for_write(type(obj))]
    _, sql, params = _insert_sql(obj, connection, on_conflict=OnConflict.IGNORE)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount == 1


def insert_and_enqueue_unless_duplicate(obj: Model, task: Task, *args) -> bool:
    """`insert_unless_duplicate(obj)`, and when it was stored, `task.enqueue(*args)`, both or
    neither; True when `obj` was stored.

    With the database task backend on the same database this is one statement,

        WITH stored AS (INSERT … ON CONFLICT DO NOTHING RETURNING 1)
        INSERT INTO <task queue> SELECT … FROM stored

    which PostgreSQL runs atomically on its own: one round trip where BEGIN, two INSERTs and
    COMMIT took four, and during a burst of signers those round trips were most of a
    signature's time. The queue row holds exactly what `DatabaseBackend.enqueue` stores (its
    `_task_to_db_task`), the model's save signals are sent as `create()` sends them, and
    `task_enqueued` as the backend sends it. Any other backend (tests run tasks at once), or a
    database other than PostgreSQL, gets the two steps in a transaction."""
    # Not at import: the page models import this module while the apps are still loading.
    from django_tasks_db.models import DBTaskResult

    backend = task.get_backend()
    using = router.db_for_write(type(obj))
    if (
        not isinstance(backend, DatabaseBackend)
        or router.db_for_write(DBTaskResult) != using
        # SQLite (`make run` without DATABASE_URL) has no INSERT inside WITH.
        or connections[using].vendor != "postgresql"
    ):
        with transaction.atomic(using=using):
            stored = insert_unless_duplicate(obj)
            if stored:
                task.enqueue(*args)
        return stored

    connection = connections[using]
    backend.validate_task(task)
    queued = DBTaskResult(  # DatabaseBackend._task_to_db_task's row, not yet saved
        id=backend._get_id(),
        args_kwargs=normalize_json({"args": args, "kwargs": {}}),
        priority=task.priority,
        task_path=task.module_path,
        queue_name=task.queue_name,
        run_after=task.run_after,
        backend_name=backend.alias,
    )
    # What `save()` would send: django_tasks_db's own receiver fills in `run_after`.
    pre_save.send(DBTaskResult, instance=queued, raw=False, using=using, update_fields=None)
    _, insert, insert_params = _insert_sql(obj, connection, on_conflict=OnConflict.IGNORE)
    fields, queue_insert, queue_params = _insert_sql(queued, connection)
    head, _, _ = queue_insert.partition(" VALUES ")
    # Typed, because a SELECT list has no target columns to give bare parameters a type.
    values = ", ".join(f"%s::{field.db_type(connection)}" for field in fields)
    # Every part is SQL Django compiled from the models; what was posted is only in params.
    sql = f"WITH stored AS ({insert} RETURNING 1) {head} SELECT {values} FROM stored"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, insert_params + queue_params)
        stored = cursor.rowcount == 1
    if stored:
        queued._state.adding, queued._state.db = False, using
        post_save.send(
            DBTaskResult, instance=queued, created=True, raw=False, using=using, update_fields=None
        )
        task_enqueued.send(type(backend), task_result=queued.task_result)
    return stored


def claim_reminder(records: QuerySet, *, now, cutoff) -> list[str]:
    """Mark the rows of `records` not emailed since `cutoff` as emailed `now`, and return
    their keys (hex): the caller sends each one email. One statement,

        UPDATE … SET last_emailed_at = now WHERE … AND (last_emailed_at IS NULL OR < cutoff)
        RETURNING key

    so two duplicates racing each other claim the reminder once between them."""
    due = records.filter(Q(last_emailed_at__isnull=True) | Q(last_emailed_at__lt=cutoff))
    using = router.db_for_write(due.model)
    connection = connections[using]
    where, params = due.query.get_compiler(using=using).compile(due.query.where)
    quote = connection.ops.quote_name
    # Django compiled the WHERE from a queryset; what was posted is only in params.
    table, emailed, key = (quote(n) for n in (due.model._meta.db_table, "last_emailed_at", "key"))
    sql = f"UPDATE {table} SET {emailed} = %s WHERE {where} RETURNING {key}"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, (now, *params))
        return [row[0].hex for row in cursor.fetchall()]
