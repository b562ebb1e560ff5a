"""`make run` without DATABASE_URL: the web server, the task worker and the scheduler write one
SQLite file at once, and none of their writes may fail with "database is locked" (an editor's
new event was lost that way). The suite runs on PostgreSQL, so this starts real processes on
the development settings against a SQLite file of its own."""

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("sqlite_writer.py")
WRITERS = ("web", "worker", "scheduler")
ROUNDS = 40


def _dev_env(var_dir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="site_core.settings.dev",
        VAR_DIR=str(var_dir),
        PYTHONPATH=str(ROOT),
        LOG_LEVEL="WARNING",
    )
    return env


@pytest.fixture(scope="module")
def sqlite_site(tmp_path_factory) -> Path:
    """A VAR_DIR whose SQLite database is migrated (once per module: it takes seconds)."""
    var_dir = tmp_path_factory.mktemp("sqlite-var")
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"],
        cwd=ROOT,
        env=_dev_env(var_dir),
        check=True,
        capture_output=True,
    )
    return var_dir


def test_database_file_uses_write_ahead_log(sqlite_site):
    database = sqlite3.connect(sqlite_site / "db.sqlite3")
    assert database.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_three_processes_writing_at_once_lose_nothing(sqlite_site):
    go = sqlite_site / "go"
    writers = {
        name: subprocess.Popen(  # noqa: S603 (our own script)
            [sys.executable, str(WRITER), name, str(ROUNDS), str(sqlite_site / name), str(go)],
            cwd=ROOT,
            env=_dev_env(sqlite_site),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in WRITERS
    }
    while not all((sqlite_site / name).exists() for name in WRITERS):
        assert all(writer.poll() is None for writer in writers.values()), "a writer crashed"
        time.sleep(0.05)
    go.touch()

    reports = {}
    for name, writer in writers.items():
        stdout, stderr = writer.communicate(timeout=300)
        assert writer.returncode == 0, stderr
        reports[name] = json.loads(stdout.strip().splitlines()[-1])

    assert {name: report["failures"] for name, report in reports.items()} == {
        name: [] for name in WRITERS
    }
    # 1 is NORMAL: safe with a write-ahead log, and no disk sync on every commit.
    assert {report["synchronous"] for report in reports.values()} == {1}
    database = sqlite3.connect(sqlite_site / "db.sqlite3")
    titles = {row[0] for row in database.execute("SELECT title FROM wagtailcore_page")}
    for name in WRITERS:
        assert {f"{name} page {number}" for number in range(ROUNDS)} <= titles
    queued = database.execute(
        "SELECT COUNT(*) FROM django_tasks_database_dbtaskresult WHERE task_path LIKE ?",
        ["%.send_signature_email"],
    )
    assert queued.fetchone()[0] == ROUNDS * len(WRITERS)
