"""The property-based tests of every public form and query endpoint (tests/fuzz/), run deep:
5,000 generated examples per target instead of `make test`'s 30, random rather than the
suite's fixed sequence. Not part of `make test`; about an hour on this machine.

    bash scripts/with_postgres.sh .venv/bin/python scripts/fuzz_forms.py
    bash scripts/with_postgres.sh .venv/bin/python scripts/fuzz_forms.py --examples 500 -k petition

Prints, per form or endpoint, how many examples it sent and the answers by status code, and
stops a target at its first failure with the smallest example hypothesis can find (fix it,
and keep that example as a regression test). Exits non-zero when any target failed."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=5000, help="examples per target")
    parser.add_argument("-k", dest="keyword", help="only targets matching (pytest's -k)")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        parser.error("needs PostgreSQL: run it through scripts/with_postgres.sh (see above)")
    os.environ.update(
        FUZZ_EXAMPLES=str(args.examples),
        FUZZ_RANDOM="1",
        # Every refusal is logged at WARNING; thousands of them would bury the counts.
        LOG_LEVEL="ERROR",
        DJANGO_SETTINGS_MODULE="site_core.settings.test",
    )
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    import pytest

    pytest_args = ["tests/fuzz", "-n", "0", "-q", "-p", "no:cacheprovider", "-p", "no:logging"]
    if args.keyword:
        pytest_args += ["-k", args.keyword]
    return pytest.main(pytest_args)


if __name__ == "__main__":
    sys.exit(main())
