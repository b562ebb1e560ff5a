"""RSVPs with an optional capacity and a waitlist.

Each change to an event's places runs under a PostgreSQL advisory lock for that event, so two
people cannot both take the last place and a freed place goes to exactly one person.

A repeating event has its places and its waitlist per occurrence: `occurrence` is the start of
the date an RSVP is for (RSVP.occurrence_start), None for a one-off event."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Sum
from django.utils import timezone

from actions.abuse import Screening
from actions.contracts import EventPageContract
from actions.models import RSVP, Moderation
from actions.tasks import send_rsvp_email
from actions.validation import normalise_email

from .inserts import claim_reminder, insert_unless_duplicate

# First half of the two-part advisory lock key: "RSVP". Only has to differ from other
# advisory locks taken in this database (the scheduler uses a single 64-bit key).
RSVP_LOCK_NAMESPACE = 0x52535650
GOING, WAITLIST, CANCELLED = RSVP.Status.GOING, RSVP.Status.WAITLIST, RSVP.Status.CANCELLED
# Someone RSVPing again with an address that already has a place is sent a reminder at most
# this often: a stranger typing their address cannot make the site email them more.
REMINDER_INTERVAL = timedelta(days=1)
# Only counted RSVPs take places or wait for them: held and rejected ones do not.
STANDING = RSVP.objects.filter(moderation=Moderation.COUNTED)


def lock_event(page_id: int) -> None:
    """Hold the event's lock until the end of the current transaction."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [RSVP_LOCK_NAMESPACE, page_id])


def for_occurrence(rsvps, occurrence: datetime | None):
    """The RSVPs of one occurrence of a repeating event, or of a one-off event (None)."""
    if occurrence is None:
        return rsvps.filter(occurrence_start__isnull=True)
    return rsvps.filter(occurrence_start=occurrence)


def places_taken(page_id: int, occurrence: datetime | None = None) -> int:
    going = for_occurrence(STANDING.filter(page_id=page_id, status=GOING), occurrence)
    taken = going.aggregate(people=Sum(F("guests") + 1))
    return taken["people"] or 0


def places_left(page: EventPageContract, occurrence: datetime | None = None) -> int | None:
    """None when the event has no capacity limit. The event's translations share its places
    (their RSVPs are stored against its counting page, actions.pages)."""
    if page.capacity is None:
        return None
    return max(page.capacity - places_taken(page.counting_page_id, occurrence), 0)


def waitlist_size(page_id: int, occurrence: datetime | None = None) -> int:
    return for_occurrence(STANDING.filter(page_id=page_id, status=WAITLIST), occurrence).count()


@dataclass(frozen=True)
class RSVPResult:
    """What the person is told: a place, or the waitlist."""

    status: str


def rsvp_to_event(
    page: EventPageContract,
    data: dict,
    *,
    base_url: str,
    screening: Screening,
    language: str = settings.LANGUAGE_CODE,
    occurrence: datetime | None = None,
) -> RSVPResult:
    """Give a place if the whole party fits, otherwise a place on the waitlist.

    Someone who already RSVPd is told what a newcomer would be told, and their email (which
    only they read) repeats their real status and cancel link, at most once a day: the page
    never reveals who has RSVPd, and a stranger cannot make the site email them more. The
    insert itself finds the duplicate (ON CONFLICT DO NOTHING), and one UPDATE … RETURNING
    claims the reminder. A held or rejected RSVP (`screening`) is stored without taking a
    place or sending an email, until a data steward releases it. An RSVP on a translation
    of the event takes a place of the same event; it keeps the reader's `language`. For a
    repeating event, `occurrence` is the date's start: the same person may come to several."""
    party = 1 + data["guests"]
    now = timezone.now()
    event_id = page.counting_page_id
    with transaction.atomic():
        lock_event(event_id)
        left = places_left(page, occurrence)
        status = GOING if left is None or party <= left else WAITLIST
        rsvp = RSVP(
            page_id=event_id,
            name=data["name"],
            email=data["email"].strip(),
            email_normalised=normalise_email(data["email"]),
            guests=data["guests"],
            phone=data.get("phone", ""),
            access_needs=data.get("access_needs", ""),
            status=status,
            occurrence_start=occurrence,
            created_at=now,
            last_emailed_at=now if screening.counted else None,
            language=language,
            **screening.record_fields(),
        )
        if insert_unless_duplicate(rsvp):
            if screening.counted:
                send_rsvp_email.enqueue(rsvp.key.hex, base_url, status)
        elif screening.counted:
            standing = for_occurrence(
                STANDING.filter(page_id=event_id, email_normalised=rsvp.email_normalised),
                occurrence,
            ).exclude(status=CANCELLED)
            for key in claim_reminder(standing, now=now, cutoff=now - REMINDER_INTERVAL):
                send_rsvp_email.enqueue(key, base_url, "reminder")
    return RSVPResult(status)


