"""Checks and clean-ups for what strangers type, shared by the public forms and the CSV import.
Refusals are worded for the person who typed: what is wrong and how to fix it."""

import re
import unicodedata

import idna
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# Web addresses in a name are the signature of spam bots; people's names never contain them.
LINK_PATTERN = re.compile(r"(https?:|ftp:|www\.|<\s*a\b|\[url)", re.IGNORECASE)
# Bare domains too, but only in people's names: organisations may be called "MoveOn.org".
DOMAIN_PATTERN = re.compile(
    r"\b[a-z0-9-]+\.(com|net|org|info|biz|ru|cn|xyz|top|io|me|ly|link|site|online|click|shop)\b",
    re.IGNORECASE,
)
POSTCODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 -]{1,10}$")
PHONE_PATTERN = re.compile(r"^\+?[0-9 ().\-]{7,25}$")


# Characters nobody can see that still make two addresses differ: Unicode's "default
# ignorable" code points (zero-width space and joiners, soft hyphen, word joiner, BOM, bidi
# marks and overrides, variation selectors, Hangul fillers...), beyond the format (Cf) and
# control (Cc) categories that already cover most of them.
IGNORABLE_RANGES = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
# Gmail ignores dots in the name part, and googlemail.com is the same mailbox.
GMAIL_DOMAINS = {"gmail.com", "googlemail.com"}
MAX_EMAIL_LENGTH = 254


def is_invisible(char: str) -> bool:
    """True for a character that shows nothing (or only moves text) where it is typed:
    controls (CR, LF, ESC, NUL...), format characters (bidi overrides, zero-width ones) and
    the rest of Unicode's default-ignorable characters."""
    if unicodedata.category(char) in ("Cc", "Cf"):
        return True
    code = ord(char)
    return any(start <= code <= end for start, end in IGNORABLE_RANGES)


def email_domain_key(domain: str) -> str:
    """A domain as the dedupe key writes it: lower case without trailing dots, in its ASCII
    (IDNA) form, so "bücher.de" and "xn--bcher-kva.de" are one domain."""
    domain = domain.lower().rstrip(".")
    if domain.isascii():
        return domain
    try:
        return idna.encode(domain, uts46=True).decode("ascii")
    except idna.IDNAError:
        return domain


def normalise_email(email: str) -> str:
    """The form of an address used to spot one person signing twice, as the UK petitions
    site compares them: Unicode compatibility form (fullwidth letters are letters), no
    invisible characters or spaces, lower case, no `+tag` (name+petition@example.org is
    name@example.org), no dots in a Gmail name (a.na@gmail.com is ana@gmail.com),
    googlemail.com as gmail.com, and the domain in its ASCII (IDNA) form. Only ever a
    comparison key: the address as typed is what we write to."""
    email = unicodedata.normalize("NFKC", email)
    if not (email.isascii() and email.isprintable()):  # most addresses: nothing to remove
        email = "".join(char for char in email if not (is_invisible(char) or char.isspace()))
    email = email.replace(" ", "")
    local, at, domain = email.lower().rpartition("@")
    if not at:
        return email.lower()
    local = local.split("+", 1)[0]
    domain = email_domain_key(domain)
    if domain in GMAIL_DOMAINS:
        domain = "gmail.com"
        local = local.replace(".", "")
    return f"{local}@{domain}"


def email_domain(email: str) -> str:
    """The normalised domain of an address ("gmail.com" for Ana@GoogleMail.com), for
    counting posts per email domain."""
    return normalise_email(email).rpartition("@")[2]


def validate_email_characters(value: str) -> None:
    """Refuse what no real mailbox needs and what breaks the systems an address goes
    through (spreadsheets, mail headers, terminals): control characters, line breaks,
    invisible and bidi characters, and quoted or escaped name parts
    (`"\\x01\\x1b[31m"@example.org`)."""
    hidden = not (value.isascii() and value.isprintable()) and any(
        is_invisible(char) or (char.isspace() and char != " ") for char in value
    )
    if hidden:
        raise ValidationError(
            _(
                "Your email address has a hidden character in it, often picked up when an "
                "address is copied and pasted. Please delete the address and type it again."
            ),
            code="hidden_character",
        )
    if '"' in value or "\\" in value or " " in value:
        raise ValidationError(
            _(
                "Enter your email address without spaces or quotation marks, in the form "
                "name@example.org."
            ),
            code="quoted",
        )
    # An address within the limit whose domain grows past it in its ASCII (IDNA) form; a
    # longer one gets the length message of the field itself.
    if len(value) <= MAX_EMAIL_LENGTH < len(normalise_email(value)):
        raise ValidationError(
            _("Use an email address of %(limit)d characters or fewer.")
            % {"limit": MAX_EMAIL_LENGTH},
            code="too_long",
        )


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


YOUR_NAME = gettext_lazy("your name")


def validate_name(value: str, what: str = "", *, allow_domains: bool = False) -> None:
    """`what` names the field in the message, in the reader's words ("your name")."""
    if LINK_PATTERN.search(value) or (not allow_domains and DOMAIN_PATTERN.search(value)):
        raise ValidationError(
            _("Please enter just %(what)s: it cannot contain a web address or a link.")
            % {"what": what or YOUR_NAME},
            code="link",
        )


def validate_postcode(value: str) -> None:
    if not POSTCODE_PATTERN.match(value):
        raise ValidationError(
            _(
                "Enter your ZIP or postcode using letters, numbers and spaces, like 90012 or "
                "SW1A 1AA."
            ),
            code="postcode",
        )


def validate_phone(value: str) -> None:
    if not PHONE_PATTERN.match(value) or sum(char.isdigit() for char in value) < 7:
        raise ValidationError(
            _(
                "Enter a phone number using digits, spaces and an optional + sign, like "
                "+1 213 555 0100, or leave it empty."
            ),
            code="phone",
        )
