"""The campaign calendar: what happens on each day of a week or a month, in the site's zone.

Everything an editor plans around, in one place: scheduled go-lives (`Revision.
approved_go_live_at`) and expiries (`expire_at`) of pages and snippets, events, weeks of action
and petition closing dates. Days are days in the site's time zone (settings.TIME_ZONE), so an
event at 23:30 PDT sits on its own day and a week that contains a daylight-saving change is
still seven whole days. The queries are a fixed number per calendar, whatever it holds: one
per kind of entry, plus one per kind of object that has a go-live scheduled.

`build_calendar()` is what the admin view calls; the dataclasses are what templates read.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Model, QuerySet
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page, Revision

from campaigns.models import CampaignPage, EventPage, PetitionPage, WeekOfActionPage

from .schedule import draft_state_models, unscheduled_go_lives
from .timezones import format_zoned, site_zone

WEEK, MONTH, LIST = "week", "month", "list"
VIEWS = (WEEK, MONTH, LIST)

GO_LIVE = "go-live"
EXPIRY = "expiry"
EVENT = "event"
WEEK_OF_ACTION = "week-of-action"
PETITION_CLOSES = "petition-closes"
NOT_SCHEDULED = "not-scheduled"

# Weeks run Monday to Sunday, as the campaign's weeks of action do, so one fits in one row.
DAYS_IN_WEEK = 7
# Events are stored in their venue's zone; fetching a little either side of the period catches
# every one whose day in the site's zone falls inside it (zones are at most 26 hours apart).
ZONE_MARGIN = dt.timedelta(days=2)


@dataclass(frozen=True)
class Entry:
    """One thing on the calendar: from `first_day` to `last_day` (site-zone dates), at `at`
    when it happens at a moment rather than all day."""

    kind: str
    label: str
    title: str
    first_day: dt.date
    last_day: dt.date
    at: dt.datetime | None = None
    edit_url: str | None = None
    draft: bool = False

    @property
    def is_range(self) -> bool:
        return self.last_day > self.first_day

    @property
    def day_count(self) -> int:
        return (self.last_day - self.first_day).days + 1

    @property
    def time_label(self) -> str:
        """e.g. "18:00 PDT"."""
        return format_zoned(self.at, "H:i T")

    @property
    def when_label(self) -> str:
        """e.g. "Thu 20 Oct, 18:00 PDT"."""
        return format_zoned(self.at)

    @property
    def dates_label(self) -> str:
        """e.g. "Mon 26 Sep – Sun 2 Oct"."""
        return f"{self.first_day:%a} {self.first_day.day} {self.first_day:%b} – " + (
            f"{self.last_day:%a} {self.last_day.day} {self.last_day:%b}"
        )

    def sort_key(self) -> tuple:
        # All-day entries first, then by time, then by title.
        return (self.first_day, self.at is not None, self.at or dt.datetime.min, self.title)


@dataclass
class Day:
    """A day of the calendar: `entries` happen on it; `ranges` (weeks of action, events over
    several days) cover it."""

    date: dt.date
    in_period: bool
    is_today: bool
    entries: list[Entry] = field(default_factory=list)
    ranges: list[Entry] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.entries or self.ranges)

    @property
    def numbered_ranges(self) -> list[tuple[Entry, int]]:
        """The ranges covering this day, each with which of its days this is (from 1)."""
        return [(entry, (self.date - entry.first_day).days + 1) for entry in self.ranges]


@dataclass(frozen=True)
class Segment:
    """A stretch of a week's range row: `entry` over `span` days, or an empty gap."""

    span: int
    entry: Entry | None = None
    continues_before: bool = False
    continues_after: bool = False


@dataclass
class Week:
    days: list[Day]
    # Rows of ranges laid out without overlaps, each row a list of segments filling the week.
    lanes: list[list[Segment]]


@dataclass
class Calendar:
    view: str
    anchor: dt.date
    first_day: dt.date
    last_day: dt.date
    weeks: list[Week]
    campaign: CampaignPage | None
    entry_count: int
    # Days on which the site's clocks change (daylight saving starts or ends).
    clock_changes: list[dt.date] = field(default_factory=list)

    @property
    def days(self) -> list[Day]:
        return [day for week in self.weeks for day in week.days if day.in_period]

    @property
    def title(self) -> str:
        if self.view == WEEK:
            return f"Week of {self.first_day.day} {self.first_day:%B %Y}"
        return f"{self.anchor:%B %Y}"


def period(view: str, anchor: dt.date) -> tuple[dt.date, dt.date, dt.date, dt.date]:
    """The days a view of `anchor` covers, as (first shown, last shown, first in period,
    last in period): a month view shows whole weeks around its month; the list view shows just
    the month."""
    if view == WEEK:
        monday = anchor - dt.timedelta(days=anchor.weekday())
        sunday = monday + dt.timedelta(days=DAYS_IN_WEEK - 1)
        return monday, sunday, monday, sunday
    month_first = anchor.replace(day=1)
    month_last = _add_months(month_first, 1) - dt.timedelta(days=1)
    if view == LIST:
        return month_first, month_last, month_first, month_last
    first = month_first - dt.timedelta(days=month_first.weekday())
    last = month_last + dt.timedelta(days=DAYS_IN_WEEK - 1 - month_last.weekday())
    return first, last, month_first, month_last


