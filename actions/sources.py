"""Where a form post came from, in what the record keeps (actions.models.sources): a source
code from a bounded vocabulary, the partner it came through, and a channel.

What a post tells us, first found first used:

1. The form's hidden fields, filled by static/js/supporter_forms.js from the address the reader
   landed on: `source` and `partner` (?source=…&partner=… or utm_source/utm_medium), and `ref`,
   the host of the site the reader came from (`document.referrer`), never its full address.
2. Without JavaScript, the post's Referer: the address of the page the form was on, whose query
   still carries ?source= and ?partner= (the page cache ignores them, so the page was served
   from the cache all the same); a Referer on another site counts as `ref`.

A source is kept only when it is one of ACTIONS_SOURCES or a partner's code; anything else is
stored as "other", and so is a value too long, malformed, or carrying markup or control
characters: nothing a stranger typed is ever stored raw. A referring host is never stored,
only the channel it falls in. Reading a post costs no query unless it names a partner or an
unknown code or host, and then one cache read (the partners' codes and hosts, kept for
PARTNER_MAP_SECONDS and forgotten when an organisation changes)."""

import re
from contextlib import suppress
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db.models import Case, IntegerField, Value, When
from django.http import HttpRequest

from .models.sources import Channel

OTHER = "other"
CODE = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
HOST = re.compile(r"[a-z0-9]([a-z0-9-]{0,62}\.)*[a-z0-9-]{1,63}")
# Longer than any honest value: refused before any other look at it.
MAX_VALUE_LENGTH = 100
MAX_REFERER_LENGTH = 2048

PARTNER_MAP_KEY = "actions:sources:partners"
PARTNER_MAP_SECONDS = 300

# Sites whose links say what kind of place a reader came from. A host matches itself and its
# subdomains (m.facebook.com is facebook.com); webmail is looked at before search, so
# mail.google.com is email and www.google.com is search.
SOCIAL_HOSTS = (
    "facebook.com",
    "fb.com",
    "fb.me",
    "instagram.com",
    "t.co",
    "twitter.com",
    "x.com",
    "bsky.app",
    "threads.net",
    "threads.com",
    "tiktok.com",
    "reddit.com",
    "linkedin.com",
    "lnkd.in",
    "youtube.com",
    "youtu.be",
    "whatsapp.com",
    "wa.me",
    "t.me",
    "telegram.org",
    "signal.org",
    "mastodon.social",
    "pinterest.com",
    "tumblr.com",
    "nextdoor.com",
)
WEBMAIL_HOSTS = (
    "mail.google.com",
    "outlook.live.com",
    "outlook.office.com",
    "outlook.office365.com",
    "mail.yahoo.com",
    "mail.aol.com",
    "mail.proton.me",
    "app.fastmail.com",
    "mail.zoho.com",
    "mail.yandex.com",
    "icloud.com",
)
SEARCH_HOSTS = (
    "bing.com",
    "duckduckgo.com",
    "search.yahoo.com",
    "ecosia.org",
    "search.brave.com",
    "startpage.com",
    "kagi.com",
    "yandex.com",
    "baidu.com",
)


@dataclass(frozen=True)
class RecordSource:
    """What one post stores about where it came from."""

    source: str = ""
    partner_id: int | None = None
    channel: str = ""

    def record_fields(self) -> dict:
        """The SourcedRecord fields of the record this post stores."""
        return {
            "source": self.source,
            "source_partner_id": self.partner_id,
            "channel": self.channel,
        }


UNRECORDED = RecordSource()


def clean_code(value) -> str:
    """A posted code as stored: '' when there is none, the code in lower case when it is one,
    else 'other' (too long, markup, spaces, control characters, anything but a-z 0-9 - _)."""
    if not value:
        return ""
    if not isinstance(value, str) or len(value) > MAX_VALUE_LENGTH:
        return OTHER
    value = value.strip().lower()
    if not value:
        return ""
    return value if CODE.fullmatch(value) else OTHER


def clean_host(value) -> str:
    """A host name as compared: lower case, without 'www.' or a port; '' when it is not one."""
    if not value or not isinstance(value, str) or len(value) > 253:
        return ""
    host = value.strip().lower().rstrip(".")
    host = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    if not HOST.fullmatch(host):
        return ""
    return host.removeprefix("www.")


def _matches(host: str, domains) -> bool:
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def _is_search(host: str) -> bool:
    labels = host.split(".")
    # google.com, google.es, news.google.co.uk: any Google but its mail.
    return "google" in labels[:-1] or _matches(host, SEARCH_HOSTS)


