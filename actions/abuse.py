"""The abuse model for the public forms: hold, don't refuse.

Every post is counted against its internet connection in the shared cache, in two windows
(a minute and an hour), so every app server sees the same numbers. A valid post within the
form's limits counts at once; beyond them it is stored but held for a data steward (see
actions.services.moderation), and the sender is thanked exactly as anyone else. Only a flood
beyond the ceiling, far above any crowd, is refused (429), to protect the database.

Connections are known only by a keyed hash of their address (HMAC with the secret key), in
the cache and in the database: never the address itself."""

import hashlib
import hmac
import ipaddress
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone

from common.client_address import client_ip

from .email_typos import PROVIDERS, REAL_LOOKALIKES
from .models import BlockedEmail, FormLimits, Moderation
from .sources import UNRECORDED, RecordSource
from .validation import normalise_email

logger = logging.getLogger(__name__)

# The form limits and block list, in the shared cache: saved changes delete the key, so every
# server reads them again at once; the life only bounds what a missed delete could cost.
LIMITS_KEY = "actions:limits"
LIMITS_CACHE_SECONDS = 60
# The scope of the "Get campaign updates" signup (action pages use their id).
UPDATES_SCOPE = "updates"
MINUTE, HOUR = 60, 60 * 60

_memo: dict = {"until": 0.0, "rules": None}
# Mail providers thousands of honest signers share: never held for their domain alone.
SHARED_PROVIDERS = frozenset((*PROVIDERS, *REAL_LOOKALIKES))


