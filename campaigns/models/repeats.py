"""A repeat rule for an event page (a weekly or monthly organising call): the fields editors
fill in, its checks, and every date it makes, worked out by common.recurrence."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from common import recurrence
from common.recurrence import MAX_OCCURRENCES, Repeat


class RepeatsMixin(models.Model):
    """The repeat fields of EventPage and the dates they make. The page provides the first
    date's `start_date`, `start_time`, `end_date`, `end_time`, `all_day`, `zone` and
    `compute_times()`; put `repeat_panels` in a panel of its own."""

    # What decides the dates: a change is a change of time attendees are told of.
    schedule_fields = ("repeat", "repeat_until", "repeat_count", "skipped_dates")

    repeat = models.CharField(
        _("repeats"),
        max_length=20,
        choices=Repeat.choices,
        default=Repeat.NEVER,
        blank=True,
        help_text=_(
            "For a meeting or call that happens again at the same time, e.g. a monthly "
            "organising call. The weekday and date come from the start date: an event on "
            "Tuesday 3 March repeats on the first Tuesday of each month. The time stays the "
            "same local time when the clocks change. Readers RSVP to one date at a time."
        ),
    )
    repeat_until = models.DateField(
        _("repeats until"),
        null=True,
        blank=True,
        help_text=_("The last day it may take place. Or give a number of times instead."),
    )
    repeat_count = models.PositiveSmallIntegerField(
        _("number of times"),
        null=True,
        blank=True,
        # The bound is recurrence.MAX_OCCURRENCES (clean_repeat says so when it is passed).
        help_text=_("How many times it takes place, the first included (at most 60)."),
    )
    # Plain text, not rows of their own: no query to read them, and an editor's form (or an
    # old test's post) without them is still complete.
    skipped_dates = models.TextField(
        _("skipped dates"),
        blank=True,
        help_text=_(
            "Dates it does not take place (a holiday), one a line, as year-month-day, e.g. "
            "2027-07-06. Each must be one of the dates it repeats on."
        ),
    )

    repeat_panels = [
        FieldPanel("repeat"),
        FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
        FieldPanel("skipped_dates"),
    ]

    class Meta:
        abstract = True

    @property
    def repeats(self) -> bool:
        return bool(self.repeat)

    def _skipped(self) -> set[dt.date]:
        """The skipped dates that read as dates (clean_repeat refuses the others)."""
        days = set()
        for line in self.skipped_dates.split():
            try:
                days.add(dt.date.fromisoformat(line))
            except ValueError:
                continue
        return days

    def occurrence_times(self, start: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
        """(start, end) of the occurrence starting at `start`, in the event's zone: it ends
        on the same local clock time as the first one, whatever daylight saving did."""
        start = start.astimezone(self.zone)
        first_start, first_end = self.compute_times()
        if not self.end_time:
            return start, start + (first_end - first_start)
        days = (self.end_date or self.start_date) - self.start_date
        return start, dt.datetime.combine(start.date() + days, self.end_time, self.zone)

    def occurrences(self) -> list[tuple[dt.datetime, dt.datetime]]:
        """Every (start, end) of the event, in its zone: one for a one-off event."""
        key = (
            self.repeat,
            self.start_date,
            self.start_time,
            self.end_date,
            self.end_time,
            self.time_zone,
            self.repeat_until,
            self.repeat_count,
            self.skipped_dates,
        )
        cached = self.__dict__.get("_occurrences")
        if cached and cached[0] == key:
            return cached[1]
        if not self.repeats or self.all_day:
            times = [self.compute_times()]
        else:
            first, _end = self.compute_times()
            starts = recurrence.occurrence_starts(
                self.repeat,
                first,
                self.zone,
                until=self.repeat_until,
                count=self.repeat_count,
                skipped=self._skipped(),
            )
            times = [self.occurrence_times(start) for start in starts]
        self.__dict__["_occurrences"] = (key, times)
        return times

    def upcoming_occurrences(self, now: dt.datetime | None = None) -> list[tuple]:
        """The occurrences not over yet, soonest first."""
        now = now or timezone.now()
        return [times for times in self.occurrences() if times[1] >= now]

    def open_occurrences(self, now: dt.datetime | None = None) -> list[tuple]:
        """The occurrences that still take RSVPs: those that have not started."""
        now = now or timezone.now()
        return [times for times in self.occurrences() if times[0] > now]

    def occurrence_on(self, day: dt.date | str) -> tuple[dt.datetime, dt.datetime] | None:
        """The occurrence on a local date ("2026-03-03" in a form or an address), or None."""
        if isinstance(day, str):
            try:
                day = dt.date.fromisoformat(day)
            except ValueError:
                return None
        return next((times for times in self.occurrences() if times[0].date() == day), None)

    @property
    def next_occurrence(self) -> tuple[dt.datetime, dt.datetime]:
        """The occurrence a listing shows: the next one not over yet, else the last one."""
        upcoming = self.upcoming_occurrences()
        return upcoming[0] if upcoming else self.occurrences()[-1]

    @property
    def repeat_description(self) -> str:
        """The rule in words, e.g. "Every month on the first Tuesday, until 1 December 2027"."""
        if not self.repeats:
            return ""
        return recurrence.describe(
            self.repeat, self.start_date, until=self.repeat_until, count=self.repeat_count
        )

    def calendar_rule(self) -> tuple[dict, list[dt.datetime]] | None:
        """The RRULE and the EXDATEs (local starts of skipped dates) for calendar files."""
        if not self.repeats or self.all_day:
            return None
        first, _end = self.compute_times()
        rule = recurrence.ical_rule(
            self.repeat, first, self.zone, until=self.repeat_until, count=self.repeat_count
        )
        skipped = sorted(
            dt.datetime.combine(day, self.start_time, self.zone) for day in self._skipped()
        )
        return rule, skipped

    def clean_repeat(self):
        """A repeat rule editors can trust: bounded, with dates that exist every month."""
        if not self.repeats:
            return
        if self.all_day:
            raise ValidationError({"repeat": _("A repeating event needs a start time.")})
        if self.end_date and (self.end_date - self.start_date).days > 1:
            raise ValidationError(
                {"end_date": _("A repeating event ends on the day it starts or the next day.")}
            )
        if self.repeat_until and self.repeat_count:
            raise ValidationError(
                {"repeat_count": _("Give an until date or a number of times, not both.")}
            )
        if not self.repeat_until and not self.repeat_count:
            raise ValidationError(
                {"repeat_until": _("Say until when it repeats, or how many times it takes place.")}
            )
        if self.repeat_until and self.repeat_until <= self.start_date:
            raise ValidationError(
                {"repeat_until": _("The until date is not after the start date.")}
            )
        if self.repeat_count is not None and not 2 <= self.repeat_count <= MAX_OCCURRENCES:
            raise ValidationError(
                {"repeat_count": _("Give a number from 2 to %(max)s.") % {"max": MAX_OCCURRENCES}}
            )
        if self.repeat == Repeat.MONTHLY_WEEKDAY and recurrence.week_of_month(self.start_date) == 5:
            raise ValidationError(
                {
                    "repeat": _(
                        "Not every month has a fifth %(weekday)s: choose “the last of that "
                        "weekday” instead."
                    )
                    % {"weekday": formats.date_format(self.start_date, "l")}
                }
            )
        if self.repeat == Repeat.MONTHLY_LAST_WEEKDAY and not recurrence.is_last_weekday(
            self.start_date
        ):
            raise ValidationError(
                {
                    "repeat": _(
                        "The start date is not the last %(weekday)s of its month: choose "
                        "“the same weekday” or change the start date."
                    )
                    % {"weekday": formats.date_format(self.start_date, "l")}
                }
            )
        if self.repeat == Repeat.MONTHLY_DATE and self.start_date.day > 28:
            raise ValidationError(
                {
                    "repeat": _(
                        "Some months have no day %(day)s: start on the 28th or before, or repeat "
                        "on the last of that weekday."
                    )
                    % {"day": self.start_date.day}
                }
            )
        first, _end = self.compute_times()
        limit = MAX_OCCURRENCES + 1
        made = recurrence.rule_dates(
            self.repeat, first, until=self.repeat_until, count=self.repeat_count, limit=limit
        )
        if len(made) > MAX_OCCURRENCES:
            raise ValidationError(
                {
                    "repeat_until": _(
                        "That makes more than %(max)s dates: choose an earlier until date."
                    )
                    % {"max": MAX_OCCURRENCES}
                }
            )
        for line in self.skipped_dates.split():
            try:
                dt.date.fromisoformat(line)
            except ValueError:
                raise ValidationError(
                    {
                        "skipped_dates": _(
                            "“%(line)s” is not a date: write it as year-month-day, e.g. 2027-07-06."
                        )
                        % {"line": line[:20]}
                    }
                ) from None
        strays = sorted(self._skipped() - made)
        if strays:
            raise ValidationError(
                {
                    "skipped_dates": _(
                        "%(date)s is not one of the dates the event repeats on: remove that "
                        "skipped date."
                    )
                    % {"date": formats.date_format(strays[0], "DATE_FORMAT")}
                }
            )
        if not self.occurrences():
            message = _("Every date is skipped: the event would never take place.")
            raise ValidationError({"skipped_dates": message})

    def series_times(self) -> tuple[dt.datetime, dt.datetime]:
        """From the first occurrence's start to the last one's end."""
        times = self.occurrences()
        return times[0][0], times[-1][1]
