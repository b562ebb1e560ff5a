"""Checks and clean-ups for what strangers type, shared by the public forms and the CSV import.
Refusals are worded for the person who typed: what is wrong and how to fix it."""

import re
import unicodedata

from django.core.exceptions import ValidationError

# Web addresses in a name are the signature of spam bots; people's names never contain them.
LINK_PATTERN = re.compile(r"(https?:|ftp:|www\.|<\s*a\b|\[url)", re.IGNORECASE)
# Bare domains too, but only in people's names: organisations may be called "MoveOn.org".
DOMAIN_PATTERN = re.compile(
    r"\b[a-z0-9-]+\.(com|net|org|info|biz|ru|cn|xyz|top|io|me|ly|link|site|online|click|shop)\b",
    re.IGNORECASE,
)
POSTCODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 -]{1,10}$")
PHONE_PATTERN = re.compile(r"^\+?[0-9 ().\-]{7,25}$")


def normalise_email(email: str) -> str:
    """The form of an address used to spot one person signing twice: no surrounding spaces,
    lower case, and no `+tag` (name+petition@example.org is name@example.org)."""
    email = email.strip().lower()
    local, at, domain = email.rpartition("@")
    if not at:
        return email
    local = local.split("+", 1)[0]
    return f"{local}@{domain}"


def tidy_text(value: str) -> str:
    """Trim, collapse runs of whitespace and drop invisible control characters. The text is
    otherwise kept exactly as typed (HTML included) and escaped wherever it is shown."""
    value = "".join(
        char for char in value if char in "\n\t" or unicodedata.category(char)[0] != "C"
    )
    return " ".join(value.split())


def tidy_multiline(value: str) -> str:
    """Like tidy_text, but keeps line breaks (comments, access needs)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    lines = [tidy_text(line) for line in value.split("\n")]
    return "\n".join(lines).strip()


def validate_name(value: str, what: str = "your name", *, allow_domains: bool = False) -> None:
    if LINK_PATTERN.search(value) or (not allow_domains and DOMAIN_PATTERN.search(value)):
        raise ValidationError(
            f"Please enter just {what}: it cannot contain a web address or a link.",
            code="link",
        )


def validate_postcode(value: str) -> None:
    if not POSTCODE_PATTERN.match(value):
        raise ValidationError(
            "Enter your ZIP or postcode using letters, numbers and spaces, like 90012 or SW1A 1AA.",
            code="postcode",
        )


def validate_phone(value: str) -> None:
    if not PHONE_PATTERN.match(value) or sum(char.isdigit() for char in value) < 7:
        raise ValidationError(
            "Enter a phone number using digits, spaces and an optional + sign, like "
            "+1 213 555 0100, or leave it empty.",
            code="phone",
        )
