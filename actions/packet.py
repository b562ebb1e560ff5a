"""A petition's delivery packet: the PDF a delegation hands in to the officials it is addressed
to. It carries the ask and the demands, the total, the signers each official represents, the
comments a data steward ticked, the organisations that endorse the campaign and, only when
the steward asks for them, the signers' names and emails as an appendix.

Everything is read from the petition's counting page (actions.pages), so one petition in two
languages has one count; the words (the ask, the demands, the headings) come from the page in
the packet's language where it is translated. The PDF is rendered in memory by WeasyPrint and
sent to the steward: never written to disk or the cache, and WeasyPrint may read only the
site's own static files (`StaticFilesOnly`), nothing from the network.

Counts by place come from the ZIP code a signer gave (common.places). A signature whose
details were erased keeps its state but not its ZIP, so it counts for a state but cannot be
placed in a county or a city; the packet says how many such signers there are."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from typing import Any, Protocol

from django.db.models import Case, Count, Sum, Value, When
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Locale, Page

from common.places import Place, find_place, same_name, state_name
from common.timezones import format_zoned, zone_label

from .mixins import EndorsableMixin
from .models import PaperSignatures, Signature
from .models.signatures import COUNTED
from .pages import counting_pages, find_counting_page_id
from .services.counts import stored_signature_count

# The appendix is for a hand-in, not a mailing list: above this many, use the CSV export.
MAX_NAMES = 5000
# How many comments one packet may quote: a packet is read by an official's staff.
MAX_COMMENTS = 100

NATIONAL, STATE, COUNTY, CITY = "national", "state", "county", "city"


class DeliverablePetition(Protocol):
    """What the packet reads from a petition page (campaigns.PetitionPage provides it)."""

    pk: int
    title: str
    ask: str
    demands: Any  # a StreamField of demand lists: title, target, demands (title, detail)

    @property
    def targets(self) -> list: ...


@dataclass(frozen=True)
class Demands:
    title: str
    addressee: str
    items: list[tuple[str, str]]


@dataclass(frozen=True)
class TargetCount:
    """The signers one official represents, as the packet states them."""

    official: str
    place: str
    count: str
    counted_as: str
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Comment:
    text: str
    signer: str
    signed_on: str


@dataclass(frozen=True)
class EndorserGroup:
    name: str
    endorsers: list[str]


@dataclass
class Packet:
    """What the PDF shows, with every text already in the packet's language."""

    language: str
    title: str
    ask: str
    demands: list[Demands]
    total: str
    online: str
    paper: str
    by_target: list[TargetCount]
    unplaced_note: str
    comments: list[Comment]
    statements: list[tuple[str, list[EndorserGroup]]]
    made_at: str
    zone: str
    site_name: str
    untranslated_note: str = ""
    signers: list[dict] = field(default_factory=list)
    signers_left_out: int = 0
    with_names: bool = False
    with_emails: bool = False

    @property
    def endorser_count(self) -> int:
        return sum(len(g.endorsers) for _title, groups in self.statements for g in groups)


def commented_signatures(page_id: int):
    """The counted signatures of a petition that carry a comment, newest first."""
    return (
        Signature.objects.filter(COUNTED, page_id=page_id, anonymised_at__isnull=True)
        .exclude(comment="")
        .order_by("-created_at", "-pk")
    )