def partner_map() -> dict:
    """{"codes": {code: id}, "hosts": {website host: id}} of every organisation, the one in
    the default language first (its translations share its code), from the shared cache."""
    found = cache.get(PARTNER_MAP_KEY)
    if found is not None:
        return found
    Organisation = apps.get_model("campaigns", "Organisation")
    default_first = Case(
        When(locale__language_code=settings.LANGUAGE_CODE, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    rows = (
        Organisation.objects.annotate(default_first=default_first)
        .order_by("default_first", "pk")
        .values_list("pk", "partner_code", "website")
    )
    codes, hosts = {}, {}
    for pk, code, website in rows:
        if code:
            codes.setdefault(code, pk)
        host = clean_host(_host_of(website))
        if host:
            hosts.setdefault(host, pk)
    found = {"codes": codes, "hosts": hosts}
    cache.set(PARTNER_MAP_KEY, found, PARTNER_MAP_SECONDS)
    return found


def forget_partners() -> None:
    """Called when an organisation is saved or deleted: the next post reads them again."""
    cache.delete(PARTNER_MAP_KEY)


def _host_of(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def _own_hosts(request: HttpRequest) -> set[str]:
    hosts = {clean_host(_host_of(settings.WAGTAILADMIN_BASE_URL))}
    # A disallowed Host never reaches a form (the middleware refused it), but never a 500.
    with suppress(DisallowedHost):
        hosts.add(clean_host(request.get_host()))
    return hosts - {""}


def _referer(request: HttpRequest) -> tuple[str, dict]:
    """The Referer's host and query (first value of each parameter), or ('', {})."""
    referer = request.META.get("HTTP_REFERER", "")
    if not referer or len(referer) > MAX_REFERER_LENGTH:
        return "", {}
    try:
        parts = urlsplit(referer)
        host = parts.hostname or ""
        # More parameters than any page of ours has is a made-up address: nothing in it counts.
        fields = parse_qs(parts.query, max_num_fields=50) if parts.query else {}
    except ValueError:
        return "", {}
    query = {name.lower(): values[0] for name, values in fields.items() if values}
    return clean_host(host), query


def _posted(request: HttpRequest, name: str) -> str:
    # The form already read the body; a field given twice counts by its last value, as Django's.
    value = request.POST.get(name, "")
    return value if isinstance(value, str) else ""


def read_source(request: HttpRequest) -> RecordSource:
    """Where the post `request` came from (see the module's docstring). Never raises."""
    known = settings.ACTIONS_SOURCES
    own = _own_hosts(request)
    referer_host, referer_query = _referer(request)
    from_our_page = referer_host in own
    page_query = referer_query if from_our_page else {}

    source = clean_code(_posted(request, "source") or page_query.get("source"))
    if not source:
        source = clean_code(page_query.get("utm_source"))
    partner_code = clean_code(_posted(request, "partner") or page_query.get("partner"))
    medium = clean_code(page_query.get("utm_medium"))
    ref = clean_host(_posted(request, "ref"))
    if not ref and referer_host and not from_our_page:
        ref = referer_host

    needs_partners = (
        (partner_code and partner_code != OTHER)
        or (source and source != OTHER and source not in known)
        or (ref and ref not in own)
    )
    partners = partner_map() if needs_partners else {"codes": {}, "hosts": {}}

    partner_id = partners["codes"].get(partner_code) if partner_code else None
    if source and source != OTHER and source not in known:
        if source in partners["codes"]:
            partner_id = partner_id or partners["codes"][source]
        else:
            source = OTHER
    if partner_code and partner_id is None and not source:
        source = OTHER  # a partner code nobody has
    if partner_id is not None:
        if not source:
            source = partner_code if partner_code in partners["codes"] else source
        return RecordSource(source, partner_id, Channel.PARTNER)

    channel = known.get(source, "") if source else ""
    if not channel and medium == "email":
        channel = Channel.EMAIL
    if not channel and ref and ref not in own and ref in partners["hosts"]:
        return RecordSource(source, partners["hosts"][ref], Channel.PARTNER)
    if not channel:
        channel = _channel_of_host(ref, own)
    return RecordSource(source, None, channel)


def _channel_of_host(host: str, own: set[str]) -> str:
    if not host or host in own:
        return Channel.DIRECT
    if _matches(host, WEBMAIL_HOSTS) or host.startswith(("mail.", "webmail.")):
        return Channel.EMAIL
    if _matches(host, SOCIAL_HOSTS):
        return Channel.SOCIAL
    if _is_search(host):
        return Channel.SEARCH
    return Channel.OTHER
