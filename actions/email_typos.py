""" "Did you mean ana@gmail.com?": a suggestion for an address whose domain looks like a typo
of a big email provider's, asked before the post is stored (a signer with a mistyped address
never gets their receipt or confirmation link).

The lists below are the whole of the rules: static/js/supporter_forms.js reads them from the
email field's `data-email-typos` attribute and applies the same steps, so the hint the browser
shows and the question the server asks never disagree. Keep every list lower case."""

import json
from functools import cache, lru_cache

# The providers most signers use, most common first (a tie goes to the earlier one). Only
# names of five letters or more are matched loosely: shorter ones (aol, msn, me) are one
# letter away from too many real domains.
PROVIDERS = (
    "gmail.com",
    "yahoo.com",
    "hotmail.com",
    "outlook.com",
    "icloud.com",
    "aol.com",
    "live.com",
    "msn.com",
    "comcast.net",
    "verizon.net",
    "sbcglobal.net",
    "att.net",
    "bellsouth.net",
    "charter.net",
    "earthlink.net",
    "protonmail.com",
    "yahoo.co.uk",
    "hotmail.co.uk",
    "btinternet.com",
    "googlemail.com",
    "rocketmail.com",
    "optonline.net",
)
# Real domains a letter or two from a provider's: never questioned.
REAL_LOOKALIKES = (
    "mail.com",
    "email.com",
    "ymail.com",
    "gmx.com",
    "gmx.net",
    "me.com",
    "mac.com",
    "aim.com",
    "cox.net",
    "juno.com",
    "zoho.com",
    "proton.me",
    "pm.me",
    "fastmail.com",
    "hey.com",
    "hotmail.ca",
    "hotmail.es",
    "hotmail.fr",
    "live.ca",
    "outlook.es",
    "yahoo.ca",
    "yahoo.es",
    "yahoo.com.mx",
    "hotmail.com.mx",
    "live.com.mx",
    "prodigy.net.mx",
    "att.com",
    "verizon.com",
)
# Endings that exist on no domain, and the one that was meant. ("co", "cm" and "om" are
# real country endings, so they are left alone here; gmail.co still gets gmail.com below.)
ENDING_TYPOS = {
    "con": "com",
    "cmo": "com",
    "ocm": "com",
    "vom": "com",
    "xom": "com",
    "cpm": "com",
    "cim": "com",
    "clm": "com",
    "comm": "com",
    "coom": "com",
    "c0m": "com",
    "nte": "net",
    "nett": "net",
    "ner": "net",
    "ogr": "org",
    "orgg": "org",
    "prg": "org",
}
LOOSE_NAME_LENGTH = 5


def edit_distance(a: str, b: str) -> int:
    """Letters added, dropped, changed or swapped with a neighbour (the optimal string
    alignment distance): "gmial" is one from "gmail"."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                best = min(best, previous2[j - 2] + 1)
            current.append(best)
        previous2, previous = previous, current
    return previous[-1]


def name_tolerance(name: str) -> int:
    """How many slips a provider's name (the part before the first dot) absorbs."""
    if len(name) < LOOSE_NAME_LENGTH:
        return 0
    return 1 if len(name) < 7 else 2


@lru_cache(maxsize=4096)
def suggest_domain(domain: str) -> str:
    """The domain probably meant, or "" when `domain` looks right (lower case expected).
    Remembered per process: signers' domains repeat, and comparing one with every provider
    took a millisecond, a tenth of a signature's time on the server."""
    if domain in PROVIDERS or domain in REAL_LOOKALIKES:
        return ""
    head, dot, ending = domain.rpartition(".")
    fixed = f"{head}.{ENDING_TYPOS[ending]}" if dot and ending in ENDING_TYPOS else domain
    name, _, rest = fixed.partition(".")
    for provider in PROVIDERS:
        provider_name, _, provider_rest = provider.partition(".")
        if (
            edit_distance(name, provider_name) <= name_tolerance(provider_name)
            and edit_distance(rest, provider_rest) <= 1
        ):
            return "" if provider == domain else provider
    return "" if fixed == domain else fixed


def suggest_email(email: str) -> str:
    """The address with its domain corrected ("ana@gmail.com" for "ana@gmial.com"), or ""
    when there is nothing to suggest. The name part is kept exactly as typed."""
    local, at, domain = email.rpartition("@")
    if not at or not local:
        return ""
    suggestion = suggest_domain(domain.lower())
    return f"{local}@{suggestion}" if suggestion else ""


@cache
def rules_for_browser() -> str:
    """The lists as JSON, for the email field's data attribute."""
    return json.dumps(
        {
            "providers": PROVIDERS,
            "real": REAL_LOOKALIKES,
            "endings": ENDING_TYPOS,
            "looseNameLength": LOOSE_NAME_LENGTH,
        },
        separators=(",", ":"),
    )
