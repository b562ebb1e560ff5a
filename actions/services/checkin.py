"""Attendance at the door: a steward marks who arrived (and can undo it), and adds walk-ins.

Every screen and job that reads an event's attendees starts from `event_rsvps`, which narrows
a repeating event's RSVPs to one date when given its `occurrence` (the date's start, as in
RSVP.occurrence_start): the door of the March call sees March's names only. Marking and
undoing are single conditional UPDATEs: two stewards tapping the same person at once record
one arrival, and a tap that came late (the phone was offline) changes nothing that another
steward changed."""

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q, QuerySet, Sum
from django.utils import timezone

from actions.contracts import EventPageContract
from actions.models import RSVP, Moderation
from actions.validation import normalise_email

from .rsvps import for_occurrence

GOING, WAITLIST, CANCELLED = RSVP.Status.GOING, RSVP.Status.WAITLIST, RSVP.Status.CANCELLED
# How many names the check-in screen lists at once; a search narrows them.
CHECK_IN_LIST_LIMIT = 300


def event_rsvps(page: EventPageContract, occurrence: datetime | None = None) -> QuerySet:
    """The RSVPs the door may see for `page`: counted, not cancelled, not anonymised,
    stored against its counting page (actions.pages), whatever language they came in. For
    a repeating event, `occurrence` (a date's start) keeps that date's; without it, all of
    its dates'. A one-off event's `occurrence` is None."""
    rsvps = RSVP.objects.filter(
        page_id=page.counting_page_id,
        moderation=Moderation.COUNTED,
        anonymised_at__isnull=True,
    ).exclude(status=CANCELLED)
    if page.repeats and occurrence is not None:
        rsvps = for_occurrence(rsvps, occurrence)
    return rsvps


def check_in_list(
    page: EventPageContract, search: str = "", occurrence: datetime | None = None
) -> list[RSVP]:
    """Who to mark: by name, those not yet arrived first; `search` keeps names containing
    it (any case). Only what the door needs is read: no email, phone or access needs."""
    rsvps = event_rsvps(page, occurrence)
    if search:
        rsvps = rsvps.filter(name__icontains=search)
    return list(
        rsvps.order_by(F("attended_at").desc(nulls_first=True), "name", "pk").only(
            "pk", "name", "guests", "status", "attended_at", "walk_in"
        )[:CHECK_IN_LIST_LIMIT]
    )


def door_occurrence(page: EventPageContract, now: datetime) -> tuple[datetime, datetime] | None:
    """The date a repeating event's door opens on by default: the one on today's local date,
    else the one starting nearest to now (the last, for a series that is over). None for a
    one-off event."""
    if not page.repeats:
        return None
    today = page.occurrence_on(now.astimezone(page.zone).date())
    return today or min(page.occurrences(), key=lambda times: abs(times[0] - now))


@dataclass(frozen=True)
class Attendance:
    """People (guests included) who arrived, and who were expected (those with a place)."""

    arrived: int
    expected: int
    arrived_records: int


def attendance(page: EventPageContract, occurrence: datetime | None = None) -> Attendance:
    totals = event_rsvps(page, occurrence).aggregate(
        arrived=Sum(F("guests") + 1, filter=Q(attended_at__isnull=False)),
        expected=Sum(F("guests") + 1, filter=Q(status=GOING)),
        arrived_records=Count("pk", filter=Q(attended_at__isnull=False)),
    )
    return Attendance(
        totals["arrived"] or 0, totals["expected"] or 0, totals["arrived_records"] or 0
    )


def check_in(
    page: EventPageContract, rsvp_id: int, user, occurrence: datetime | None = None
) -> bool:
    """Mark one RSVP (and its guests) as arrived now; False if it was already, or is not
    this event's (this date's, for a repeating event)."""
    return bool(
        event_rsvps(page, occurrence)
        .filter(pk=rsvp_id, attended_at__isnull=True)
        .update(attended_at=timezone.now(), attended_by=user)
    )


def undo_check_in(
    page: EventPageContract, rsvp_id: int, occurrence: datetime | None = None
) -> bool:
    """A tap on the wrong name: not arrived after all."""
    return bool(
        event_rsvps(page, occurrence)
        .filter(pk=rsvp_id, attended_at__isnull=False)
        .update(attended_at=None, attended_by=None)
    )


@dataclass(frozen=True)
class WalkIn:
    rsvp: RSVP
    # True when the email matched someone who had RSVPd: they were checked in instead.
    had_rsvp: bool


def add_walk_in(
    page: EventPageContract,
    *,
    name: str,
    email: str,
    language: str,
    user,
    occurrence: datetime | None = None,
) -> WalkIn:
    """Someone who came without an RSVP, stored as an RSVP with a place that has arrived. An
    email that already has an RSVP for this event checks that RSVP in instead (one record
    per person, as the unique constraint wants). Without an email, the dedupe key is the
    record's own key, so walk-ins without one never collide. At a repeating event's door
    the walk-in is for that date (`occurrence`), like an RSVP to it."""
    occurrence = occurrence if page.repeats else None
    now = timezone.now()
    normalised = normalise_email(email) if email else ""
    for _attempt in range(2):
        if normalised:
            existing = event_rsvps(page, occurrence).filter(email_normalised=normalised).first()
            if existing is not None:
                check_in(page, existing.pk, user, occurrence)
                existing.refresh_from_db(fields=["attended_at"])
                return WalkIn(existing, had_rsvp=True)
        rsvp = RSVP(
            page_id=page.counting_page_id,
            name=name,
            email=email,
            status=GOING,
            occurrence_start=occurrence,
            created_at=now,
            attended_at=now,
            attended_by=user,
            walk_in=True,
            language=language,
        )
        rsvp.email_normalised = normalised or f"walk-in:{rsvp.key}"
        try:
            with transaction.atomic():
                rsvp.save()
        except IntegrityError:
            continue  # the same address RSVPd a moment ago: check that RSVP in
        return WalkIn(rsvp, had_rsvp=False)
    raise RuntimeError("A walk-in's email kept colliding with another RSVP")
