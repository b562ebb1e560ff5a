"""`make run` and production start the processes that make scheduling and tasks work."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _processes(procfile: str) -> dict[str, str]:
    lines = (ROOT / procfile).read_text().splitlines()
    return dict(line.split(":", 1) for line in lines if line.strip() and not line.startswith("#"))


@pytest.mark.parametrize("procfile", ["Procfile", "Procfile.dev"])
def test_procfile_runs_web_task_worker_and_scheduler(procfile):
    processes = _processes(procfile)
    assert set(processes) == {"web", "worker", "scheduler"}
    assert "manage.py db_worker" in processes["worker"]
    assert "manage.py run_scheduler" in processes["scheduler"]
