"""Where an action's support comes from: counted signatures (or letters, or calls) by US state,
without ever showing a number small enough to point at someone.

Two signers in Wyoming may be the only two people in their town who care, so a state with
fewer than settings.ACTIONS_PLACE_MIN_COUNT is never shown with its number. It reads "fewer
than 10" whether it has none or nine: telling a zero from a small number would say that
somebody there signed. The public total would let a reader work a hidden number out (the
total minus every number shown is what the hidden states hold together), which names a
state's count when only one state is hidden; then the smallest state shown is hidden with
it, and both read "not shown". The hidden states' sum is shown as "other states" only when it
reaches the threshold too.

Signers without a US state (no ZIP code, a postcode from abroad: `Signature.state` is empty)
are a row of their own, "no US ZIP code given": it names no place, so its number is shown.

Letters and calls count the same way: pass `counts_by_state` their counted queryset (any model
with a two-letter `state` field), or `action_counts_by_state` to cache them as a petition's are
(a steward's decision forgets them: `forget_action_states`). A petition's counts are cached
like its count (actions.services.counts): one request a minute recounts, in one grouped query
that also gives the count, so the map costs the petition page one query at most (none when the
count was due a recount anyway)."""

import math
from collections.abc import Mapping
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import CharField, Count, QuerySet, Sum, Value
from django.db.models.functions import Coalesce, NullIf

from actions.models import PaperSignatures, Signature
from actions.models.signatures import COUNTED
from common.places import STATE_CODES, state_name

from .counts import COUNT_KEEP_SECONDS, remember_count

# How stale a petition's counts by state may be: they move slowly and cost a grouped query.
PLACES_FRESH_SECONDS = 60
# Shades on the map above "fewer than the threshold", lightest first.
SHADES = 4
# In the cached numbers: the paper signatures (no state; a state code has two letters).
PAPER = "#"

# The map: every state as a square tile in the common tile-grid layout, (code, row, column),
# roughly where it is; Alaska and Hawaii on the left, Puerto Rico beside Florida.
TILE_GRID = (
    ("AK", 0, 0), ("ME", 0, 10),
    ("WI", 1, 5), ("VT", 1, 9), ("NH", 1, 10),
    ("WA", 2, 0), ("ID", 2, 1), ("MT", 2, 2), ("ND", 2, 3), ("MN", 2, 4), ("IL", 2, 5),
    ("MI", 2, 6), ("NY", 2, 8), ("MA", 2, 9),
    ("OR", 3, 0), ("NV", 3, 1), ("WY", 3, 2), ("SD", 3, 3), ("IA", 3, 4), ("IN", 3, 5),
    ("OH", 3, 6), ("PA", 3, 7), ("NJ", 3, 8), ("CT", 3, 9), ("RI", 3, 10),
    ("CA", 4, 0), ("UT", 4, 1), ("CO", 4, 2), ("NE", 4, 3), ("MO", 4, 4), ("KY", 4, 5),
    ("WV", 4, 6), ("VA", 4, 7), ("MD", 4, 8), ("DE", 4, 9),
    ("AZ", 5, 1), ("NM", 5, 2), ("KS", 5, 3), ("AR", 5, 4), ("TN", 5, 5), ("NC", 5, 6),
    ("SC", 5, 7), ("DC", 5, 8),
    ("OK", 6, 3), ("LA", 6, 4), ("MS", 6, 5), ("AL", 6, 6), ("GA", 6, 7),
    ("HI", 7, 0), ("TX", 7, 3), ("FL", 7, 8), ("PR", 7, 10),
)  # fmt: skip
# A tile's side in the map's own units (the SVG scales to the width it is given).
TILE = 50


@dataclass(frozen=True)
class StateCount:
    """One state on the map and in the table. `count` is None when it is not shown."""

    code: str
    count: int | None
    shade: int  # 0: not shown; 1 to SHADES, darker with more support

    @property
    def name(self) -> str:
        """In the active language."""
        return state_name(self.code)

    @property
    def count_display(self) -> str:
        return f"{self.count:,}" if self.count is not None else ""


@dataclass(frozen=True)
class Tile:
    """A state's square on the map, at `x`, `y` in the map's units."""

    state: StateCount
    row: int
    column: int

    @property
    def x(self) -> int:
        return self.column * TILE

    @property
    def y(self) -> int:
        return self.row * TILE


