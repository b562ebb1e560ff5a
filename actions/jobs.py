"""Periodic jobs for the scheduler (settings.SCHEDULER_JOBS)."""

from django.conf import settings
from django.utils import timezone

from common.links import site_url

from .event_pages import live_events
from .reminders import queue_due_reminders
from .services.confirmation_reminders import remind_unconfirmed
from .services.feedback import due_occurrences, feedback_due_between, send_feedback_requests
from .services.letters import queue_due_letters
from .services.retention import anonymise_supporters


def anonymise_expired_supporters() -> str | None:
    """Erase supporters' personal data once it is no longer needed; counts are kept."""
    report = anonymise_supporters(settings.ACTIONS_ANONYMISE_AFTER_DAYS)
    return report.summary if report.lines else None


def send_due_letters() -> str | None:
    """Hand the task worker the letters whose delivery day has come: those that waited for
    room under an office's daily limit, and any the worker failed to send."""
    queued = queue_due_letters(base_url=site_url())
    return _said(queued, "handed {} due letter{} to the task worker")


def send_event_feedback() -> str | None:
    """Ask the attendees of events that ended a little while ago how it went, once each
    (actions.services.feedback)."""
    now = timezone.now()
    ended_after, ended_before = feedback_due_between(now)
    queued = 0
    # A repeating event's series ends with its last date: any series that overlaps the range
    # is looked at, and due_occurrences says which of its dates (or the one-off event) ended.
    for page in live_events(
        ends_at__gte=ended_after, starts_at__lte=ended_before, feedback_emails=True
    ):
        for occurrence in due_occurrences(page, now):
            queued += send_feedback_requests(
                page, base_url=site_url(), now=now, occurrence=occurrence
            )
    return _said(queued, "asked {} attendee{} for feedback")


def send_event_reminders() -> str | None:
    """Hand the task worker the event reminders that are due (actions.reminders)."""
    queued = queue_due_reminders(base_url=site_url())
    return _said(queued, "handed {} event reminder{} to the task worker")


def remind_unconfirmed_signers() -> str | None:
    """Send the one reminder to confirm to signatures still unconfirmed a day after signing."""
    queued = remind_unconfirmed(base_url=site_url())
    return _said(queued, "reminded {} signer{} to confirm")


def _said(count: int, words: str) -> str | None:
    """What a job tells the scheduler's log: nothing when it did nothing; `words` has a slot
    for the number and one for the plural s ("handed {} letter{} to the task worker")."""
    if not count:
        return None
    return words.format(count, "" if count == 1 else "s")
