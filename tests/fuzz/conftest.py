"""Hypothesis settings for the property-based tests: a few dozen examples per target in
`make test`, the same ones on every run (derandomized: CI is reproducible and no example
database is written); FUZZ_EXAMPLES and FUZZ_RANDOM=1 (scripts/fuzz_forms.py) for a deep run."""

import itertools
import os

import pytest
from hypothesis import HealthCheck, settings

from .hostile import RESULTS

settings.register_profile(
    "suite",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "30")),
    deadline=None,
    derandomize=not os.environ.get("FUZZ_RANDOM"),
    database=None,
    # One database transaction and one client serve every example of a test, on purpose.
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
settings.load_profile("suite")

_addresses = itertools.count(1)


@pytest.fixture
def fresh_address():
    """A new reader address for each example: the rate limit (counted or held, whichever the
    site does) is a property of its own tests, not of these."""

    def address() -> str:
        n = next(_addresses)
        return f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"

    return address


def pytest_terminal_summary(terminalreporter):
    if not RESULTS:
        return
    terminalreporter.section("answers per target and status")
    for target in sorted({target for target, _status in RESULTS}):
        counts = {status: n for (name, status), n in RESULTS.items() if name == target}
        line = ", ".join(f"{status}: {n}" for status, n in sorted(counts.items()))
        terminalreporter.write_line(f"{target:<28} {sum(counts.values()):>6}  ({line})")
