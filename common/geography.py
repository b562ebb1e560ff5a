"""Where an organisation works: nationally, or in one US state (or DC or a territory).

Scopes are stored in English; `scope_label` names one for readers in the active language."""

from django.utils.translation import pgettext_lazy

# A state's stored name (English, as the importer and old rows have it) → its name for
# readers in the active language ("New Mexico" is "Nuevo México" in Spanish).
STATE_NAMES = {
    "Alabama": pgettext_lazy("a US state", "Alabama"),
    "Alaska": pgettext_lazy("a US state", "Alaska"),
    "Arizona": pgettext_lazy("a US state", "Arizona"),
    "Arkansas": pgettext_lazy("a US state", "Arkansas"),
    "California": pgettext_lazy("a US state", "California"),
    "Colorado": pgettext_lazy("a US state", "Colorado"),
    "Connecticut": pgettext_lazy("a US state", "Connecticut"),
    "Delaware": pgettext_lazy("a US state", "Delaware"),
    "District of Columbia": pgettext_lazy("a US state", "District of Columbia"),
    "Florida": pgettext_lazy("a US state", "Florida"),
    "Georgia": pgettext_lazy("a US state", "Georgia"),
    "Hawaii": pgettext_lazy("a US state", "Hawaii"),
    "Idaho": pgettext_lazy("a US state", "Idaho"),
    "Illinois": pgettext_lazy("a US state", "Illinois"),
    "Indiana": pgettext_lazy("a US state", "Indiana"),
    "Iowa": pgettext_lazy("a US state", "Iowa"),
    "Kansas": pgettext_lazy("a US state", "Kansas"),
    "Kentucky": pgettext_lazy("a US state", "Kentucky"),
    "Louisiana": pgettext_lazy("a US state", "Louisiana"),
    "Maine": pgettext_lazy("a US state", "Maine"),
    "Maryland": pgettext_lazy("a US state", "Maryland"),
    "Massachusetts": pgettext_lazy("a US state", "Massachusetts"),
    "Michigan": pgettext_lazy("a US state", "Michigan"),
    "Minnesota": pgettext_lazy("a US state", "Minnesota"),
    "Mississippi": pgettext_lazy("a US state", "Mississippi"),
    "Missouri": pgettext_lazy("a US state", "Missouri"),
    "Montana": pgettext_lazy("a US state", "Montana"),
    "Nebraska": pgettext_lazy("a US state", "Nebraska"),
    "Nevada": pgettext_lazy("a US state", "Nevada"),
    "New Hampshire": pgettext_lazy("a US state", "New Hampshire"),
    "New Jersey": pgettext_lazy("a US state", "New Jersey"),
    "New Mexico": pgettext_lazy("a US state", "New Mexico"),
    "New York": pgettext_lazy("a US state", "New York"),
    "North Carolina": pgettext_lazy("a US state", "North Carolina"),
    "North Dakota": pgettext_lazy("a US state", "North Dakota"),
    "Ohio": pgettext_lazy("a US state", "Ohio"),
    "Oklahoma": pgettext_lazy("a US state", "Oklahoma"),
    "Oregon": pgettext_lazy("a US state", "Oregon"),
    "Pennsylvania": pgettext_lazy("a US state", "Pennsylvania"),
    "Puerto Rico": pgettext_lazy("a US state", "Puerto Rico"),
    "Rhode Island": pgettext_lazy("a US state", "Rhode Island"),
    "South Carolina": pgettext_lazy("a US state", "South Carolina"),
    "South Dakota": pgettext_lazy("a US state", "South Dakota"),
    "Tennessee": pgettext_lazy("a US state", "Tennessee"),
    "Texas": pgettext_lazy("a US state", "Texas"),
    "Utah": pgettext_lazy("a US state", "Utah"),
    "Vermont": pgettext_lazy("a US state", "Vermont"),
    "Virginia": pgettext_lazy("a US state", "Virginia"),
    "Washington": pgettext_lazy("a US state", "Washington"),
    "West Virginia": pgettext_lazy("a US state", "West Virginia"),
    "Wisconsin": pgettext_lazy("a US state", "Wisconsin"),
    "Wyoming": pgettext_lazy("a US state", "Wyoming"),
}
US_STATES = list(STATE_NAMES)

NATIONAL = "national"
NATIONAL_LABEL = pgettext_lazy("where an organisation works", "National")
SCOPE_CHOICES = [(NATIONAL, NATIONAL_LABEL), *STATE_NAMES.items()]


def scope_label(scope: str) -> str:
    """'national' → 'National', 'New Mexico' → 'Nuevo México' (in Spanish)."""
    return str(NATIONAL_LABEL if scope == NATIONAL else STATE_NAMES.get(scope, scope))


def scope_sort_key(scope: str) -> tuple[int, str]:
    """National first, then states alphabetically by the name readers see."""
    return (0, "") if scope == NATIONAL else (1, scope_label(scope).casefold())


STATE_ABBREVIATIONS = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "PR": "Puerto Rico", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming",
}  # fmt: skip


def parse_scope(text: str) -> str | None:
    """'national', 'California', 'california' or 'CA' -> the stored scope; None if unknown."""
    cleaned = " ".join(text.split())
    if cleaned.casefold() in {"", NATIONAL, "nationwide", "us", "usa"}:
        return NATIONAL
    if cleaned.upper() in STATE_ABBREVIATIONS:
        return STATE_ABBREVIATIONS[cleaned.upper()]
    by_name = {state.casefold(): state for state in US_STATES}
    return by_name.get(cleaned.casefold())
