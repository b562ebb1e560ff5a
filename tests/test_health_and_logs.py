"""What operators and the balancer rely on: the health endpoints, request logs without
personal data, and a site that keeps taking signatures when the shared cache is down."""

import json
import logging
from datetime import timedelta

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone
from health_check.exceptions import ServiceUnavailable

from actions.abuse import count_post
from common.request_log import JsonFormatter, RequestLogMiddleware
from editorial.health import SchedulerRunning
from editorial.models import SchedulerHeartbeat


def test_liveness_answers_json_and_is_never_cached(client):
    response = client.get("/health/live/")

    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_names_each_check_and_is_unavailable_while_the_scheduler_has_not_run(
    client, settings
):
    response = client.get("/health/")

    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["Database"] == "OK"
    assert checks["Cache"] == "OK"
    assert checks["Storage"] == "OK"
    assert "no scheduler run finished" in checks["SchedulerRunning"]
    assert checks["TaskQueue"].startswith("OK")
    assert "no-store" in response["Cache-Control"]
    body = response.content.decode()
    assert settings.SECRET_KEY not in body
    assert settings.DATABASES["default"]["NAME"] not in body


@pytest.mark.django_db
def test_the_scheduler_check_passes_once_a_run_has_finished_recently_and_fails_when_stale():
    # Called directly: the view runs its checks in threads with their own connections, which
    # cannot see this test's uncommitted rows.
    heartbeat = SchedulerHeartbeat.objects.create(
        pk=SchedulerHeartbeat.SINGLETON_PK, last_finished_at=timezone.now(), last_ok=True
    )
    SchedulerRunning().run()

    heartbeat.last_finished_at = timezone.now() - timedelta(hours=1)
    heartbeat.save()
    with pytest.raises(ServiceUnavailable):
        SchedulerRunning().run()


def test_a_request_log_line_has_the_path_without_query_and_no_address(caplog):
    request = RequestFactory().get("/search/?query=maria%40example.org", REMOTE_ADDR="203.0.113.7")
    middleware = RequestLogMiddleware(lambda request: HttpResponse())

    with caplog.at_level(logging.INFO, logger="common.request_log"):
        middleware(request)

    (record,) = [r for r in caplog.records if r.name == "common.request_log"]
    line = JsonFormatter().format(record)
    logged = json.loads(line)
    assert logged["event"] == "request"
    assert logged["method"] == "GET"
    assert logged["path"] == "/search/"
    assert logged["status"] == 200
    assert isinstance(logged["duration_ms"], float)
    assert logged["server"]
    assert "maria" not in line
    assert "203.0.113.7" not in line


def test_signing_is_not_rate_limited_into_failure_when_the_shared_cache_is_down(settings):
    # A Redis nobody listens on, with production's choice to ignore (and log) its errors.
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
    # Nothing can be counted, so the post is counted as usual (never held or refused).
    assert count_post("1", "a1b2c3d4e5f60718") is None
