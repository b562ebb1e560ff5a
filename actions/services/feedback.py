"""After an event: one email to each attendee asking how it went, and their answers.

Who is asked. If stewards checked anyone in (actions.services.checkin), only those marked
as arrived: the door list is the best record of who came. If nobody was checked in (the
event did not use the check-in screen), everyone who still had a place when it ended: asking
a few who did not come is better than asking nobody. Held, rejected, cancelled, anonymised
RSVPs and those without an email are never asked.

When. From FEEDBACK_DELAY after the event ends, for events that ended within FEEDBACK_WINDOW:
a switch turned on late, or the first run after this feature shipped, never emails people
about an event long past. A repeating event is asked after each of its dates, as if each were
an event of its own: its RSVPs are per date, so "who came" and "once" are per date too.

Once. The job claims each RSVP with a conditional UPDATE of `feedback_sent_at` on rows locked
with SKIP LOCKED, and queues the email in the same transaction: two schedulers running at
once, or a job run again, claim each RSVP once between them."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Avg, Count, Q, QuerySet
from django.utils import timezone

from actions.contracts import EventPageContract
from actions.models import RSVP, EventFeedback
from actions.tasks import send_event_feedback_email

from .checkin import event_rsvps

FEEDBACK_DELAY = timedelta(hours=2)
FEEDBACK_WINDOW = timedelta(days=7)


def feedback_due_between(now: datetime) -> tuple[datetime, datetime]:
    """Events (or dates of a repeating one) that ended in this range are asked now."""
    return now - FEEDBACK_WINDOW, now - FEEDBACK_DELAY


def due_occurrences(page: EventPageContract, now: datetime) -> list[datetime | None]:
    """What of `page` to ask about now: the start of each date of a repeating event that
    ended in the range, or [None] for a one-off event that did, or nothing."""
    ended_after, ended_before = feedback_due_between(now)
    if not page.repeats:
        return [None] if ended_after <= page.ends_at <= ended_before else []
    return [start for start, end in page.occurrences() if ended_after <= end <= ended_before]


def feedback_recipients(page: EventPageContract, occurrence: datetime | None = None) -> QuerySet:
    """The RSVPs to ask (see the module's docstring), sent or not: for a repeating event,
    those of the date starting at `occurrence`."""
    rsvps = event_rsvps(page, occurrence).exclude(email="")
    if event_rsvps(page, occurrence).filter(attended_at__isnull=False).exists():
        return rsvps.filter(attended_at__isnull=False)
    return rsvps.filter(status=RSVP.Status.GOING)


def send_feedback_requests(
    page: EventPageContract,
    *,
    base_url: str,
    now: datetime,
    occurrence: datetime | None = None,
) -> int:
    """Queue the feedback email for each recipient not yet sent one; returns how many."""
    if not page.feedback_emails:
        return 0
    if page.repeats and occurrence is None:
        raise ValueError("A repeating event is asked about one date at a time")
    with transaction.atomic():
        due = feedback_recipients(page, occurrence).filter(feedback_sent_at__isnull=True)
        claimed = list(due.select_for_update(skip_locked=True).values_list("pk", "key"))
        if not claimed:
            return 0
        RSVP.objects.filter(pk__in=[pk for pk, _key in claimed], feedback_sent_at=None).update(
            feedback_sent_at=now
        )
        for _pk, key in claimed:
            send_event_feedback_email.enqueue(key.hex, base_url)
    return len(claimed)


def save_feedback(rsvp: RSVP, answers: dict) -> tuple[EventFeedback, bool]:
    """Store `rsvp`'s answers, replacing any it sent before; True when they are new."""
    now = timezone.now()
    return EventFeedback.objects.update_or_create(
        rsvp=rsvp,
        defaults={**answers, "updated_at": now},
        create_defaults={**answers, "created_at": now, "updated_at": now},
    )


@dataclass(frozen=True)
class FeedbackSummary:
    """An event's answers in numbers, and the answers themselves (newest first), shown to
    stewards without the name of who gave them: people answer more honestly that way."""

    answers: int
    average: float | None
    by_rating: list[tuple[str, int]]
    come_again: int
    help_organise: int
    asked: int
    comments: list[EventFeedback]


def feedback_summary(
    page: EventPageContract, occurrence: datetime | None = None
) -> FeedbackSummary:
    """All the answers, or for a repeating event those about the date at `occurrence`."""
    rsvps = event_rsvps(page, occurrence)
    feedback = EventFeedback.objects.filter(rsvp__in=rsvps)
    totals = feedback.aggregate(
        answers=Count("pk"),
        average=Avg("rating"),
        come_again=Count("pk", filter=Q(come_again=True)),
        help_organise=Count("pk", filter=Q(help_organise=True)),
        **{f"r{value}": Count("pk", filter=Q(rating=value)) for value in EventFeedback.Rating},
    )
    return FeedbackSummary(
        answers=totals["answers"],
        average=totals["average"],
        by_rating=[(rating.label, totals[f"r{rating.value}"]) for rating in EventFeedback.Rating],
        come_again=totals["come_again"],
        help_organise=totals["help_organise"],
        asked=rsvps.filter(feedback_sent_at__isnull=False).count(),
        comments=list(feedback.order_by("-updated_at")[:500]),
    )


@dataclass(frozen=True)
class DateFeedback:
    """One date of a repeating event in the stewards' table: asked, answered, average.
    `start` is in the event's zone, so its date() is the local date."""

    start: datetime
    asked: int
    answers: int
    average: float | None


def feedback_by_date(page: EventPageContract) -> list[DateFeedback]:
    """Each date of a repeating event that anyone was asked about, soonest first, in one
    query (grouped by the RSVPs' date)."""
    rows = (
        event_rsvps(page)
        .filter(feedback_sent_at__isnull=False, occurrence_start__isnull=False)
        .values("occurrence_start")
        .annotate(
            asked=Count("pk"),
            answers=Count("feedback"),
            average=Avg("feedback__rating"),
        )
        .order_by("occurrence_start")
    )
    return [
        DateFeedback(
            row["occurrence_start"].astimezone(page.zone),
            row["asked"],
            row["answers"],
            row["average"],
        )
        for row in rows
    ]