def find_rsvp(page: EventPageContract, key: UUID) -> RSVP | None:
    return RSVP.objects.filter(
        key=key, page_id=page.counting_page_id, anonymised_at__isnull=True
    ).first()


def seat_released(page: EventPageContract, rsvps: list[RSVP], *, base_url: str) -> None:
    """RSVPs a data steward released: each gets a place if its party fits now (in the order
    they were sent), else joins the waitlist, and is told which by email."""
    with transaction.atomic():
        lock_event(page.counting_page_id)
        left = {}
        for rsvp in sorted(rsvps, key=lambda r: (r.created_at, r.pk)):
            when = rsvp.occurrence_start
            if when not in left:
                left[when] = places_left(page, when)
            fits = left[when] is None or rsvp.party_size <= left[when]
            rsvp.status = GOING if fits else WAITLIST
            rsvp.status_changed_at = rsvp.last_emailed_at = timezone.now()
            rsvp.save(update_fields=["status", "status_changed_at", "last_emailed_at"])
            send_rsvp_email.enqueue(rsvp.key.hex, base_url, rsvp.status)
            if fits and left[when] is not None:
                left[when] -= rsvp.party_size


def cancel_rsvp(page: EventPageContract, rsvp: RSVP, *, base_url: str) -> list[RSVP]:
    """Cancel and hand the freed places to the waitlist. Returns who was promoted."""
    with transaction.atomic():
        lock_event(page.counting_page_id)
        updated = (
            RSVP.objects.filter(pk=rsvp.pk)
            .exclude(status=CANCELLED)
            .update(status=CANCELLED, status_changed_at=timezone.now())
        )
        if not updated:
            return []
        return promote_waitlist(page, base_url=base_url, occurrences=[rsvp.occurrence_start])


def promote_waitlist(
    page: EventPageContract, *, base_url: str, occurrences: list[datetime | None] | None = None
) -> list[RSVP]:
    """Give free places to waitlisted people in the order they joined. A party too large for
    the places left keeps its turn while smaller parties behind it are seated. Each
    occurrence's waitlist (by default every one that has people waiting) fills its own places."""
    promoted = []
    with transaction.atomic():
        lock_event(page.counting_page_id)
        waiting = STANDING.filter(page_id=page.counting_page_id, status=WAITLIST)
        if occurrences is None:
            occurrences = list(waiting.values_list("occurrence_start", flat=True).distinct())
        for occurrence in occurrences:
            promoted += _promote(page, for_occurrence(waiting, occurrence), occurrence, base_url)
    return promoted


def _promote(page, waiting, occurrence: datetime | None, base_url: str) -> list[RSVP]:
    promoted = []
    left = places_left(page, occurrence)
    for rsvp in waiting.order_by("created_at", "pk"):
        if left is not None and left <= 0:
            break
        if left is not None and rsvp.party_size > left:
            continue
        rsvp.status = GOING
        rsvp.status_changed_at = timezone.now()
        rsvp.save(update_fields=["status", "status_changed_at"])
        send_rsvp_email.enqueue(rsvp.key.hex, base_url, "promoted")
        promoted.append(rsvp)
        if left is not None:
            left -= rsvp.party_size
    return promoted


def follow_moved_dates(page: EventPageContract) -> int:
    """After an editor moves a repeating event's time (6 pm to 7 pm), each RSVP stays with its
    date, now at the new time, so its place, waitlist, reminders and cancel link still count
    for it. An RSVP whose date the event no longer has is left as it was. Returns how many
    RSVPs moved."""
    if not page.repeats:
        return 0
    starts_by_day = {start.date(): start for start, _end in page.occurrences()}
    moved = 0
    with transaction.atomic():
        lock_event(page.counting_page_id)
        rsvps = RSVP.objects.filter(page_id=page.counting_page_id, occurrence_start__isnull=False)
        stored = rsvps.order_by().values_list("occurrence_start", flat=True).distinct()
        for old in list(stored):
            new = starts_by_day.get(old.astimezone(page.zone).date())
            if new is not None and new != old:
                moved += rsvps.filter(occurrence_start=old).update(occurrence_start=new)
    return moved