def in_language(page: Page, language: str) -> Page:
    """The page's translation in `language`, or the page itself when it has none."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None or page.locale_id == locale.pk:
        return page
    translated = page.get_translation_or_none(locale)
    return translated.specific if translated is not None and translated.live else page


def build_packet(
    petition: DeliverablePetition,
    *,
    language: str,
    comment_ids: list[int],
    with_names: bool = False,
    with_emails: bool = False,
    site_name: str = "",
) -> Packet:
    """The packet of `petition` (its counting page) in `language`."""
    counting_id = find_counting_page_id(petition)
    worded = in_language(petition, language)
    with translation.override(language):
        # The exact count (not the public one, which may be seconds behind), and its part
        # collected on paper, which has no place.
        total = stored_signature_count(counting_id)
        paper = PaperSignatures.objects.filter(page_id=counting_id).aggregate(n=Sum("count"))["n"]
        paper = paper or 0
        places = signer_places(counting_id)
        # Paper signatures collected in one state count there (in signer_places).
        paper_nowhere = (
            PaperSignatures.objects.filter(page_id=counting_id, state="").aggregate(n=Sum("count"))[
                "n"
            ]
            or 0
        )
        now = timezone.now()
        packet = Packet(
            language=language,
            title=worded.title,
            ask=worded.ask,
            demands=demand_lists(worded),
            total=number(total),
            online=number(total - paper),
            paper=number(paper),
            by_target=[count_for(target, places, total) for target in worded.targets],
            unplaced_note=unplaced_note(places, paper_nowhere),
            comments=chosen_comments(counting_id, comment_ids, with_names=with_names),
            statements=endorsers(petition, language),
            made_at=format_zoned(now, "DATE_CLOCK_ZONE_FORMAT"),
            zone=zone_label(at=now),
            site_name=site_name,
            with_names=with_names,
            with_emails=with_emails,
        )
        if worded.pk == petition.pk and petition.locale.language_code != language:
            packet.untranslated_note = _(
                "This petition has no published translation in this language: its ask and "
                "demands are in the language it was written in."
            )
        if with_names or with_emails:
            packet.signers, packet.signers_left_out = signer_list(counting_id)
    return packet


def number(value: int) -> str:
    return number_format(value, force_grouping=True)


def demand_lists(page: DeliverablePetition) -> list[Demands]:
    """The petition's demand lists as text: each list's title, addressee and demands."""
    lists = []
    for block in getattr(page, "demands", None) or []:
        value = block.value
        target = value.get("target")
        items = [(item["title"], item.get("detail") or "") for item in value.get("demands", [])]
        lists.append(Demands(value.get("title", ""), str(target) if target else "", items))
    return lists


# --- Counts by place ----------------------------------------------------------------------


@dataclass(frozen=True)
class SignerPlaces:
    """How many counted signers gave each ZIP code, and the state of those whose ZIP is gone."""

    by_zip: dict[Place, int]
    # Signers without a ZIP code the site knows (erased with their details, never given, or
    # not a US one), by the state kept on the signature ("" when none is known).
    unplaced: Counter

    def in_state(self, state: str) -> int:
        placed = sum(n for place, n in self.by_zip.items() if place.state == state)
        return placed + self.unplaced[state]


def signer_places(page_id: int) -> SignerPlaces:
    """One grouped query: a petition with 200,000 signers has a few thousand ZIP codes."""
    rows = (
        Signature.objects.filter(COUNTED, page_id=page_id)
        .values_list("postcode", "state")
        .annotate(n=Count("pk"))
        .order_by()
    )
    by_zip: Counter = Counter()
    unplaced: Counter = Counter()
    for postcode, state, n in rows:
        place = find_place(postcode) if postcode else None
        if place is None:
            unplaced[state] += n
        else:
            by_zip[place] += n
    # Paper signatures collected in one state: in that state, but in no county or city.
    paper = PaperSignatures.objects.filter(page_id=page_id).exclude(state="")
    for state, n in paper.values_list("state").annotate(n=Sum("count")).order_by():
        unplaced[state] += n
    return SignerPlaces(dict(by_zip), unplaced)


def count_for(target, places: SignerPlaces, total: int) -> TargetCount:
    """The signers `target` represents, by the level it serves (campaigns.Target.serves)."""
    where = target.place_label()
    official = str(target)
    if target.level == STATE and target.state:
        return TargetCount(
            official,
            where,
            number(places.in_state(target.state)),
            _("signers in %(state)s") % {"state": state_name(target.state)},
        )
    if target.level in (COUNTY, CITY) and target.state:
        return local_count(target, places, official, where)
    return TargetCount(official, where, number(total), _("all signers, everywhere"))


def local_count(target, places: SignerPlaces, official: str, where: str) -> TargetCount:
    """A county's or city's signers: those whose ZIP code lies in it, then those whose ZIP
    code also crosses into it (they may live on either side), then those in its state who
    cannot be placed."""
    name = target.county if target.level == COUNTY else target.city
    names = attrgetter("counties" if target.level == COUNTY else "cities")
    inside = partly = 0
    for place, n in places.by_zip.items():
        if place.state != target.state:
            continue
        if not any(same_name(name, candidate) for candidate in names(place)):
            continue
        if target.level == COUNTY and place.spans_counties:
            partly += n
        else:
            inside += n
    notes = []
    if partly:
        notes.append(
            ngettext(
                "Not counted: %(n)s signer whose ZIP code crosses the county line, who may "
                "live in %(place)s or next door.",
                "Not counted: %(n)s signers whose ZIP codes cross the county line, who may "
                "live in %(place)s or next door.",
                partly,
            )
            % {"n": number(partly), "place": name}
        )
    unplaced = places.unplaced[target.state]
    if unplaced:
        notes.append(
            ngettext(
                "Not counted: %(n)s signer in %(state)s who could not be placed (their ZIP "
                "code was erased with their details, or is not one we know).",
                "Not counted: %(n)s signers in %(state)s who could not be placed (their ZIP "
                "codes were erased with their details, or are not ones we know).",
                unplaced,
            )
            % {"n": number(unplaced), "state": state_name(target.state)}
        )
    counted_as = _("signers whose ZIP code is in %(place)s") % {"place": where}
    return TargetCount(official, where, number(inside), counted_as, notes)


def unplaced_note(places: SignerPlaces, paper: int) -> str:
    """Who counts only in the total: signers with no US place, and paper signatures."""
    nowhere = places.unplaced[""]
    parts = []
    if nowhere:
        parts.append(
            ngettext(
                "%(n)s signer gave no US ZIP code",
                "%(n)s signers gave no US ZIP code",
                nowhere,
            )
            % {"n": number(nowhere)}
        )
    if paper:
        parts.append(
            ngettext(
                "%(n)s signature was collected on paper",
                "%(n)s signatures were collected on paper",
                paper,
            )
            % {"n": number(paper)}
        )
    if not parts:
        return ""
    return _("%(who)s: they count in the total but in no state, county or city.") % {
        "who": _(" and ").join(parts)
    }


# --- Comments, endorsers, names ------------------------------------------------------------


def chosen_comments(page_id: int, ids: list[int], *, with_names: bool) -> list[Comment]:
    """The ticked comments, newest first, signed with a first name and state (the full name
    only when the steward includes names)."""
    rows = commented_signatures(page_id).filter(pk__in=ids)[:MAX_COMMENTS]
    comments = []
    for row in rows:
        name = row.full_name if with_names else row.first_name
        signer = f"{name}, {state_name(row.state)}" if row.state else name
        signed_on = format_zoned(row.created_at, "LONG_DATE_FORMAT")
        comments.append(Comment(row.comment, signer, signed_on))
    return comments


def endorsers(petition: Page, language: str) -> list[tuple[str, list[EndorserGroup]]]:
    """The endorsers of the campaign's sign-on statements (the statements beside the
    petition's index), grouped National then by state as the statement page lists them."""
    index = petition.get_parent()
    campaign = index.get_parent() if index is not None else None
    if campaign is None:
        return []
    statements = counting_pages(
        Page.objects.live().type(EndorsableMixin).child_of(campaign)
    ).specific()
    found = []
    for statement in statements.order_by("path"):
        groups = [
            EndorserGroup(str(group["name"]), [e.organisation_name for e in group["endorsers"]])
            for group in statement.endorser_groups()
        ]
        if groups:
            found.append((in_language(statement, language).title, groups))
    return found


def signer_list(page_id: int) -> tuple[list[dict], int]:
    """The counted signers with their details (not erased), by state then name, at most
    MAX_NAMES of them, and how many were left out."""
    signers = (
        Signature.objects.filter(COUNTED, page_id=page_id, anonymised_at__isnull=True)
        # By state, those without one last, then by name.
        .alias(stateless=Case(When(state="", then=Value(1)), default=Value(0)))
        .order_by("stateless", "state", "last_name", "first_name", "pk")
        .values("first_name", "last_name", "email", "state")
    )
    rows = list(signers[: MAX_NAMES + 1])
    left_out = 0
    if len(rows) > MAX_NAMES:
        left_out = signers.count() - MAX_NAMES
        rows = rows[:MAX_NAMES]
    return rows, left_out


def packet_filename(petition: Page, made: datetime | None = None) -> str:
    made = timezone.localtime(made or timezone.now())
    return f"delivery-packet-{petition.slug}-{made:%Y-%m-%d}.pdf"