def step(view: str, anchor: dt.date, direction: int) -> dt.date:
    """The anchor of the previous (-1) or next (+1) week or month."""
    if view == WEEK:
        return anchor + dt.timedelta(days=DAYS_IN_WEEK * direction)
    return _add_months(anchor.replace(day=1), direction)


def today() -> dt.date:
    return timezone.localdate(timezone=site_zone())


def build_calendar(view: str, anchor: dt.date, campaign: CampaignPage | None, user) -> Calendar:
    """The calendar of `view` ("week", "month" or "list") around `anchor`, limited to the
    descendants of `campaign` when given, with links to the editors `user` may open."""
    first, last, period_first, period_last = period(view, anchor)
    entries = gather_entries(first, last, campaign, user)
    now = today()
    days = {
        date: Day(date, in_period=period_first <= date <= period_last, is_today=date == now)
        for date in _dates(first, last)
    }
    for entry in entries:
        if entry.is_range:
            for date in _dates(max(entry.first_day, first), min(entry.last_day, last)):
                days[date].ranges.append(entry)
        else:
            days[entry.first_day].entries.append(entry)
    ordered = list(days.values())
    weeks = [
        Week(days=ordered[n : n + DAYS_IN_WEEK], lanes=[])
        for n in range(0, len(ordered), DAYS_IN_WEEK)
    ]
    ranges = [entry for entry in entries if entry.is_range]
    for week in weeks:
        week.lanes = _lanes(ranges, week.days[0].date, week.days[-1].date)
    return Calendar(
        view=view,
        anchor=anchor,
        first_day=first,
        last_day=last,
        weeks=weeks,
        campaign=campaign,
        entry_count=len(entries),
        clock_changes=[date for date in _dates(first, last) if _offset_changes_on(date)],
    )


def gather_entries(
    first: dt.date, last: dt.date, campaign: CampaignPage | None, user
) -> list[Entry]:
    """Every entry on a day from `first` to `last` (site-zone dates, inclusive), in order."""
    zone = site_zone()
    start = dt.datetime.combine(first, dt.time.min, zone)
    # Midnight after the last day, by the calendar rather than by adding hours: a week in which
    # the clocks go back is 169 hours long.
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min, zone)
    finder = AdminURLFinder(user)
    entries = [
        *_go_lives(start, end, campaign, finder),
        *_unscheduled(start, end, campaign, finder),
        *_expiries(start, end, campaign, finder),
        *_events(first, last, start, end, campaign, finder),
        *_weeks_of_action(first, last, campaign, finder),
        *_petition_closings(start, end, campaign, finder),
    ]
    return sorted(entries, key=Entry.sort_key)


def _go_lives(start, end, campaign, finder: AdminURLFinder) -> list[Entry]:
    revisions = (
        Revision.objects.filter(approved_go_live_at__gte=start, approved_go_live_at__lt=end)
        .select_related("content_type")
        .order_by("approved_go_live_at")
    )
    if campaign is not None:
        pages = _in_campaign(Page.objects.all(), campaign).annotate(key=Cast("pk", CharField()))
        revisions = revisions.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=pages.values("key"),
        )
    revisions = list(revisions)
    objects = _objects_by_key(revisions)
    entries = []
    for revision in revisions:
        obj = objects.get((revision.base_content_type_id, revision.object_id))
        if obj is None:  # deleted since it was scheduled
            continue
        entries.append(
            Entry(
                kind=GO_LIVE,
                label="Changes go live" if getattr(obj, "live", False) else "Goes live",
                title=revision.object_str or str(obj),
                first_day=_local_date(revision.approved_go_live_at),
                last_day=_local_date(revision.approved_go_live_at),
                at=revision.approved_go_live_at,
                edit_url=finder.get_edit_url(obj),
            )
        )
    return entries


def _unscheduled(start, end, campaign, finder: AdminURLFinder) -> list[Entry]:
    """Drafts with a go-live date that nobody scheduled, shown apart: they will not go live."""
    pages = _in_campaign(Page.objects.all(), campaign)
    return [
        Entry(
            kind=NOT_SCHEDULED,
            label="Not scheduled: date set on a draft",
            title=item.title,
            first_day=_local_date(item.when),
            last_day=_local_date(item.when),
            at=item.when,
            edit_url=finder.get_edit_url(item.obj),
            draft=True,
        )
        for item in unscheduled_go_lives(start, end, pages, snippets=campaign is None)
    ]


def _objects_by_key(revisions: list[Revision]) -> dict[tuple[int, str], Model]:
    """The objects the revisions belong to, one query per base model (pages are fetched as
    plain pages: the calendar needs no more than their title, state and tree position)."""
    ids_by_type: dict[int, set[str]] = defaultdict(set)
    for revision in revisions:
        ids_by_type[revision.base_content_type_id].add(revision.object_id)
    objects = {}
    for type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        if model is None:  # the model's app was removed
            continue
        for obj in model._default_manager.filter(pk__in=ids):
            objects[(type_id, str(obj.pk))] = obj
    return objects


