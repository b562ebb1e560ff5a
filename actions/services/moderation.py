"""What data stewards do with posts the abuse model held (actions.abuse): signatures, RSVPs,
endorsements, signups, letters and call reports. Release them (they count, and get the email
they were not sent; a letter gets its delivery day), reject them, or hold posts that counted,
in bulk: every post from one connection or one email domain, or every held post on one form.
And the trending numbers they decide from."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.db.models import Count, Model, QuerySet
from django.utils import timezone
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

from actions.models import (
    RSVP,
    CallReport,
    Endorsement,
    Letter,
    Moderation,
    Signature,
    UpdatesSignup,
)
from actions.tasks import send_signature_email
from common import page_cache

from .calls import forget_call_counts
from .counts import forget_count
from .endorsements import announce_endorsement
from .letters import release_letters
from .places import forget_action_states
from .rsvps import promote_waitlist, seat_released

# Trending looks at this much of the recent past.
TRENDING_WINDOW = timedelta(hours=1)
RECORDS: tuple[type[Model], ...] = (
    Signature,
    RSVP,
    Endorsement,
    UpdatesSignup,
    Letter,
    CallReport,
)
HOLD, RELEASE, REJECT = "hold", "release", "reject"
# What each decision changes: the states it moves records out of.
FROM_STATES = {
    HOLD: [Moderation.COUNTED],
    RELEASE: [Moderation.HELD, Moderation.REJECTED],
    REJECT: [Moderation.COUNTED, Moderation.HELD],
}


def sent_at_field(model: type[Model]) -> str:
    return "submitted_at" if model is Endorsement else "created_at"


@dataclass(frozen=True)
class Selection:
    """Which posts a decision applies to: from one connection (`client_hash`) or email
    domain, sent since `since`; or every post on one form (`page_id`, or `signups` for the
    email signup)."""

    client_hash: str = ""
    email_domain: str = ""
    page_id: int | None = None
    signups: bool = False
    since: datetime | None = None

    def records(self, model: type[Model]) -> QuerySet | None:
        if self.signups and model is not UpdatesSignup:
            return None
        if self.page_id is not None and model is UpdatesSignup:
            return None
        records = model.objects.all()
        if self.client_hash:
            records = records.filter(client_hash=self.client_hash)
        if self.email_domain:
            records = records.filter(email_domain=self.email_domain)
        if self.page_id is not None:
            records = records.filter(page_id=self.page_id)
        if self.since is not None:
            records = records.filter(**{f"{sent_at_field(model)}__gte": self.since})
        if model is RSVP:
            records = records.exclude(status=RSVP.Status.CANCELLED)
        if model in (Signature, RSVP, Letter):
            records = records.filter(anonymised_at__isnull=True)
        return records


def decide(selection: Selection, decision: str, *, base_url: str) -> int:
    """Hold, release or reject the selected posts; how many changed. Counts, places and
    endorser lists change at once, and the pages that show them are purged."""
    changed, pages = 0, set()
    now = timezone.now()
    with transaction.atomic():
        for model in RECORDS:
            records = selection.records(model)
            if records is None:
                continue
            records = records.filter(moderation__in=FROM_STATES[decision])
            affected = list(records.select_for_update())
            if not affected:
                continue
            changed += len(affected)
            pages.update(getattr(record, "page_id", None) for record in affected)
            if decision == RELEASE:
                release(model, affected, base_url=base_url)
            else:
                state = Moderation.HELD if decision == HOLD else Moderation.REJECTED
                model.objects.filter(pk__in=[r.pk for r in affected]).update(
                    moderation=state, held_at=now, held_reason=f"{decision} by a data steward"
                )
        pages.discard(None)
        after_change(pages, base_url=base_url, freed=decision != RELEASE)
    return changed


def release(model: type[Model], records: list, *, base_url: str) -> None:
    """Count released records, and send each the email it was not sent when held."""
    if model is RSVP:
        # Seated while still held, so the places they held are not counted against them;
        # every released RSVP is seated again (its place may have gone meanwhile) and told.
        for page in specific_pages({r.page_id for r in records}):
            seat_released(page, [r for r in records if r.page_id == page.pk], base_url=base_url)
    model.objects.filter(pk__in=[r.pk for r in records]).update(
        moderation=Moderation.COUNTED, held_at=None, held_reason=""
    )
    never_emailed = [r for r in records if getattr(r, "last_emailed_at", True) is None]
    if model is Signature:
        release_signatures(never_emailed, base_url=base_url)
    elif model is Endorsement:
        for endorsement in never_emailed:
            announce_endorsement(endorsement, base_url=base_url)
    elif model is Letter:
        # Given a delivery day within each office's daily limit, and queued when it is today.
        pages = specific_pages({r.page_id for r in records})
        caps = {page.pk: getattr(page, "daily_cap", 0) for page in pages}
        release_letters(records, base_url=base_url, caps=caps)


def release_signatures(signatures: list[Signature], *, base_url: str) -> None:
    """Held on arrival: on a petition that asks for confirmation the signer is sent the link
    (and counts once they follow it); otherwise the signature counts now, with its receipt."""
    now = timezone.now()
    for page in specific_pages({s.page_id for s in signatures}):
        keys = [s.key for s in signatures if s.page_id == page.pk]
        rows = Signature.objects.filter(key__in=keys)
        if not page.require_confirmation:
            rows.filter(confirmed_at__isnull=True).update(confirmed_at=now)
        rows.update(last_emailed_at=now)
        for key in keys:
            send_signature_email.enqueue(key.hex, base_url)


def specific_pages(page_ids: Iterable[int]) -> list[Page]:
    return list(Page.objects.filter(pk__in=set(page_ids)).specific())


def after_change(page_ids: set[int], *, base_url: str, freed: bool) -> None:
    """Recount petitions, letters and calls, seat the waitlist where places were freed, and
    purge the pages."""
    pages = specific_pages(page_ids)
    batch = PurgeBatch()
    for page in pages:
        forget_count(page.pk)
        forget_call_counts(page.pk)
        forget_action_states(page.pk)
        if freed and getattr(page, "capacity", None) is not None:
            promote_waitlist(page, base_url=base_url)
        batch.add_page(page)
    urls = sorted(batch.urls)
    transaction.on_commit(lambda: page_cache.purge_urls(urls))


@dataclass(frozen=True)
class Trend:
    """Posts from one connection or email domain in the trending window."""

    key: str
    counted: int
    held: int
    rejected: int

    @property
    def total(self) -> int:
        return self.counted + self.held + self.rejected


def trending(column: str, *, since: datetime, limit: int = 20) -> list[Trend]:
    """The connections (`client_hash`) or email domains (`email_domain`) with the most posts
    since `since`, across every form: one query over the recent rows' index."""
    assert column in ("client_hash", "email_domain")
    parts, params = [], []
    for model in RECORDS:
        table = connection.ops.quote_name(model._meta.db_table)
        sent = connection.ops.quote_name(sent_at_field(model))
        # Only model and column names are formatted in; the times are parameters.
        parts.append(f"SELECT {column} AS grp, moderation FROM {table} WHERE {sent} >= %s")  # noqa: S608
        params.append(since)
    recent = " UNION ALL ".join(parts)
    sql = (
        "SELECT grp, COUNT(*) FILTER (WHERE moderation = 'counted'), "  # noqa: S608
        "COUNT(*) FILTER (WHERE moderation = 'held'), "
        "COUNT(*) FILTER (WHERE moderation = 'rejected') "
        f"FROM ({recent}) AS recent WHERE grp <> '' "
        "GROUP BY grp ORDER BY COUNT(*) DESC, grp LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit])
        return [Trend(*row) for row in cursor.fetchall()]


@dataclass(frozen=True)
class HeldForm:
    """A form with posts waiting for a steward."""

    page: Page | None  # None: the email signup
    held: int


def held_queue() -> list[HeldForm]:
    """Every form with held posts, most first (small partial indexes of held records)."""
    held: dict[int, int] = {}
    for model in (Signature, RSVP, Endorsement, Letter, CallReport):
        rows = (
            model.objects.filter(moderation=Moderation.HELD)
            .values_list("page_id")
            .annotate(n=Count("pk"))
            .order_by()
        )
        for page_id, n in rows:
            held[page_id] = held.get(page_id, 0) + n
    pages = {page.pk: page for page in specific_pages(held)}
    queue = [HeldForm(pages[pk], n) for pk, n in held.items() if pk in pages]
    signups = UpdatesSignup.objects.filter(moderation=Moderation.HELD).count()
    if signups:
        queue.append(HeldForm(None, signups))
    return sorted(queue, key=lambda form: -form.held)


def held_total() -> int:
    return sum(model.objects.filter(moderation=Moderation.HELD).count() for model in RECORDS)


def recent_since() -> datetime:
    return timezone.now() - TRENDING_WINDOW


def busiest_connection() -> Trend | None:
    found = trending("client_hash", since=recent_since(), limit=1)
    return found[0] if found else None
