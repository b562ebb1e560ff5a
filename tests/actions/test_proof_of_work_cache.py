"""A spent quick-check solution is remembered in the shared cache, so a replay is refused by
every app server; with the cache down a solution is accepted rather than an honest signer
turned away."""

import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache import caches

from actions import proof_of_work

from .helpers import solve

pytestmark = pytest.mark.django_db


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_url():
    """A throwaway Redis on a free port of 127.0.0.1, in memory only."""
    server = shutil.which("redis-server")
    if not server:
        pytest.skip("redis-server is not installed (make stack installs it)")
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 (the machine's own redis-server)
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def redis_cache(location: str) -> dict:
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": location,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }


def test_a_solution_spent_on_one_server_is_refused_by_another(client, settings, redis_url):
    settings.ACTIONS_PROOF_OF_WORK_MAX_NUMBER = 2000
    settings.CACHES = redis_cache(redis_url)
    payload = solve(client)

    assert proof_of_work.verify(payload) is True
    # Another app server: its own connection to the same Redis.
    other_server = caches.create_connection("default")
    assert other_server.has_key(proof_of_work.SPENT_KEY + proof_of_work.challenge_of(payload))
    assert proof_of_work.verify(payload) is False


def test_with_the_shared_cache_down_a_genuine_solution_is_accepted(client, settings):
    settings.ACTIONS_PROOF_OF_WORK_MAX_NUMBER = 2000
    payload = solve(client)
    settings.CACHES = redis_cache("redis://127.0.0.1:9/0")

    assert proof_of_work.verify(payload) is True