def connection_of(address: str) -> str:
    """What counts as one connection: an IPv4 address, or an IPv6 address's /64 network. One
    IPv6 subscriber (a phone, a home, a rented server) is given a whole /64, so a bot could
    send every post from a fresh address in it; everyone behind one IPv4 address (a rally's
    Wi-Fi, a carrier's NAT) already shares one, which the limits are sized for."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def address_hash(address: str) -> str:
    """A short keyed hash standing for an internet address: the same address always gives
    the same code, and nobody without the secret key can tell which address it was."""
    digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256)
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Limits:
    """Posts one connection may send to one form: per minute and per hour before they are
    held, and per minute before they are refused."""

    burst: int
    sustained: int
    ceiling: int
    domain: int = 0


@dataclass(frozen=True)
class Rules:
    """Everything the post path needs from the admin, read in one cache lookup."""

    default: Limits
    overrides: dict[str, Limits]
    blocked_addresses: frozenset[str]
    blocked_domains: frozenset[str]

    def limits(self, scope: str) -> Limits:
        return self.overrides.get(scope, self.default)


def load_rules() -> Rules:
    """The form limits and block list from the database (a few small queries)."""
    setting = FormLimits.load()
    default = Limits(
        setting.burst_per_minute,
        setting.sustained_per_hour,
        setting.ceiling_per_minute,
        setting.domain_per_hour,
    )
    overrides = {
        str(override.page_id or UPDATES_SCOPE): Limits(
            override.burst_per_minute or default.burst,
            override.sustained_per_hour or default.sustained,
            override.ceiling_per_minute or default.ceiling,
            default.domain,
        )
        for override in setting.overrides.all()
    }
    blocked = BlockedEmail.objects.values_list("kind", "value")
    return Rules(
        default=default,
        overrides=overrides,
        blocked_addresses=frozenset(v for k, v in blocked if k == BlockedEmail.Kind.ADDRESS),
        blocked_domains=frozenset(v for k, v in blocked if k == BlockedEmail.Kind.DOMAIN),
    )


def current_rules() -> Rules:
    """The rules, from this process's memo (ACTIONS_LIMITS_LOCAL_SECONDS, a few seconds: how
    long another server's change may take to reach this process), else the shared cache,
    else the database."""
    now = time.monotonic()
    if _memo["rules"] is not None and now < _memo["until"]:
        return _memo["rules"]
    rules = cache.get(LIMITS_KEY)
    if rules is None:
        rules = load_rules()
        cache.set(LIMITS_KEY, rules, LIMITS_CACHE_SECONDS)
    _memo.update(rules=rules, until=now + settings.ACTIONS_LIMITS_LOCAL_SECONDS)
    return rules


def forget_rules(**kwargs) -> None:
    """After a steward changed the limits or the block list: every server reads them again."""
    _memo.update(rules=None, until=0.0)
    cache.delete(LIMITS_KEY)


@dataclass(frozen=True)
class PostRate:
    """Posts from one connection to one form in the current minute and hour (this one too)."""

    minute: int
    hour: int


def _window_keys(scope: str, client: str, now: float) -> tuple[str, str]:
    base = f"actions:rate:{scope}:{client}"
    return f"{base}:m:{int(now // MINUTE)}", f"{base}:h:{int(now // HOUR)}"


def count_post(scope: str, client: str) -> PostRate | None:
    """Count one post in both windows: one round trip to Redis (a pipeline of two increments
    and their expiries). None when the shared cache cannot count (it is down): the caller
    then counts the post as usual, since refusing or holding every signer during a cache
    outage would be worse than a few unmetered minutes."""
    minute_key, hour_key = _window_keys(scope, client, time.time())
    try:
        client_for = getattr(cache, "client", None)
        if client_for is not None and hasattr(client_for, "get_client"):  # django-redis
            redis = client_for.get_client(write=True)
            pipe = redis.pipeline(transaction=False)
            for key, window in ((minute_key, MINUTE), (hour_key, HOUR)):
                pipe.incr(cache.make_key(key))
                pipe.expire(cache.make_key(key), window + 5)
            minute, _, hour, _ = pipe.execute()
            return PostRate(int(minute), int(hour))
        return PostRate(_incr(minute_key, MINUTE), _incr(hour_key, HOUR))
    except Exception as error:  # whatever the cache raises, the post goes on
        logger.warning("Form posts not rate-counted: the shared cache failed (%s)", error)
        return None


def count_domain_post(scope: str, domain: str) -> int | None:
    """Count one post to the form `scope` with an address at `domain`, in the current hour;
    None when the shared cache cannot count. The key holds a digest, not the domain."""
    digest = hashlib.sha256(domain.encode()).hexdigest()[:16]
    key = f"actions:rate:{scope}:domain:{digest}:h:{int(time.time() // HOUR)}"
    try:
        return _incr(key, HOUR)
    except Exception as error:  # as count_post: the post goes on
        logger.warning("Form posts not domain-counted: the shared cache failed (%s)", error)
        return None


def _incr(key: str, window: int) -> int:
    """An atomic increment on a cache without pipelines (the local cache of a dev server)."""
    if cache.add(key, 1, window + 5):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window + 5)
        return 1


@dataclass(frozen=True)
class Screening:
    """What the abuse model decided about one valid post, stored with its record."""

    client_hash: str
    email_domain: str
    moderation: str = Moderation.COUNTED
    reason: str = ""
    # Where the post came from (actions.sources), stored with the record: it rides along
    # here because every service stores `record_fields()`, so every action form keeps it.
    source: RecordSource = UNRECORDED

    @property
    def counted(self) -> bool:
        return self.moderation == Moderation.COUNTED

    def record_fields(self) -> dict:
        """The ModeratedRecord and SourcedRecord fields of the record this post stores."""
        return {
            "client_hash": self.client_hash,
            "email_domain": self.email_domain,
            "moderation": self.moderation,
            "held_reason": self.reason,
            "held_at": None if self.counted else timezone.now(),
            **self.source.record_fields(),
        }


@dataclass(frozen=True)
class Gate:
    """One post, counted against its connection's limits for one form."""

    scope: str
    client_hash: str
    limits: Limits
    rules: Rules
    rate: PostRate | None

    @property
    def over_ceiling(self) -> bool:
        return self.rate is not None and self.rate.minute > self.limits.ceiling

    def retry_after(self) -> int:
        """Seconds until the current minute's count starts again."""
        return max(int(MINUTE - time.time() % MINUTE), 1)

    def screen(self, email: str, suspicion: str = "") -> Screening:
        """Counted, held (too fast, or the form looked automated) or rejected (blocked)."""
        address = normalise_email(email) if email else ""
        domain = address.rpartition("@")[2]
        screening = Screening(self.client_hash, domain)
        if address and address in self.rules.blocked_addresses:
            return Screening(self.client_hash, domain, Moderation.REJECTED, "blocked address")
        if domain and domain in self.rules.blocked_domains:
            return Screening(self.client_hash, domain, Moderation.REJECTED, "blocked domain")
        reason = self.hold_reason(suspicion) or self.domain_hold_reason(domain)
        if reason:
            return Screening(self.client_hash, domain, Moderation.HELD, reason[:200])
        return screening

    def hold_reason(self, suspicion: str) -> str:
        if self.rate is not None and self.rate.minute > self.limits.burst:
            return f"more than {self.limits.burst} posts in a minute from one connection"
        if self.rate is not None and self.rate.hour > self.limits.sustained:
            return f"more than {self.limits.sustained} posts in an hour from one connection"
        if suspicion:
            return f"looked automated: {suspicion}"
        return ""

    def domain_hold_reason(self, domain: str) -> str:
        """Too many posts to this form with one email domain in the hour, from anywhere. Only
        addresses outside the big shared providers cost the extra cache round trip."""
        if not self.limits.domain or not domain or domain in SHARED_PROVIDERS:
            return ""
        posts = count_domain_post(self.scope, domain)
        if posts is not None and posts > self.limits.domain:
            return f"more than {self.limits.domain} posts in an hour from one email domain"
        return ""


def open_gate(request: HttpRequest, scope: str) -> Gate:
    """Count this post against its connection's limits for the form `scope` (a page id, or
    UPDATES_SCOPE): one round trip to the shared cache, as the rules are memoised."""
    rules = current_rules()
    client = address_hash(connection_of(client_ip(request)))
    return Gate(scope, client, rules.limits(scope), rules, count_post(scope, client))


def declared_body_size(request: HttpRequest) -> int | None:
    try:
        return int(request.META.get("CONTENT_LENGTH") or "")
    except ValueError:
        return None
