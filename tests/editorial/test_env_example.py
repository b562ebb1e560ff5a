"""Whoever deploys the site finds every setting it reads from the environment in .env.example."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def documented() -> set[str]:
    text = (ROOT / ".env.example").read_text()
    return set(re.findall(r"^([A-Z][A-Z0-9_]*)=", text, flags=re.MULTILINE))


def test_every_setting_read_from_the_environment_is_in_env_example():
    read = set()
    for module in (ROOT / "site_core" / "settings").glob("*.py"):
        read |= set(re.findall(r'env_[a-z]+\(\s*"([A-Z][A-Z0-9_]*)"', module.read_text()))
    assert read, "the settings read no environment variables?"
    assert read - documented() == set()


def test_make_run_port_and_scheduler_timing_are_in_env_example():
    assert {"WEB_PORT", "SCHEDULER_POLL_SECONDS", "SCHEDULER_INTERVAL_SECONDS"} <= documented()
