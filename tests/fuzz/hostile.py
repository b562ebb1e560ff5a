"""What the property-based tests send and what they require of every answer.

Strategies (hypothesis) for hostile text and hostile request bodies, and `check_answer`, the
properties every answer must have: never a server error; nothing that was sent shown back raw
(each markup payload carries a random marker, so finding it unescaped is never a
coincidence); every refusal a readable page in plain words, which keeps what the reader typed
in the fields that were accepted as text. `RESULTS` counts answers per target and status for
scripts/fuzz_forms.py."""

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import quote_from_bytes

from django.utils.html import escape
from hypothesis import strategies as st

RESULTS: Counter[tuple[str, int]] = Counter()

MARKER = st.text(alphabet="bcdfghjkmnpqrstvwxz", min_size=8, max_size=8)
# A value holding a marker and a character that escaping changes must never be found as sent.
MARKED = re.compile("[bcdfghjkmnpqrstvwxz]{8}")
MARKUP = [
    "<script>alert('{m}')</script>",
    '"><img src=x onerror=alert("{m}")>',
    "<svg onload=alert('{m}')><use href='#{m}'/></svg>",
    "javascript:alert('{m}')//<b>{m}</b>",
    "</textarea><b>{m}</b>",
    "' onfocus='alert({m})' autofocus='",
    "<iframe srcdoc='&lt;script&gt;{m}'></iframe>",
    "{{{{ {m} }}}}{{% {m} %}}<!-- {m} -->",
]
SPECIAL = [
    "",
    " ",
    "\u202eAna\u202c",  # right-to-left override
    "A\u200b\u200c\u200d\ufeffna",  # invisible characters
    "a" + "\u0301" * 10_000,  # 10,000 combining marks
    "Ana\r\nBcc: victim@example.org",  # header injection
    "ana@example.org\r\nSubject: hi",
    "Zoë 🏳️‍🌈 Ñandú 山田",
    "x" * 5_000,
    "\x00",
    "a\x00b",
    "\x1b[31mred\x1b[0m",
    '=HYPERLINK("http://x")',
    "\ud800",  # a lone surrogate: sent as raw bytes, invalid UTF-8
    "\udfff\ud83d",
    "NaN",
    "-1",
    "99999999999999999999",
    "²",
]


@st.composite
def markup(draw) -> str:
    return draw(st.sampled_from(MARKUP)).format(m=draw(MARKER))


HOSTILE_TEXT = st.one_of(
    markup(),
    st.sampled_from(SPECIAL),
    st.text(max_size=300),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=40),
    st.text(alphabet=st.characters(categories=["Cs", "Cf", "Mn", "Zl", "Zp"]), max_size=60),
)


def encoded(value: str) -> bytes:
    """UTF-8, with lone surrogates as the bytes a broken client sends (not valid UTF-8)."""
    return value.encode("utf-8", "surrogatepass")


def urlencoded(pairs: list[tuple[str, str]]) -> bytes:
    return b"&".join(
        quote_from_bytes(encoded(name)).encode() + b"=" + quote_from_bytes(encoded(value)).encode()
        for name, value in pairs
    )


def multipart(pairs: list[tuple[str, str]], files: list[tuple[str, str, bytes]], boundary: str):
    parts = []
    for name, value in pairs:
        parts.append(
            encoded(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n')
            + encoded(value)
        )
    for name, content_type, content in files:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="logo.png"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + content
        )
    return b"\r\n".join(parts) + f"\r\n--{boundary}--\r\n".encode()


@dataclass
class Post:
    """One generated form post: the pairs it holds and how its body is written."""

    pairs: list[tuple[str, str]]
    body: bytes
    content_type: str
    sent: list[str] = field(default_factory=list)
    readable: bool = True

    @property
    def typed(self) -> dict[str, str]:
        """The fields as Django reads them (the last value of a repeated name), for a body
        written the way browsers write one; nothing for the others."""
        return dict(self.pairs) if self.readable else {}


