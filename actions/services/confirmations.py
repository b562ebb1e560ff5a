"""Confirmation health, for petitions that ask signers to confirm by email: of the signatures
made each day, and at each email domain, how many were confirmed. A mail provider that drops
or delays our emails shows as a domain far below the others (at 0%, often); a bad day for
our own mail server as a day far below the others. Counts only, never who.

Held and rejected signatures are left out (they were never sent the link). Days are the
campaign's (settings.TIME_ZONE), as in actions.services.history."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.db.models.functions import TruncDate

from actions.models import Moderation, Signature
from common.timezones import site_zone

# The domains shown by name; the rest are added up as "other domains".
TOP_DOMAINS = 10
# A domain stands out when it has at least this many signatures and confirms at less than
# half the petition's rate.
MIN_TO_FLAG = 5
CONFIRMED = Count("pk", filter=Q(confirmed_at__isnull=False))


@dataclass(frozen=True)
class ConfirmationRow:
    label: object  # a date, a domain, or a description
    created: int
    confirmed: int
    flagged: bool = False

    @property
    def rate(self) -> int | None:
        """Confirmed, in percent (rounded down: 99.6% is not yet everyone)."""
        return self.confirmed * 100 // self.created if self.created else None


@dataclass(frozen=True)
class ConfirmationHealth:
    zone: str
    total: ConfirmationRow
    days: list[ConfirmationRow]
    domains: list[ConfirmationRow]
    other_domains: ConfirmationRow | None


def confirmation_health(page_id: int, top: int = TOP_DOMAINS) -> ConfirmationHealth:
    """Three grouped queries: the totals, per day, per domain (the `top` busiest)."""
    zone = site_zone()
    signatures = Signature.objects.filter(page_id=page_id, moderation=Moderation.COUNTED)
    totals = signatures.aggregate(created=Count("pk"), confirmed=CONFIRMED)
    total = ConfirmationRow("", totals["created"], totals["confirmed"])
    days = [
        ConfirmationRow(day, created, confirmed)
        for day, created, confirmed in signatures.annotate(day=TruncDate("created_at", tzinfo=zone))
        .values_list("day")
        .annotate(created=Count("pk"), confirmed=CONFIRMED)
        .values_list("day", "created", "confirmed")
        .order_by("day")
    ]
    busiest = list(
        signatures.values_list("email_domain")
        .annotate(created=Count("pk"), confirmed=CONFIRMED)
        .values_list("email_domain", "created", "confirmed")
        .order_by("-created", "email_domain")[:top]
    )
    domains = [
        ConfirmationRow(domain, created, confirmed, _stands_out(created, confirmed, total))
        for domain, created, confirmed in busiest
    ]
    rest_created = total.created - sum(row.created for row in domains)
    rest_confirmed = total.confirmed - sum(row.confirmed for row in domains)
    other = ConfirmationRow("", rest_created, rest_confirmed) if rest_created else None
    return ConfirmationHealth(str(zone), total, days, domains, other)


def _stands_out(created: int, confirmed: int, total: ConfirmationRow) -> bool:
    if created < MIN_TO_FLAG or not total.created:
        return False
    # confirmed / created < (total.confirmed / total.created) / 2, in whole numbers.
    return confirmed * total.created * 2 < total.confirmed * created
