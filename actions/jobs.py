"""Periodic jobs for the scheduler (settings.SCHEDULER_JOBS)."""

from django.conf import settings

from .services.retention import anonymise_supporters


def anonymise_expired_supporters() -> str | None:
    """Erase supporters' personal data once it is no longer needed; counts are kept."""
    report = anonymise_supporters(settings.ACTIONS_ANONYMISE_AFTER_DAYS)
    return report.summary if report.lines else None
