"""Writing to an official: one letter per person and official, deduplicated by the database,
and delivered by the task worker within the office's daily limit.

**The daily limit.** An editor caps how many letters from one action an office gets a day.
A letter beyond today's cap is not dropped: it is stored with the next day that has room
(`delivery_due_on`), the reader is told that date, and the scheduler hands it to the task
worker when the day comes (`queue_due_letters`). The day is worked out under a per-office
advisory lock, so two readers racing for the last place today cannot both take it. Held
letters (actions.abuse) take no place: a flood cannot push honest letters back; released,
they are given a day then. Letters handed in by volunteers have no cap (they go as a batch).

**Counts** are every standing letter (sent, waiting for its day, or waiting to be handed in):
the reader's letter counts from the moment it is written."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import connections, router, transaction
from django.db.models import Count, Max, Min, Q, QuerySet
from django.utils import timezone

from actions.abuse import Screening
from actions.contracts import LetterPageContract
from actions.models import Letter, Moderation
from actions.models.letters import LETTER_COUNTED
from actions.tasks import send_letter
from actions.validation import normalise_email
from common.places import state_of_zip

from .inserts import insert_and_enqueue_unless_duplicate, insert_unless_duplicate
from .places import PlaceCounts, action_counts_by_state

# A letter handed to the worker this long ago and still not sent (mail server down, worker
# restarted) is handed over again by the scheduler.
REQUEUE_AFTER = timedelta(hours=1)
# How many due letters one scheduler run hands over; the next run takes the rest.
QUEUE_BATCH = 500


@dataclass(frozen=True)
class LetterResult:
    """For the thank-you step: the reader is told the same whether or not the letter was new.
    `goes_out_on` is the delivery day when it is later than today."""

    created: bool
    by_hand: bool
    goes_out_on: date | None = None


def write_letter(
    page: LetterPageContract,
    data: dict,
    *,
    target,
    base_url: str,
    screening: Screening,
    language: str = settings.LANGUAGE_CODE,
) -> LetterResult:
    """Store a letter to `target` (the official's record the action links to) unless this
    person (by normalised email) already wrote to them from this action: INSERT … ON CONFLICT
    DO NOTHING against the unique constraint, as signing does. A counted letter due today is
    queued for the worker in the same statement; one due later waits for the scheduler.

    Stored against the action's counting page (actions.pages): a letter from the Spanish page
    counts, and is a duplicate, as one from the English page."""
    now = timezone.now()
    today = timezone.localdate(now)
    by_email = bool(target.email)
    letter = Letter(
        page_id=page.counting_page_id,
        target_id=target.pk,
        target_name=target.label[:300],
        first_name=data["first_name"],
        last_name=data["last_name"],
        email=data["email"].strip(),
        email_normalised=normalise_email(data["email"]),
        postcode=data.get("postcode", ""),
        state=state_of_zip(data.get("postcode", "")),
        subject=data["subject"],
        body=data["body"],
        opt_in=bool(data.get("opt_in")),
        created_at=now,
        delivery=Letter.Delivery.EMAIL if by_email else Letter.Delivery.HAND,
        language=language,
        **screening.record_fields(),
    )
    if not by_email:
        # Handed in by volunteers: the worker only sends the writer their copy.
        created = _store(letter, screening, base_url, now)
        return LetterResult(created=created, by_hand=True)
    cap = page.daily_cap
    if not cap:
        letter.delivery_due_on = today
        return LetterResult(created=_store(letter, screening, base_url, now), by_hand=False)
    with transaction.atomic():
        _lock_office(letter.page_id, target.pk)
        due = first_day_with_room(letter.page_id, target.pk, cap, today)
        letter.delivery_due_on = due
        if due == today:
            created = _store(letter, screening, base_url, now)
        else:
            created = insert_unless_duplicate(letter)
    return LetterResult(created=created, by_hand=False, goes_out_on=due if due > today else None)


def _store(letter: Letter, screening: Screening, base_url: str, now: datetime) -> bool:
    """Insert `letter`; a counted one together with its delivery task."""
    if not screening.counted:
        return insert_unless_duplicate(letter)
    letter.queued_at = now
    return insert_and_enqueue_unless_duplicate(letter, send_letter, letter.key.hex, base_url)


def _lock_office(page_id: int, target_id: int) -> None:
    """Serialise working out delivery days for one office on one action, until commit."""
    connection = connections[router.db_for_write(Letter)]
    if connection.vendor != "postgresql":
        return  # SQLite (`make run` without DATABASE_URL) has one writer at a time anyway
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))",
            [f"actions.letters:{page_id}:{target_id}"],
        )


def first_day_with_room(page_id: int, target_id: int, cap: int, today: date) -> date:
    """The first day from `today` on which the office has fewer than `cap` emailed letters
    from this action due (counted ones: held letters take no place)."""
    booked = dict(
        Letter.objects.filter(
            LETTER_COUNTED,
            page_id=page_id,
            target_id=target_id,
            delivery=Letter.Delivery.EMAIL,
            delivery_due_on__gte=today,
        )
        .values_list("delivery_due_on")
        .annotate(n=Count("pk"))
        .order_by()
    )
    day = today
    while booked.get(day, 0) >= cap:
        day += timedelta(days=1)
    return day


def letter_counts(page_id: int) -> dict[int, int]:
    """{official's id: letters counted} on an action (its counting page), in one query over
    the counts' index. Letters to an official since deleted are not in it."""
    rows = (
        Letter.objects.filter(LETTER_COUNTED, page_id=page_id, target__isnull=False)
        .values_list("target_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return dict(rows)


def letter_places(page_id: int) -> PlaceCounts:
    """Where an action's counted letters come from, by state (its counting page), cached."""
    counted = Letter.objects.filter(LETTER_COUNTED, page_id=page_id)
    return action_counts_by_state("letters", page_id, counted)


def letter_count_rows() -> list[dict]:
    """For the admin's action counts, per letter action and official: letters counted,
    emailed, waiting for their day, waiting to be handed in, handed in, and held. Counts
    only, no names."""

    def counted(status: str) -> Count:
        return Count("pk", filter=LETTER_COUNTED & Letter.STATUS_CONDITIONS[status])

    rows = (
        Letter.objects.values("page_id", "page__title", "target_name")
        .annotate(
            counted=Count("pk", filter=LETTER_COUNTED),
            emailed=counted(Letter.Status.SENT),
            scheduled=counted(Letter.Status.SCHEDULED),
            to_hand_in=counted(Letter.Status.TO_HAND_IN),
            handed_in=counted(Letter.Status.HANDED_IN),
            held=Count("pk", filter=Q(moderation=Moderation.HELD)),
        )
        .order_by("page__title", "page_id", "target_name")
    )
    return list(rows)


def due_letters(today: date) -> QuerySet:
    """Emailed letters whose day has come, not sent and not with the worker (or with it for
    too long), that may go: counted and not erased."""
    return Letter.objects.filter(
        Q(queued_at__isnull=True) | Q(queued_at__lt=timezone.now() - REQUEUE_AFTER),
        LETTER_COUNTED,
        delivery=Letter.Delivery.EMAIL,
        sent_at__isnull=True,
        anonymised_at__isnull=True,
        delivery_due_on__lte=today,
    )


def queue_due_letters(*, base_url: str) -> int:
    """Hand the letters due today (and any overdue) to the task worker; how many. Run by the
    scheduler (actions.jobs.send_due_letters). Marked as queued in the same transaction as
    their tasks, so two runs never queue one letter twice."""
    now = timezone.now()
    with transaction.atomic():
        keys = list(
            due_letters(timezone.localdate(now))
            .order_by("delivery_due_on", "pk")
            .select_for_update(skip_locked=True)
            .values_list("key", flat=True)[:QUEUE_BATCH]
        )
        if not keys:
            return 0
        Letter.objects.filter(key__in=keys).update(queued_at=now)
        for key in keys:
            send_letter.enqueue(key.hex, base_url)
    return len(keys)


def release_letters(letters: Iterable[Letter], *, base_url: str, caps: dict[int, int]) -> None:
    """Letters a data steward released (they count again): each emailed one is given a
    delivery day within its office's cap (`caps`: {page id: daily cap}) and queued when that
    is today; each handed-in one is queued for its writer's copy. Called inside the
    steward's transaction, once the letters are counted."""
    now = timezone.now()
    today = timezone.localdate(now)
    by_office = defaultdict(list)
    for letter in letters:
        if letter.sent_at or letter.anonymised_at:
            continue
        if letter.delivery == Letter.Delivery.HAND and letter.queued_at:
            continue  # its writer's copy went out before it was held
        by_office[(letter.page_id, letter.target_id, letter.delivery)].append(letter)
    for (page_id, target_id, delivery), group in by_office.items():
        due_now = group
        cap = caps.get(page_id, 0)
        if delivery == Letter.Delivery.EMAIL and cap and target_id is not None:
            _lock_office(page_id, target_id)
            due_now = []
            for letter in group:
                # Each one is counted already: look for room as if it were not yet there.
                Letter.objects.filter(pk=letter.pk).update(delivery_due_on=None)
                day = first_day_with_room(page_id, target_id, cap, today)
                Letter.objects.filter(pk=letter.pk).update(delivery_due_on=day)
                if day == today:
                    due_now.append(letter)
        elif delivery == Letter.Delivery.EMAIL:
            Letter.objects.filter(pk__in=[r.pk for r in group]).update(delivery_due_on=today)
        Letter.objects.filter(pk__in=[r.pk for r in due_now]).update(queued_at=now)
        for letter in due_now:
            send_letter.enqueue(letter.key.hex, base_url)


# Hand delivery --------------------------------------------------------------------------


def awaiting_hand_delivery() -> QuerySet:
    """Letters to offices without an email address that volunteers have not handed in yet."""
    return Letter.objects.filter(
        LETTER_COUNTED,
        delivery=Letter.Delivery.HAND,
        sent_at__isnull=True,
        anonymised_at__isnull=True,
    )


@dataclass(frozen=True)
class HandDeliveryBatch:
    """The letters waiting to be handed to one office from one action, up to letter `upto`
    (the newest when the steward looked): a letter written later joins the next batch, never
    one the steward has already printed."""

    page_id: int
    target_id: int | None
    target_name: str
    letters: int
    oldest: datetime
    upto: int


def hand_delivery_batches() -> list[HandDeliveryBatch]:
    rows = (
        awaiting_hand_delivery()
        .values("page_id", "target_id", "target_name")
        .annotate(letters=Count("pk"), oldest=Min("created_at"), upto=Max("pk"))
        .order_by("target_name", "page_id")
    )
    return [HandDeliveryBatch(**row) for row in rows]


def batch_letters(page_id: int, target_id: int | None, upto: int) -> QuerySet:
    letters = awaiting_hand_delivery().filter(page_id=page_id, pk__lte=upto)
    if target_id is None:
        return letters.filter(target__isnull=True)
    return letters.filter(target_id=target_id)


def mark_handed_in(page_id: int, target_id: int | None, upto: int) -> int:
    """Record the batch as delivered by hand, now; how many letters it held."""
    return batch_letters(page_id, target_id, upto).update(sent_at=timezone.now())
