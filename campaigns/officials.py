"""Finding a reader's own officials among the ones an action addresses.

A reader types a ZIP code (or, without one, picks a state). The ZIP gives the state, the county
and the city (common.places); each official serves a level and a place (Target.serves). A ZIP
that crosses county lines asks which county, but only when the answer changes who the reader
is sent to. When none of the action's officials serves the reader, the page says so and offers
the fallback official the editor chose (or none).

`look_up` is a plain function of its inputs so that the letter and call pages, their form
posts and the tests all get the same answer for the same ZIP."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext as _

from common.places import (
    STATE_CODES,
    Place,
    find_place,
    normalise_zip,
    same_name,
    state_choices,
    state_name,
)

# What a reader can type: far above any real answer, so a pasted essay is not echoed back.
MAX_QUERY = 40


@dataclass(frozen=True)
class Lookup:
    """The answer to 'who represents me?' for one action."""

    zip_code: str = ""
    state: str = ""
    county: str = ""
    place: Place | None = None
    # Set when the ZIP spans counties whose officials differ: the reader picks one.
    county_choices: tuple[str, ...] = ()
    targets: list = field(default_factory=list)
    # The editor's fallback, offered when none of the action's officials serves the reader.
    fallback: object | None = None
    error: str = ""
    asked: bool = False

    @property
    def found(self) -> bool:
        return bool(self.targets)

    @property
    def where(self) -> str:
        """'San Mateo County, CA (94401)' or 'California': where the site thinks the reader is."""
        if self.place:
            county = self.county or (self.place.counties[0] if not self.county_choices else "")
            parts = [county, self.place.state] if county else [state_name(self.place.state)]
            return f"{', '.join(parts)} ({self.place.zip_code})"
        return state_name(self.state) if self.state else ""

    @property
    def state_choices(self) -> list[tuple[str, str]]:
        """Every state, named in the active language, for the 'no ZIP code?' picker."""
        return state_choices()

    @property
    def query(self) -> str:
        """The lookup as a query string ('zip=94401&county=…'), for links and hidden fields."""
        pairs = [("zip", self.zip_code), ("state", "" if self.place else self.state)]
        pairs.append(("county", self.county))
        return urlencode([(k, v) for k, v in pairs if v])


def _clean(value: str) -> str:
    return " ".join((value or "")[:MAX_QUERY].split())


def look_up(targets: list, fallback=None, *, zip_code="", state="", county="") -> Lookup:
    """The officials among `targets` who serve the reader, in the order the editor gave."""
    zip_code, state, county = _clean(zip_code), _clean(state).upper(), _clean(county)
    if not zip_code and not state:
        return Lookup()
    if zip_code:
        normalised = normalise_zip(zip_code)
        if normalised is None:
            return Lookup(
                zip_code=zip_code,
                asked=True,
                error=_("Enter a 5-digit ZIP code, like 94401, or choose your state."),
            )
        place = find_place(normalised)
        if place is None:
            return Lookup(
                zip_code=normalised,
                asked=True,
                error=_(
                    "We could not find the ZIP code %(zip)s. Check it, or choose your state "
                    "instead."
                )
                % {"zip": normalised},
            )
        return _for_place(targets, fallback, place, county)
    if state not in STATE_CODES:
        return Lookup(state="", asked=True, error=_("Choose your state from the list."))
    matched = [target for target in targets if target.serves(None, state=state)]
    return _result(targets, fallback, matched, state=state)


def _for_place(targets, fallback, place: Place, county: str) -> Lookup:
    chosen = next((name for name in place.counties if same_name(name, county)), "")
    if place.spans_counties and not chosen:
        by_county = {
            name: [t.pk for t in targets if t.serves(place, county=name)] for name in place.counties
        }
        if len({tuple(ids) for ids in by_county.values()}) > 1:
            return Lookup(
                zip_code=place.zip_code,
                state=place.state,
                place=place,
                county_choices=place.counties,
                asked=True,
            )
    matched = [t for t in targets if t.serves(place, county=chosen)]
    return _result(
        targets,
        fallback,
        matched,
        zip_code=place.zip_code,
        state=place.state,
        county=chosen,
        place=place,
    )


def _result(targets, fallback, matched, **where) -> Lookup:
    if matched:
        return Lookup(targets=matched, asked=True, **where)
    return Lookup(fallback=fallback, asked=True, **where)


def lookup_from_query(params, targets: list, fallback=None) -> Lookup:
    """The lookup a reader asked for in a query string or a form post (zip, state, county)."""
    return look_up(
        targets,
        fallback,
        zip_code=params.get("zip", ""),
        state=params.get("state", ""),
        county=params.get("county", ""),
    )
