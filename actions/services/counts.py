"""Petition counts that stay cheap under a burst of signers.

Signing inserts a row and never updates a shared counter row (one hot row serialises every
signer behind a lock). The count is COUNT(*) over a small partial index plus the paper
signatures, kept in the shared cache. One request per interval recomputes it while the others
read the cached number, and each new signature also increments the cached number, so the
count moves at once for the signer and is exact again within the interval.
"""

from contextlib import suppress
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Sum
from wagtail.models import Page

from actions.contracts import HasGoal
from actions.models import PaperSignatures, Signature
from actions.models.signatures import COUNTED
from actions.pages import counting_page_ids, live_public_page

# Kept far longer than the refresh interval, so a cold cache never makes every reader count.
COUNT_KEEP_SECONDS = 60 * 60
# Round numbers that an automatically raised goal steps through, times a power of ten.
GOAL_STEPS = (1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5)
# A petition's goal changes rarely; cache it so the count endpoint costs no database query.
GOAL_CACHE_SECONDS = 60


def _count_key(page_id: int) -> str:
    return f"actions:petition:{page_id}:count"


def _fresh_key(page_id: int) -> str:
    return f"actions:petition:{page_id}:count-fresh"


def _goal_key(page_id: int) -> str:
    return f"actions:petition:{page_id}:goal"


def stored_signature_count(page_id: int) -> int:
    """The exact count from the database: confirmed signatures that are not held or rejected,
    plus paper signatures."""
    online = Signature.objects.filter(COUNTED, page_id=page_id).count()
    paper = PaperSignatures.objects.filter(page_id=page_id).aggregate(total=Sum("count"))
    return online + (paper["total"] or 0)


def signature_count(page_id: int) -> int:
    """The public count, at most ACTIONS_COUNT_CACHE_SECONDS behind the database."""
    interval = settings.ACTIONS_COUNT_CACHE_SECONDS
    cached = cache.get(_count_key(page_id))
    # cache.add succeeds for exactly one caller per interval: that one recounts.
    if cached is not None and not cache.add(_fresh_key(page_id), 1, interval):
        return cached
    count = stored_signature_count(page_id)
    cache.set(_count_key(page_id), count, COUNT_KEEP_SECONDS)
    if cached is None:
        cache.set(_fresh_key(page_id), 1, interval)
    return count


def signature_counts(pages: list[Page]) -> dict[int, int]:
    """{page id: `signature_count`} for many petitions at once, for listings: the cached
    numbers, and one grouped count for those not cached or due a recount, so a listing costs
    the same with one petition or fifty. A translation shows its counting page's count."""
    counting = counting_page_ids(pages)
    totals = _counts(sorted(set(counting.values())))
    return {page_id: totals[counting_id] for page_id, counting_id in counting.items()}


def _counts(page_ids: list[int]) -> dict[int, int]:
    cached = cache.get_many([_count_key(page_id) for page_id in page_ids])
    fresh = cache.get_many([_fresh_key(page_id) for page_id in page_ids])
    counts = {page_id: cached.get(_count_key(page_id)) for page_id in page_ids}
    stale = [
        page_id
        for page_id, count in counts.items()
        if count is None or _fresh_key(page_id) not in fresh
    ]
    if stale:
        # Both kinds of signature in one query: online ones counted, paper ones summed.
        online = (
            Signature.objects.filter(COUNTED, page_id__in=stale)
            .values_list("page_id")
            .annotate(total=Count("pk"))
            .order_by()
        )
        paper = (
            PaperSignatures.objects.filter(page_id__in=stale)
            .values_list("page_id")
            .annotate(total=Sum("count"))
            .order_by()
        )
        recounted = dict.fromkeys(stale, 0)
        for page_id, total in online.union(paper, all=True):
            recounted[page_id] += total
        counts.update(recounted)
        cache.set_many(
            {_count_key(page_id): count for page_id, count in recounted.items()},
            COUNT_KEEP_SECONDS,
        )
        cache.set_many(
            {_fresh_key(page_id): 1 for page_id in stale}, settings.ACTIONS_COUNT_CACHE_SECONDS
        )
    return counts


def add_to_count(page_id: int, signatures: int = 1) -> None:
    """Move the cached count at once (an atomic increment in the shared cache)."""
    # Nothing cached yet (ValueError): the next reader counts from the database.
    with suppress(ValueError):
        cache.incr(_count_key(page_id), signatures)


def forget_count(page_id: int) -> None:
    """After paper signatures or deletions: the next reader recounts."""
    cache.delete_many([_count_key(page_id), _fresh_key(page_id)])


def petition_goals(page_id: int) -> dict | None:
    """{'goal', 'next_goal', 'counting_page_id'} for a live public petition, else None (both
    cached). The count of a translation is its counting page's (actions.pages)."""
    key = _goal_key(page_id)
    goals = cache.get(key)
    if goals is None:
        page = live_public_page(page_id)
        goals = (
            {
                "goal": page.goal,
                "next_goal": page.next_goal,
                "counting_page_id": page.counting_page_id,
            }
            if isinstance(page, HasGoal)
            else {}
        )
        cache.set(key, goals, GOAL_CACHE_SECONDS)
    return goals or None


def forget_goals(page_id: int) -> None:
    """After the petition is published again: its goals may have changed."""
    cache.delete(_goal_key(page_id))


@dataclass(frozen=True)
class Progress:
    """How close a petition is to its goal. `goal` is the goal shown now: the editor's first
    goal, then their next goal (or an automatic raise) once the first one is reached."""

    count: int
    goal: int
    first_goal: int

    @property
    def goal_reached(self) -> bool:
        return self.first_goal > 0 and self.count >= self.first_goal

    @property
    def goal_raised(self) -> bool:
        return self.goal != self.first_goal

    @property
    def percent(self) -> int:
        return min(100, self.count * 100 // self.goal) if self.goal else 0

    @property
    def remaining(self) -> int:
        return max(self.goal - self.count, 0)

    @property
    def count_display(self) -> str:
        return f"{self.count:,}"

    @property
    def goal_display(self) -> str:
        return f"{self.goal:,}"

    @property
    def first_goal_display(self) -> str:
        return f"{self.first_goal:,}"


def next_milestone(count: int) -> int:
    """The first round number above `count`: 1,000 -> 1,500; 2,100 -> 2,500; 7,600 -> 10,000."""
    scale = 1
    while True:
        for step in GOAL_STEPS:
            candidate = int(Decimal(str(step)) * scale)
            if candidate > count:
                return max(candidate, 10)
        scale *= 10


def progress_for(count: int, goal: int, next_goal: int | None = None) -> Progress:
    if goal and count < goal:
        return Progress(count=count, goal=goal, first_goal=goal)
    if next_goal and next_goal > count:
        return Progress(count=count, goal=next_goal, first_goal=goal)
    return Progress(count=count, goal=next_milestone(count), first_goal=goal)


def remember_count(page_id: int, count: int) -> None:
    """An exact count worked out with other numbers (the counts by state add up to it,
    actions.services.places): readers within the interval read it instead of counting."""
    cache.set(_count_key(page_id), count, COUNT_KEEP_SECONDS)
    cache.set(_fresh_key(page_id), 1, settings.ACTIONS_COUNT_CACHE_SECONDS)
