"""Counts of where actions came from, for data stewards (per action: by source, by channel,
and the partners ranked by what they brought in) and for each partner's private link (their
own counts per action). Counts only: nothing here reads a name or an address.

What counts is what the action's public count counts: confirmed, counted signatures; counted
RSVPs that were not cancelled; counted endorsements not rejected; counted letters and call
reports; counted email signups."""

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Count, Model, Q
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from actions.mixins import (
    CallReportMixin,
    EndorsableMixin,
    LetterMixin,
    RSVPMixin,
    SignablePetitionMixin,
)
from actions.models import (
    RSVP,
    CallReport,
    Channel,
    Endorsement,
    Letter,
    Moderation,
    Signature,
    UpdatesSignup,
)
from actions.models.signatures import COUNTED

STANDING = Q(moderation=Moderation.COUNTED)
NO_SOURCE = gettext_lazy("(no source code)")
NO_CHANNEL = gettext_lazy("(not recorded: sent before sources were kept)")


@dataclass(frozen=True)
class Records:
    """The records of one kind of action, and which of them count."""

    model: type[Model]
    counted: Q


SIGNATURES = Records(Signature, COUNTED)
RSVPS = Records(RSVP, STANDING & ~Q(status=RSVP.Status.CANCELLED))
ENDORSEMENTS = Records(Endorsement, STANDING & ~Q(status=Endorsement.Status.REJECTED))
LETTERS = Records(Letter, STANDING)
CALLS = Records(CallReport, STANDING)
SIGNUPS = Records(UpdatesSignup, STANDING)

# Which records a page's actions are, by the mixin its type inherits.
PAGE_RECORDS = (
    (SignablePetitionMixin, SIGNATURES),
    (RSVPMixin, RSVPS),
    (EndorsableMixin, ENDORSEMENTS),
    (LetterMixin, LETTERS),
    (CallReportMixin, CALLS),
)


def records_of(page: Page) -> Records | None:
    """The records `page` (a specific page) takes, or None for a page without a form."""
    for mixin, records in PAGE_RECORDS:
        if isinstance(page, mixin):
            return records
    return None


@dataclass
class Row:
    """One line of a breakdown: its code, how it reads, and how many actions."""

    code: str
    label: str
    count: int


@dataclass
class SourceCounts:
    total: int = 0
    sources: list[Row] = field(default_factory=list)
    channels: list[Row] = field(default_factory=list)
    partners: list[Row] = field(default_factory=list)

    def csv_rows(self) -> list[tuple[str, str, str, int]]:
        """(breakdown, code, label, count) for every line, for the spreadsheet."""
        return [
            (breakdown, row.code, row.label, row.count)
            for breakdown, rows in (
                ("source", self.sources),
                ("channel", self.channels),
                ("partner", self.partners),
            )
            for row in rows
        ]


def _ranked(counts: dict, label) -> list[Row]:
    rows = [Row(str(code), label(code), n) for code, n in counts.items()]
    return sorted(rows, key=lambda row: (-row.count, row.label.lower()))


def source_counts(records: Records, page_id: int | None) -> SourceCounts:
    """How the counted actions of `page_id` (None: email signups, which have no page) break
    down by source, by channel and by partner. Two queries: the counts, grouped once, and the
    partners' names."""
    rows = records.model.objects.filter(records.counted)
    if page_id is not None:
        rows = rows.filter(page_id=page_id)
    grouped = rows.values_list("source", "channel", "source_partner_id").annotate(n=Count("pk"))
    by_source, by_channel, by_partner, total = {}, {}, {}, 0
    for source, channel, partner_id, n in grouped.order_by():
        total += n
        by_source[source] = by_source.get(source, 0) + n
        by_channel[channel] = by_channel.get(channel, 0) + n
        if partner_id is not None:
            by_partner[partner_id] = by_partner.get(partner_id, 0) + n
    Organisation = apps.get_model("campaigns", "Organisation")
    names = dict(Organisation.objects.filter(pk__in=by_partner).values_list("pk", "name"))
    channel_labels = dict(Channel.choices)
    return SourceCounts(
        total=total,
        sources=_ranked(by_source, lambda code: str(code or NO_SOURCE)),
        channels=_ranked(by_channel, lambda code: str(channel_labels.get(code, NO_CHANNEL))),
        partners=_ranked(by_partner, lambda pk: names.get(pk, "")),
    )


@dataclass
class PartnerAction:
    """What one partner brought to one action: its page (None for the email signup)."""

    page: Page | None
    count: int


def partner_counts(partner) -> list[PartnerAction]:
    """What `partner` (an Organisation, counted with its translations) brought to every
    action, most first. One query per kind of record, and one for the pages."""
    Organisation = apps.get_model("campaigns", "Organisation")
    ids = list(
        Organisation.objects.filter(translation_key=partner.translation_key).values_list(
            "pk", flat=True
        )
    )
    per_page: dict[int, int] = {}
    for records in (SIGNATURES, RSVPS, ENDORSEMENTS, LETTERS, CALLS):
        counted = (
            records.model.objects.filter(records.counted, source_partner_id__in=ids)
            .values_list("page_id")
            .annotate(n=Count("pk"))
            .order_by()
        )
        for page_id, n in counted:
            per_page[page_id] = per_page.get(page_id, 0) + n
    pages = Page.objects.live().public().in_bulk(list(per_page))
    actions = [PartnerAction(pages[pk], n) for pk, n in per_page.items() if pk in pages]
    signups = SIGNUPS.model.objects.filter(SIGNUPS.counted, source_partner_id__in=ids).count()
    if signups:
        actions.append(PartnerAction(None, signups))
    return sorted(actions, key=lambda action: -action.count)
