"""One of the `make run` processes writing to the embedded SQLite database, for
test_sqlite_writes.py: `python sqlite_writer.py NAME COUNT READY_FILE GO_FILE`.

After Django is set up it creates READY_FILE, waits for GO_FILE (so that every writer starts
at the same moment), then does COUNT rounds of what the web server, the scheduler and the task
worker write: a page with a revision, the scheduler heartbeat (read, then write) and a queued
task, each round in one transaction. It prints one JSON line: the failures, the titles of the
pages it created and its connection's `synchronous` setting."""

import json
import sys
import time
from pathlib import Path

import django

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Page  # noqa: E402

from actions.tasks import send_signature_email  # noqa: E402
from editorial.models import SchedulerHeartbeat  # noqa: E402


def write_round(name: str, number: int) -> str:
    title = f"{name} page {number}"
    with transaction.atomic():
        # Read, then write: the pattern that fails at once when two transactions both read.
        parent = Page.objects.get(depth=1)
        page = parent.add_child(instance=Page(title=title, slug=f"{name}-{number}", live=False))
        page.save_revision()
        SchedulerHeartbeat.objects.update_or_create(
            pk=SchedulerHeartbeat.SINGLETON_PK,
            defaults={"last_started_at": timezone.now(), "host": name},
        )
        send_signature_email.enqueue(f"{name}-{number}", "http://127.0.0.1:8000")
    return title


def main(name: str, count: int, ready: Path, go: Path) -> None:
    ready.touch()
    while not go.exists():
        time.sleep(0.01)
    created, failures = [], []
    for number in range(count):
        try:
            created.append(write_round(name, number))
        except Exception as exc:  # every failure is what the test is looking for
            failures.append(f"{type(exc).__name__}: {exc}")
    with connection.cursor() as cursor:
        # A per-connection setting: shows that the settings' init_command ran on this one.
        synchronous = cursor.execute("PRAGMA synchronous").fetchone()[0]
    print(json.dumps({"created": created, "failures": failures, "synchronous": synchronous}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
