"""Call reports: what callers tell us after phoning an official, and the counts of calls.

A call is counted when the caller says how it went. Readers see one number per official ("312
calls to Sheriff Bolaños"); staff see it broken down by outcome. A page and its translations
are one call action: reports are stored against the counting page (actions.pages) and the
official as the page links it, so a call made from the Spanish page counts with the English.

The public numbers are one grouped COUNT over a small partial index, kept in the shared cache
for ACTIONS_COUNT_CACHE_SECONDS; a new report forgets them, so the caller sees their call
counted. Unlike a petition there is no cached total to increment: a call page is read by
callers one at a time, not by a crowd refreshing a count."""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Protocol

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Q

from actions.abuse import Screening
from actions.contracts import ActionPage
from actions.models import CallReport, Moderation
from actions.models.calls import COUNTED_CALLS
from common.places import state_of_zip

from .places import PlaceCounts, action_counts_by_state


class CallPageContract(ActionPage, Protocol):
    """What CallReportMixin and its template read from a call page."""

    ask: str
    share_text: str
    share_hashtags: str
    ask_outcome: bool


def _counts_key(page_id: int) -> str:
    return f"actions:calls:{page_id}:counts"


def record_call(
    page: CallPageContract,
    data: dict,
    *,
    screening: Screening,
    language: str = settings.LANGUAGE_CODE,
) -> CallReport:
    """Store one report of how a call went. Each report is a call: someone who calls twice
    has made two calls, and nothing identifies a caller to tell them apart. The state comes
    from the ZIP code the caller looked up (or the state they picked); the ZIP is dropped."""
    report = CallReport.objects.create(
        page_id=page.counting_page_id,
        target_id=data["target"],
        outcome=data["outcome"],
        note=data.get("note", ""),
        state=state_of_zip(data.get("zip", "")) or data.get("state", ""),
        language=language,
        **screening.record_fields(),
    )
    if screening.counted:
        cache.delete(_counts_key(page.counting_page_id))
    return report


def forget_call_counts(page_id: int) -> None:
    """After a steward's decision on the reports of call page `page_id`."""
    cache.delete(_counts_key(page_id))


def call_places(page_id: int) -> PlaceCounts:
    """Where a call page's counted calls come from, by state (its counting page), cached."""
    counted = CallReport.objects.filter(COUNTED_CALLS, page_id=page_id)
    return action_counts_by_state("calls", page_id, counted)


def call_counts(page_id: int) -> dict[int, int]:
    """{official's id: calls counted} for call page `page_id` (a counting page)."""
    key = _counts_key(page_id)
    counts = cache.get(key)
    if counts is None:
        counts = dict(
            CallReport.objects.filter(COUNTED_CALLS, page_id=page_id, target__isnull=False)
            .values_list("target_id")
            .annotate(calls=Count("pk"))
            .order_by()
        )
        cache.set(key, counts, settings.ACTIONS_COUNT_CACHE_SECONDS)
    return counts


@dataclass
class TargetOutcomes:
    """The calls to one official from one page, by outcome, for staff."""

    target_id: int | None
    by_outcome: dict[str, int] = field(default_factory=dict)
    held: int = 0
    notes: int = 0

    @property
    def total(self) -> int:
        return sum(self.by_outcome.values())

    def outcome_list(self) -> list[int]:
        """The counts in the order of CallReport.Outcome, for a table's columns."""
        return [self.by_outcome.get(outcome, 0) for outcome in CallReport.Outcome.values]


def outcomes_by_target(page_ids: list[int]) -> dict[int, dict[int | None, TargetOutcomes]]:
    """{page id: {official's id: TargetOutcomes}} for counting pages `page_ids`, in one query.
    Held and rejected reports are not counted in the outcomes; held ones are shown apart."""
    rows = (
        CallReport.objects.filter(page_id__in=page_ids)
        .values_list("page_id", "target_id", "outcome", "moderation")
        .annotate(reports=Count("pk"), notes=Count("pk", filter=~Q(note="")))
        .order_by()
    )
    found: dict[int, dict[int | None, TargetOutcomes]] = defaultdict(dict)
    for page_id, target_id, outcome, moderation, reports, notes in rows:
        row = found[page_id].setdefault(target_id, TargetOutcomes(target_id))
        if moderation == Moderation.COUNTED:
            row.by_outcome[outcome] = row.by_outcome.get(outcome, 0) + reports
            row.notes += notes
        elif moderation == Moderation.HELD:
            row.held += reports
    return dict(found)
