"""Scheduler jobs used by the tests to stand in for the site's periodic work."""

import time

from django.utils import timezone

calls: list = []


def broken() -> None:
    raise RuntimeError("counts table is locked")


def count_calls() -> str:
    calls.append(timezone.now())
    return f"call {len(calls)}"


def slow() -> None:
    time.sleep(0.5)
