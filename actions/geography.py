"""Where an organisation works: nationally, or in one US state (or DC or a territory)."""

US_STATES = [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "District of Columbia", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois",
    "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
    "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
    "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Puerto Rico", "Rhode Island",
    "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
    "Washington", "West Virginia", "Wisconsin", "Wyoming",
]  # fmt: skip

NATIONAL = "national"
SCOPE_CHOICES = [(NATIONAL, "National"), *((state, state) for state in US_STATES)]


def scope_sort_key(scope: str) -> tuple[int, str]:
    """National first, then states alphabetically."""
    return (0, "") if scope == NATIONAL else (1, scope)
