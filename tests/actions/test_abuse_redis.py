"""The post counter against a real Redis, as production runs it: both windows in one round
trip, shared by every process that uses the same Redis."""

import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache import caches
from django.test import Client

from actions.abuse import count_post
from actions.models import Moderation, Signature

from .abuse_helpers import set_limits
from .helpers import signer

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which("redis-server"), reason="needs Debian's redis-server"),
]


@pytest.fixture
def redis_cache(settings, tmp_path):
    """A throwaway Redis on a free port, behind production's cache options."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(  # noqa: S603 - fixed arguments
        [  # noqa: S607 - Debian's redis-server, found on PATH as the stack finds it
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--dir",
            tmp_path,
        ],
        stdout=subprocess.DEVNULL,
    )
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5},
        }
    }
    cache = caches["default"]
    for _ in range(100):  # until it answers
        if cache.set("ping", 1) is not False and cache.get("ping") == 1:
            break
        time.sleep(0.05)
    yield cache
    server.terminate()
    server.wait()


def test_one_round_trip_counts_both_windows(redis_cache):
    rates = [count_post("7", "00112233aabbccdd") for _ in range(3)]

    assert [(r.minute, r.hour) for r in rates] == [(1, 1), (2, 2), (3, 3)]
    assert count_post("8", "00112233aabbccdd").minute == 1  # another form counts apart


def test_posts_beyond_the_burst_are_held_with_redis_counting(redis_cache, petition):
    set_limits(burst=2)
    for n in range(3):
        Client().post(petition.url, signer(email=f"r{n}@example.org"), REMOTE_ADDR="192.0.2.9")

    assert list(Signature.objects.order_by("created_at").values_list("moderation", flat=True)) == [
        Moderation.COUNTED,
        Moderation.COUNTED,
        Moderation.HELD,
    ]