@dataclass(frozen=True)
class Shade:
    """A step of the map's legend: `low` to `high` signatures (`high` None: or more)."""

    level: int
    low: int
    high: int | None

    @property
    def low_display(self) -> str:
        return f"{self.low:,}"

    @property
    def high_display(self) -> str:
        return f"{self.high:,}" if self.high is not None else ""


@dataclass(frozen=True)
class PlaceCounts:
    """Counts by state as the public may see them (see the module's docstring)."""

    states: tuple[StateCount, ...]  # every state on the map, in STATE_CODES order
    other_states: int | None  # the hidden states together, when that reaches the threshold
    no_state: int
    paper: int
    total: int  # everything counted: the states, no state and paper
    threshold: int
    shades: tuple[Shade, ...]
    # A state at or over the threshold is hidden too, so the one under it stays private.
    withheld_more: bool = False

    @property
    def shown(self) -> list[StateCount]:
        """The states shown with their numbers, the most support first."""
        shown = [state for state in self.states if state.count is not None]
        return sorted(shown, key=lambda state: (-state.count, state.name))

    @property
    def tiles(self) -> list[Tile]:
        by_code = {state.code: state for state in self.states}
        return [Tile(by_code[code], row, column) for code, row, column in TILE_GRID]

    @property
    def has_any(self) -> bool:
        """Whether there is anything to show: one state at least."""
        return any(state.count is not None for state in self.states)

    @property
    def has_hidden(self) -> bool:
        return any(state.count is None for state in self.states)

    @property
    def other_states_display(self) -> str:
        return f"{self.other_states:,}" if self.other_states is not None else ""

    @property
    def no_state_display(self) -> str:
        return f"{self.no_state:,}"

    @property
    def paper_display(self) -> str:
        return f"{self.paper:,}"

    @property
    def total_display(self) -> str:
        return f"{self.total:,}"

    def as_json(self) -> dict:
        """Counts only: what states.json publishes."""
        return {
            "threshold": self.threshold,
            "states": [{"code": state.code, "count": state.count} for state in self.states],
            "other_states": self.other_states,
            "no_us_zip_code": self.no_state,
            "paper": self.paper,
            "total": self.total,
        }


def min_count() -> int:
    return max(settings.ACTIONS_PLACE_MIN_COUNT, 1)


def grouped_by_state(queryset: QuerySet) -> dict[str, int]:
    """{state code or "": how many} for `queryset`'s rows, in one grouped query."""
    rows = queryset.values_list("state").annotate(total=Count("pk")).order_by()
    return dict(rows)


def counts_by_state(source: QuerySet | int, threshold: int | None = None) -> PlaceCounts:
    """The public counts by state of a petition (its counting page's id: counted signatures and
    paper ones, cached), or of `source`'s rows (a queryset of counted letters, calls…; the
    caller filters what counts and may cache the result)."""
    if isinstance(source, QuerySet):
        return public_counts(grouped_by_state(source), threshold or min_count())
    return public_counts(petition_numbers(source), threshold or min_count())


def _action_places_key(kind: str, page_id: int) -> str:
    return f"actions:{kind}:{page_id}:states"


def action_counts_by_state(kind: str, page_id: int, counted: QuerySet) -> PlaceCounts:
    """The public counts by state of a letter or call action (`kind`: "letters", "calls"; its
    counting page `page_id`) from its `counted` rows: one grouped query per
    PLACES_FRESH_SECONDS, the numbers cached in between."""
    key = _action_places_key(kind, page_id)
    numbers = cache.get(key)
    if numbers is None:
        numbers = grouped_by_state(counted)
        cache.set(key, numbers, PLACES_FRESH_SECONDS)
    return public_counts(numbers, min_count())


def forget_action_states(page_id: int) -> None:
    """After rows of action `page_id` start or stop counting: the next reader recounts."""
    cache.delete_many([_action_places_key(kind, page_id) for kind in ("letters", "calls")])


def _places_key(page_id: int) -> str:
    return f"actions:petition:{page_id}:states"


def _places_fresh_key(page_id: int) -> str:
    return f"actions:petition:{page_id}:states-fresh"