def _expiries(start, end, campaign, finder: AdminURLFinder) -> list[Entry]:
    entries = []
    for model in draft_state_models():
        if campaign is not None and model is not Page:
            continue  # snippets belong to no campaign
        objects = model._default_manager.filter(expire_at__gte=start, expire_at__lt=end)
        if model is Page:
            objects = _in_campaign(objects, campaign)
        entries += [
            Entry(
                kind=EXPIRY,
                label="Went offline" if obj.expired else "Goes offline",
                title=str(obj),
                first_day=_local_date(obj.expire_at),
                last_day=_local_date(obj.expire_at),
                at=obj.expire_at,
                edit_url=finder.get_edit_url(obj),
            )
            for obj in objects.order_by("expire_at")
        ]
    return entries


def _events(first, last, start, end, campaign, finder: AdminURLFinder) -> list[Entry]:
    events = EventPage.objects.filter(
        starts_at__lt=end + ZONE_MARGIN, ends_at__gt=start - ZONE_MARGIN
    ).order_by("starts_at")
    entries = []
    for event in _in_campaign(events, campaign):
        if event.all_day:
            # An all-day event is on its dates wherever the reader is.
            first_day, last_day, at = event.start_date, event.end_date or event.start_date, None
        else:
            # Its last moment, not its end: an event ending at midnight ends on the day before.
            first_day = _local_date(event.starts_at)
            last_day = max(first_day, _local_date(event.ends_at - dt.timedelta(microseconds=1)))
            at = event.starts_at
        if first_day > last or last_day < first:
            continue
        entries.append(
            Entry(
                kind=EVENT,
                label="Event",
                title=event.title,
                first_day=first_day,
                last_day=last_day,
                at=at,
                edit_url=finder.get_edit_url(event),
                draft=not event.live,
            )
        )
    return entries


def _weeks_of_action(first, last, campaign, finder: AdminURLFinder) -> list[Entry]:
    weeks = WeekOfActionPage.objects.filter(start_date__lte=last, end_date__gte=first)
    return [
        Entry(
            kind=WEEK_OF_ACTION,
            label="Week of action",
            title=week.title,
            first_day=week.start_date,
            last_day=max(week.start_date, week.end_date),
            edit_url=finder.get_edit_url(week),
            draft=not week.live,
        )
        for week in _in_campaign(weeks.order_by("start_date", "title"), campaign)
    ]


def _petition_closings(start, end, campaign, finder: AdminURLFinder) -> list[Entry]:
    petitions = PetitionPage.objects.filter(closes_at__gte=start, closes_at__lt=end)
    return [
        Entry(
            kind=PETITION_CLOSES,
            label="Petition closes",
            title=petition.title,
            first_day=_local_date(petition.closes_at),
            last_day=_local_date(petition.closes_at),
            at=petition.closes_at,
            edit_url=finder.get_edit_url(petition),
            draft=not petition.live,
        )
        for petition in _in_campaign(petitions.order_by("closes_at"), campaign)
    ]


def _in_campaign(pages: QuerySet, campaign: CampaignPage | None) -> QuerySet:
    return pages if campaign is None else pages.descendant_of(campaign)


def _lanes(ranges: list[Entry], week_first: dt.date, week_last: dt.date) -> list[list[Segment]]:
    """Lay the ranges that touch this week out in rows, each range in the first row where it
    overlaps nothing, and fill each row with segments and gaps spanning the seven days."""
    lanes: list[list[tuple[int, int, Entry]]] = []
    for entry in ranges:
        if entry.last_day < week_first or entry.first_day > week_last:
            continue
        begin = (max(entry.first_day, week_first) - week_first).days
        finish = (min(entry.last_day, week_last) - week_first).days
        for lane in lanes:
            if lane[-1][1] < begin:
                lane.append((begin, finish, entry))
                break
        else:
            lanes.append([(begin, finish, entry)])
    rows = []
    for lane in lanes:
        row, column = [], 0
        for begin, finish, entry in lane:
            if begin > column:
                row.append(Segment(span=begin - column))
            row.append(
                Segment(
                    span=finish - begin + 1,
                    entry=entry,
                    continues_before=entry.first_day < week_first,
                    continues_after=entry.last_day > week_last,
                )
            )
            column = finish + 1
        if column < DAYS_IN_WEEK:
            row.append(Segment(span=DAYS_IN_WEEK - column))
        rows.append(row)
    return rows


def _offset_changes_on(date: dt.date) -> bool:
    zone = site_zone()
    midnight = dt.datetime.combine(date, dt.time.min, zone)
    next_midnight = dt.datetime.combine(date + dt.timedelta(days=1), dt.time.min, zone)
    return midnight.utcoffset() != next_midnight.utcoffset()


def _local_date(moment: dt.datetime) -> dt.date:
    return moment.astimezone(site_zone()).date()


def _dates(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _add_months(first_of_month: dt.date, months: int) -> dt.date:
    index = first_of_month.year * 12 + first_of_month.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)
