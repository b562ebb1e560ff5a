"""The campaign calendar: what happens on each day of a week or a month, in the site's zone.

Everything an editor plans around, in one place: scheduled go-lives and expiries of pages and
snippets (read by editorial/schedule.py, as the dashboard reads them), drafts with a date
nobody scheduled, events, weeks of action and petition closing dates. Which days a view shows,
and where a day begins and ends, is editorial/calendar_grid.py. The queries are a fixed number
per calendar, whatever it holds: one per kind of entry, plus one per kind of object that has a
go-live scheduled.

`build_calendar()` is what the admin view calls; the dataclasses are what templates read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils import dateformat, formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page

from campaigns.models import CampaignPage, EventPage, PetitionPage, WeekOfActionPage
from common.timezones import ZONED_FORMAT, format_zoned, site_zone

from . import calendar_grid as grid
from .schedule import (
    NOT_SCHEDULED,
    ScheduledItem,
    scheduled_expiries,
    scheduled_go_lives,
    unscheduled_go_lives,
)

EVENT = "event"
WEEK_OF_ACTION = "week-of-action"
PETITION_CLOSES = "petition-closes"

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
        return format_zoned(self.at, ZONED_FORMAT)

    @property
    def dates_label(self) -> str:
        """e.g. "Mon 26 Sep – Sun 2 Oct"."""
        return f"{_day_label(self.first_day)} – {_day_label(self.last_day)}"

    def sort_key(self) -> tuple:
        # All-day entries first, then by time, then by title.
        return (self.first_day, self.at is not None, self.at or dt.datetime.min, self.title)


@dataclass
class Calendar:
    view: str
    anchor: dt.date
    first_day: dt.date
    last_day: dt.date
    weeks: list[grid.Week]
    campaign: CampaignPage | None
    entry_count: int
    # Days on which the site's clocks change (daylight saving starts or ends).
    clock_changes: list[dt.date] = field(default_factory=list)

    @property
    def days(self) -> list[grid.Day]:
        return [day for week in self.weeks for day in week.days if day.in_period]

    @property
    def title(self) -> str:
        if self.view == grid.WEEK:
            # "Week of 26 September 2016", "Semana del 26 de septiembre de 2016".
            day = formats.date_format(self.first_day, "LONG_DATE_FORMAT")
            return gettext("Week of %(day)s") % {"day": day}
        return capfirst(formats.date_format(self.anchor, "YEAR_MONTH_FORMAT"))


def _day_label(day: dt.date) -> str:
    """e.g. "Mon 26 Sep", "lun 26 sep": the weekday, then the day as the language writes it."""
    return f"{dateformat.format(day, 'D')} {formats.date_format(day, 'SHORT_DAY_MONTH_FORMAT')}"


def today() -> dt.date:
    return timezone.localdate(timezone=site_zone())


def build_calendar(view: str, anchor: dt.date, campaign: CampaignPage | None, user) -> Calendar:
    """The calendar of `view` ("week", "month" or "list") around `anchor`, limited to the
    descendants of `campaign` when given, with links to the editors `user` may open."""
    first, last, _, _ = grid.period(view, anchor)
    entries = gather_entries(first, last, campaign, user)
    return Calendar(
        view=view,
        anchor=anchor,
        first_day=first,
        last_day=last,
        weeks=grid.weeks(view, anchor, today(), entries),
        campaign=campaign,
        entry_count=len(entries),
        clock_changes=grid.clock_changes(first, last, site_zone()),
    )


def gather_entries(
    first: dt.date, last: dt.date, campaign: CampaignPage | None, user
) -> list[Entry]:
    """Every entry on a day from `first` to `last` (site-zone dates, inclusive), in order."""
    start, end = grid.day_bounds(first, last, site_zone())
    finder = AdminURLFinder(user)
    pages = None if campaign is None else _in_campaign(Page.objects.all(), campaign)
    scheduled = [
        *scheduled_go_lives(start, end, pages),
        *unscheduled_go_lives(start, end, pages),
        *scheduled_expiries(start, end, pages),
    ]
    entries = [
        *(_scheduled_entry(item, finder) for item in scheduled),
        *_events(first, last, start, end, campaign, finder),
        *_weeks_of_action(first, last, campaign, finder),
        *_petition_closings(start, end, campaign, finder),
    ]
    return sorted(entries, key=Entry.sort_key)


def _scheduled_entry(item: ScheduledItem, finder: AdminURLFinder) -> Entry:
    day = _local_date(item.when)
    return Entry(
        kind=item.kind,
        label=item.label,
        title=item.title,
        first_day=day,
        last_day=day,
        at=item.when,
        edit_url=finder.get_edit_url(item.obj),
        # A draft with a date nobody scheduled will not go live: it is shown apart.
        draft=item.kind == NOT_SCHEDULED,
    )


def _events(first, last, start, end, campaign, finder: AdminURLFinder) -> list[Entry]:
    events = EventPage.objects.filter(
        starts_at__lt=end + ZONE_MARGIN, ends_at__gt=start - ZONE_MARGIN
    ).order_by("starts_at")
    entries = []
    for event in _in_campaign(events, campaign):
        if event.all_day:
            # An all-day event is on its dates wherever the reader is.
            first_day, last_day = event.start_date, event.end_date or event.start_date
            times = [(first_day, last_day, None)]
        else:
            # A repeating event is on each of its dates (its stored times span them all).
            times = []
            for starts_at, ends_at in event.occurrences():
                # Its last moment, not its end: an event ending at midnight ends the day before.
                first_day = _local_date(starts_at)
                last_day = max(first_day, _local_date(ends_at - dt.timedelta(microseconds=1)))
                times.append((first_day, last_day, starts_at))
        for first_day, last_day, at in times:
            if first_day > last or last_day < first:
                continue
            entries.append(
                _page_entry(event, EVENT, gettext("Event"), first_day, last_day, at, finder)
            )
    return entries


def _weeks_of_action(first, last, campaign, finder: AdminURLFinder) -> list[Entry]:
    weeks = WeekOfActionPage.objects.filter(start_date__lte=last, end_date__gte=first)
    return [
        _page_entry(
            week,
            WEEK_OF_ACTION,
            gettext("Week of action"),
            week.start_date,
            max(week.start_date, week.end_date),
            None,
            finder,
        )
        for week in _in_campaign(weeks.order_by("start_date", "title"), campaign)
    ]


def _petition_closings(start, end, campaign, finder: AdminURLFinder) -> list[Entry]:
    petitions = PetitionPage.objects.filter(closes_at__gte=start, closes_at__lt=end)
    return [
        _page_entry(
            petition,
            PETITION_CLOSES,
            gettext("Petition closes"),
            _local_date(petition.closes_at),
            _local_date(petition.closes_at),
            petition.closes_at,
            finder,
        )
        for petition in _in_campaign(petitions.order_by("closes_at"), campaign)
    ]


def _page_entry(
    page: Page,
    kind: str,
    label: str,
    first_day: dt.date,
    last_day: dt.date,
    at: dt.datetime | None,
    finder: AdminURLFinder,
) -> Entry:
    """A page's own date on the calendar (an event, a week of action, a closing date), marked
    as a draft while the page is not live."""
    return Entry(
        kind=kind,
        label=label,
        title=page.title,
        first_day=first_day,
        last_day=last_day,
        at=at,
        edit_url=finder.get_edit_url(page),
        draft=not page.live,
    )


def _in_campaign(pages: QuerySet, campaign: CampaignPage | None) -> QuerySet:
    return pages if campaign is None else pages.descendant_of(campaign)


def _local_date(moment: dt.datetime) -> dt.date:
    return grid.local_date(moment, site_zone())
