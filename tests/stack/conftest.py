"""Tests of the running production stack, run by `make test-stack` (scripts/test_stack.sh),
which starts a fresh stack, points STACK_ENV at its environment file and runs these with
`-p no:django`: they talk HTTP to Varnish and to each app server and use manage.py like an
operator, never Django in this process. The normal `make test` run does not collect them."""

import os

import pytest

if not os.environ.get("STACK_ENV"):
    collect_ignore_glob = ["test_*.py"]


@pytest.fixture(autouse=True)
def fresh_cache():
    """The suite-wide fixture clears Django's cache in-process; here the cache is the stack's
    Redis, which the tests leave to the app servers."""
    yield