LOGOS = st.sampled_from(
    [
        ("image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40),
        ("image/svg+xml", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"),
        ("image/png", b"<html><script>alert(1)</script></html>"),
        ("application/octet-stream", b""),
        ("image/gif", b"GIF89a" + b"\xff" * 200),
    ]
)


@st.composite
def posts(draw, valid: dict[str, str], with_logo: bool = False) -> Post:
    """A form post built on `valid` answers: some fields hostile, some missing, extra and
    repeated names, written as one of the bodies browsers, bots and broken clients send."""
    pairs = []
    for name, value in valid.items():
        choice = draw(st.sampled_from(["keep", "hostile", "hostile", "drop", "repeat"]))
        if choice == "keep":
            pairs.append((name, value))
        elif choice == "hostile":
            pairs.append((name, draw(HOSTILE_TEXT)))
        elif choice == "repeat":
            pairs += [(name, draw(HOSTILE_TEXT)), (name, value)]
    pairs += draw(st.lists(st.tuples(HOSTILE_TEXT, HOSTILE_TEXT), max_size=3))
    sent = [value for _name, value in pairs]
    shape = draw(
        st.sampled_from(["urlencoded", "urlencoded", "multipart", "raw", "many", "type", "broken"])
    )
    form = "application/x-www-form-urlencoded"
    if shape == "urlencoded":
        return Post(pairs, urlencoded(pairs), form, sent)
    if shape == "multipart":
        files = [("logo", *draw(LOGOS))] if with_logo and draw(st.booleans()) else []
        return Post(
            pairs,
            multipart(pairs, files, "fuzzbound"),
            "multipart/form-data; boundary=fuzzbound",
            sent,
        )
    if shape == "raw":
        # Not percent-encoded at all: raw bytes, invalid UTF-8 included.
        raw = b"&".join(
            encoded(n) + b"=" + encoded(v) + draw(st.binary(max_size=4)) for n, v in pairs
        )
        return Post(pairs, raw, form, sent, readable=False)
    if shape == "many":
        extra = draw(st.sampled_from([1_500, 10_050]))
        body = urlencoded(pairs) + b"".join(b"&f%d=1" % n for n in range(extra))
        return Post(pairs, body, form, sent)
    if shape == "type":
        content_type = draw(
            st.sampled_from(
                [
                    "text/plain",
                    "application/json",
                    "application/x-www-form-urlencoded; charset=utf-16",
                    # (Not a NUL in the charset: Django's request object raises before any
                    # middleware, and gunicorn refuses NUL in headers before Django sees it.)
                    "application/x-www-form-urlencoded; charset=ebcdic-cp-be",
                    "multipart/form-data",
                    "",
                    "image/png",
                ]
            )
        )
        return Post(pairs, urlencoded(pairs), content_type, sent, readable=False)
    body = multipart(pairs, [], "fuzzbound")
    broken = draw(
        st.sampled_from(
            [
                (body[: len(body) // 2], "multipart/form-data; boundary=fuzzbound"),
                (body, "multipart/form-data; boundary=otherbound"),
                (body.replace(b"\r\n\r\n", b"\r\n"), "multipart/form-data; boundary=fuzzbound"),
                (b"--fuzzbound\r\n" * 50, "multipart/form-data; boundary=fuzzbound"),
                (body, "multipart/form-data; boundary=" + "b" * 300),
            ]
        )
    )
    return Post(pairs, broken[0], broken[1], sent, readable=False)


PLAIN_WORDS = (
    "Please check your answers",
    "We could not read what you sent",
    "What you sent is too large",
    "please wait",
    "Please send the form again",
    "does not work",
    "We can’t find that page",
    "Please try again in a moment",
    "id you mean",  # a typo in an email's domain, suggested before the post is taken
)
# The fields whose value a refusal must keep when it was ordinary text.
NAME_FIELDS = ("first_name", "last_name", "name", "organisation_name", "contact_name")


def is_ordinary(value: str) -> bool:
    return (
        0 < len(value.strip()) <= 100
        and value.isprintable()
        and value == value.strip()
        and all(ord(char) < 0xD800 or ord(char) > 0xDFFF for char in value)
    )


def check_answer(target: str, response, sent: list[str], typed: dict[str, str] | None = None):
    """The properties above. `typed` (a form post's fields) is checked against a refusal."""
    RESULTS[(target, response.status_code)] += 1
    assert response.status_code < 500, f"{target}: server error {response.status_code}"
    body = b"".join(response.streaming_content) if response.streaming else response.content
    html = body.decode("utf-8", "replace")
    for value in sent:
        if MARKED.search(value) and escape(value) != value:
            assert value not in html, f"{target}: {value!r} shown unescaped"
    if 400 <= response.status_code < 500:
        assert "Traceback" not in html
        if response["Content-Type"].startswith("text/html"):
            assert any(words in html for words in PLAIN_WORDS), f"{target}: {html[:300]}"
    if typed and "Please check your answers" in html:
        for name in NAME_FIELDS:
            value = typed.get(name, "")
            if is_ordinary(value) and len(value) > 1:
                assert escape(value) in html, f"{target}: {name}={value!r} was not kept"
