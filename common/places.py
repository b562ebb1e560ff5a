"""Where a US ZIP code is: its state, its county (or counties) and its city, from data that
ships with the site (nothing is looked up on the network).

The `zipcodes` package (USPS ZIP codes, 42,789 of them) gives each ZIP its state, city and main
county. A ZIP code is a postal route, not a territory, and some cross county lines: the other
counties of those are listed in common/data/zip_other_counties.csv (ZIP, state, county; from the
Census Bureau's ZCTA-to-county relationship file), so that a reader whose ZIP spans two counties
is asked which one they live in instead of being given the wrong sheriff.

States are stored as their two-letter USPS codes ("CA"); common.geography names them for
readers in the active language."""

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import zipcodes

from .geography import STATE_ABBREVIATIONS, STATE_NAMES

OTHER_COUNTIES_FILE = Path(__file__).parent / "data" / "zip_other_counties.csv"

# "94401" or "94401-1234" (ZIP+4), with spaces around allowed.
ZIP_PATTERN = re.compile(r"^\s*(\d{5})(?:[- ]?\d{4})?\s*$")

# Every state a reader can pick (the 50 states, DC and Puerto Rico), by code.
STATE_CODES = sorted(STATE_ABBREVIATIONS)
# For a model field's choices: stored as the code, listed by name for editors.
STATE_FIELD_CHOICES = sorted(STATE_ABBREVIATIONS.items(), key=lambda choice: choice[1])


@dataclass(frozen=True)
class Place:
    """Where a ZIP code is. `counties` has the main county first; most ZIPs have one."""

    zip_code: str
    state: str
    counties: tuple[str, ...]
    city: str
    other_cities: tuple[str, ...] = ()

    @property
    def spans_counties(self) -> bool:
        return len(self.counties) > 1

    @property
    def cities(self) -> tuple[str, ...]:
        return (self.city, *self.other_cities)


def normalise_zip(text: str) -> str | None:
    """'94401', ' 94401-1234 ' → '94401'; None when it is not written like a US ZIP code."""
    match = ZIP_PATTERN.match(text or "")
    return match.group(1) if match else None


@cache
def _other_counties() -> dict[str, tuple[str, ...]]:
    counties: dict[str, list[str]] = {}
    with OTHER_COUNTIES_FILE.open(newline="", encoding="utf-8") as data:
        for row in csv.DictReader(line for line in data if not line.startswith("#")):
            counties.setdefault(row["zip"], []).append(row["county"])
    return {zip_code: tuple(names) for zip_code, names in counties.items()}


@cache
def _places() -> dict[str, Place]:
    """Every ZIP code that mail is delivered to, read once per process (about 40 ms)."""
    places = {}
    other_counties = _other_counties()
    for entry in zipcodes.list_all():
        if not entry["active"] or entry["state"] not in STATE_ABBREVIATIONS:
            continue
        main = entry["county"]
        counties = (main, *(c for c in other_counties.get(entry["zip_code"], ()) if c != main))
        places[entry["zip_code"]] = Place(
            zip_code=entry["zip_code"],
            state=entry["state"],
            counties=tuple(county for county in counties if county),
            city=entry["city"],
            other_cities=tuple(entry["acceptable_cities"]),
        )
    return places


def find_place(text: str) -> Place | None:
    """The place of a ZIP code as a reader typed it; None for one that does not exist."""
    zip_code = normalise_zip(text)
    return _places().get(zip_code) if zip_code else None


def state_of_zip(text: str) -> str:
    """The state code of a ZIP code ('94401' → 'CA'), or '' (not a US ZIP, or no such ZIP)."""
    place = find_place(text)
    return place.state if place else ""


def state_name(code: str) -> str:
    """'CA' → 'California', named in the active language ('NM' → 'Nuevo México' in Spanish)."""
    english = STATE_ABBREVIATIONS.get(code, code)
    return str(STATE_NAMES.get(english, english))


def state_choices() -> list[tuple[str, str]]:
    """(code, name) of every state, for a state picker, in the active language's order."""
    return sorted(((code, state_name(code)) for code in STATE_CODES), key=lambda c: c[1].casefold())


def same_name(a: str, b: str) -> bool:
    """County and city names compared as people write them: 'Mchenry County' is 'McHenry
    County', 'San Mateo county' is 'San Mateo County'."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