def petition_numbers(page_id: int) -> dict[str, int]:
    """{state or "": counted signatures, PAPER: paper signatures} of a counting page, at most
    PLACES_FRESH_SECONDS old; one request per interval recounts (as signature_count does)."""
    cached = cache.get(_places_key(page_id))
    if cached is not None and not cache.add(_places_fresh_key(page_id), 1, PLACES_FRESH_SECONDS):
        return cached
    numbers = stored_petition_numbers(page_id)
    cache.set(_places_key(page_id), numbers, COUNT_KEEP_SECONDS)
    if cached is None:
        cache.set(_places_fresh_key(page_id), 1, PLACES_FRESH_SECONDS)
    # The same numbers make the exact count: readers of the count need not count again.
    remember_count(page_id, sum(numbers.values()))
    return numbers


def stored_petition_numbers(page_id: int) -> dict[str, int]:
    """From the database, in one query: signatures grouped by state, and the paper ones."""
    online = (
        Signature.objects.filter(COUNTED, page_id=page_id)
        .values_list("state")
        .annotate(total=Count("pk"))
        .order_by()
    )
    # Paper signatures collected in one state count there; the rest in one row of their own.
    paper = (
        PaperSignatures.objects.filter(page_id=page_id)
        .values_list(Coalesce(NullIf("state", Value("")), Value(PAPER), output_field=CharField()))
        .annotate(total=Sum("count"))
        .order_by()
    )
    numbers: dict[str, int] = {}
    for state, total in online.union(paper, all=True):
        if total:
            numbers[state] = numbers.get(state, 0) + total
    return numbers


def public_counts(numbers: Mapping[str, int], threshold: int) -> PlaceCounts:
    """What may be shown of `numbers` ({state or "" or PAPER: how many}); see the module's
    docstring for why each hidden number stays hidden."""
    by_state = {code: numbers.get(code, 0) for code in STATE_CODES}
    hidden = {code for code, count in by_state.items() if count < threshold}
    withheld_more = len(hidden) == 1
    if withheld_more:
        # Otherwise the total minus the numbers shown is the hidden state's number.
        smallest = min(
            (code for code in by_state if code not in hidden), key=lambda code: by_state[code]
        )
        hidden.add(smallest)
    hidden_sum = sum(by_state[code] for code in hidden)
    shown = [count for code, count in by_state.items() if code not in hidden]
    shades = shades_for(max(shown, default=0), threshold)
    # Rows with a state that is not on the map (none today) count with no state.
    no_state = sum(count for key, count in numbers.items() if key not in by_state and key != PAPER)
    states = tuple(
        StateCount(code, None, 0)
        if code in hidden
        else StateCount(code, count, shade_of(count, shades))
        for code, count in by_state.items()
    )
    paper = numbers.get(PAPER, 0)
    return PlaceCounts(
        states=states,
        other_states=hidden_sum if hidden_sum >= threshold else None,
        no_state=no_state,
        paper=paper,
        total=sum(by_state.values()) + no_state + paper,
        threshold=threshold,
        shades=shades,
        withheld_more=withheld_more,
    )


def round_down(value: float) -> int:
    """The round number (1, 2 or 5 times a power of ten) at or below `value` (at least 1)."""
    scale = 10 ** math.floor(math.log10(max(value, 1)))
    return next(step * scale for step in (5, 2, 1) if step * scale <= max(value, 1))


def shades_for(largest: int, threshold: int) -> tuple[Shade, ...]:
    """The legend's steps from the threshold to `largest`, on a log scale so one big state
    does not leave the others pale, at round numbers ("10 to 49", "50 to 199", "200 or
    more"). No step when nothing is shown."""
    if largest < threshold:
        return ()
    lows = [threshold]
    ratio = largest / threshold
    for step in range(1, SHADES):
        low = max(round_down(threshold * ratio ** (step / SHADES)), threshold)
        if low > lows[-1]:
            lows.append(low)
    highs = [low - 1 for low in lows[1:]] + [None]
    steps = zip(lows, highs, strict=True)
    return tuple(Shade(level, low, high) for level, (low, high) in enumerate(steps, start=1))


def shade_of(count: int, shades: tuple[Shade, ...]) -> int:
    return max((shade.level for shade in shades if count >= shade.low), default=0)
