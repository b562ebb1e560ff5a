"""Periodic jobs for the scheduler (settings.SCHEDULER_JOBS)."""

from django.conf import settings

from common.links import site_url

from .services.letters import queue_due_letters
from .services.reminders import remind_unconfirmed
from .services.retention import anonymise_supporters


def anonymise_expired_supporters() -> str | None:
    """Erase supporters' personal data once it is no longer needed; counts are kept."""
    report = anonymise_supporters(settings.ACTIONS_ANONYMISE_AFTER_DAYS)
    return report.summary if report.lines else None


def send_due_letters() -> str | None:
    """Hand the task worker the letters whose delivery day has come: those that waited for
    room under an office's daily limit, and any the worker failed to send."""
    queued = queue_due_letters(base_url=site_url())
    if not queued:
        return None
    return f"handed {queued} due letter{'' if queued == 1 else 's'} to the task worker"


def remind_unconfirmed_signers() -> str | None:
    """Send the one reminder to confirm to signatures still unconfirmed a day after signing."""
    queued = remind_unconfirmed(base_url=site_url())
    if not queued:
        return None
    return f"reminded {queued} signer{'' if queued == 1 else 's'} to confirm"
