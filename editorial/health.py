"""Health endpoints for the load balancer and for operators.

- `/health/live/`: the process is up and renders a response. Cheap, touches nothing shared;
  the edge cache's probes ask it every second (deploy/varnish/default.vcl).
- `/health/`: database, cache, media storage, the scheduler's heartbeat and the task queue,
  as JSON; 200 when everything is well, 503 naming what is not. Meant for monitoring and for
  an operator's curl, not for per-second probes (it writes and deletes a file in storage).

Neither is ever cached, and neither shows a setting, a host name or a credential: each check
reports "OK" or a short reason (django-health-check logs the details)."""

import dataclasses

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView

from common.request_log import SERVER_NAME

from .models import SchedulerHeartbeat


@dataclasses.dataclass
class SchedulerRunning(HealthCheck):
    """The scheduler finished a run within SCHEDULER_STALE_MINUTES (what the dashboard's
    warning uses): otherwise scheduled pages are not going live."""

    def run(self) -> None:
        heartbeat = SchedulerHeartbeat.load()
        if heartbeat is None or heartbeat.is_stale():
            raise ServiceUnavailable(
                f"no scheduler run finished in {settings.SCHEDULER_STALE_MINUTES} minutes"
            )


@dataclasses.dataclass
class TaskQueue(HealthCheck):
    """Tasks waiting for the worker (emails, cache purges). A queue that keeps growing means
    no worker is running or it cannot keep up."""

    depth: int | None = dataclasses.field(default=None, init=False, repr=False)

    def run(self) -> None:
        self.depth = DBTaskResult.objects.filter(status=TaskResultStatus.READY).count()
        if self.depth > settings.HEALTH_MAX_QUEUED_TASKS:
            raise ServiceUnavailable(
                f"{self.depth} tasks waiting (more than {settings.HEALTH_MAX_QUEUED_TASKS})"
            )

    def pretty_status(self) -> str:
        return f"OK: {self.depth} waiting"


class HealthView(HealthCheckView):
    """django-health-check's checks, always answered as JSON."""

    checks = (
        "health_check.checks.Database",
        "health_check.checks.Cache",
        "health_check.checks.Storage",
        SchedulerRunning,
        TaskQueue,
    )

    def render_to_response(self, context, **response_kwargs):
        return self.render_to_response_json(response_kwargs.get("status", 200))

    def render_to_response_text(self, status):
        return self.render_to_response_json(status)

    def render_to_response_json(self, status):
        checks = {
            type(result.check).__name__: str(result.error)
            if result.error
            else result.check.pretty_status()
            for result in self.results
        }
        healthy = not any(result.error for result in self.results)
        return JsonResponse(
            {"status": "ok" if healthy else "unhealthy", "server": SERVER_NAME, "checks": checks},
            # 503, not the library's 500: "not ready to serve", which balancers understand.
            status=200 if healthy else 503,
        )


@never_cache
def liveness(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok", "server": SERVER_NAME})
