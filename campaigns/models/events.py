import datetime as dt
from urllib.parse import quote_plus
from zoneinfo import ZoneInfo

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from actions.mixins import RSVPMixin
from campaigns.blocks import BodyStreamBlock
from campaigns.localized import in_locale
from common import recurrence
from common.recurrence import MAX_OCCURRENCES, Repeat
from home.seo import meta_description, organisation

from .base import (
    IntroMixin,
    ListingMixin,
    MenuLabelMixin,
    kept_in_sync,
    programme_pages,
    translated,
)

PAST_EVENTS_PER_PAGE = 12

# The zones US campaigns hold events in, named the way editors know them.
TIME_ZONES = [
    ("America/New_York", _("Eastern (New York, Washington DC)")),
    ("America/Chicago", _("Central (Chicago, Houston)")),
    ("America/Denver", _("Mountain (Denver)")),
    ("America/Phoenix", _("Arizona (no daylight saving)")),
    ("America/Los_Angeles", _("Pacific (Los Angeles, Seattle)")),
    ("America/Anchorage", _("Alaska")),
    ("Pacific/Honolulu", _("Hawaii")),
    ("America/Puerto_Rico", _("Puerto Rico")),
    ("UTC", _("UTC (online events across zones)")),
]


def default_time_zone() -> str:
    return settings.TIME_ZONE


def by_next_date(events) -> list:
    """Upcoming events soonest first by their next date: a repeating event that began months
    ago sorts by its next occurrence, not its first (worked out in Python: no query)."""
    return sorted(events, key=lambda event: (event.local_start, event.pk))


class EventIndexPage(MenuLabelMixin, IntroMixin, Page):
    """A campaign's events: upcoming ones first, with an archive of past events."""

    default_menu_label = _("Events")

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    override_translatable_fields = [
        *MenuLabelMixin.menu_translatable_fields,
        *IntroMixin.intro_translatable_fields,
    ]
    parent_page_types = ["campaigns.CampaignPage", "campaigns.HomePage"]
    subpage_types = ["campaigns.EventPage"]

    page_description = _("The page that lists upcoming events, with an archive of past ones.")

    class Meta:
        verbose_name = _("event index")

    def events(self):
        return EventPage.objects.live().public().descendant_of(self).select_related("listing_image")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        past = self.events().filter(ends_at__lt=now).order_by("-starts_at")
        paginator = Paginator(past, PAST_EVENTS_PER_PAGE)
        try:
            past_page = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            past_page = paginator.page(1)
        context.update(
            upcoming_events=by_next_date(self.events().filter(ends_at__gte=now)),
            past_events=past_page,
        )
        return context


class EventPage(RSVPMixin, ListingMixin, Page):
    """An event: when and where (in the venue's own time zone), what it costs, who it is for,
    access information and who organises it."""

    start_date = models.DateField(help_text=_("The day the event starts."))
    start_time = models.TimeField(
        null=True, blank=True, help_text=_("Leave the times empty for an all-day event.")
    )
    end_date = models.DateField(
        null=True, blank=True, help_text=_("Only if it runs over several days.")
    )
    end_time = models.TimeField(null=True, blank=True)
    time_zone = models.CharField(
        max_length=40,
        choices=TIME_ZONES,
        default=default_time_zone,
        help_text=_("The time zone of the venue: the times above are in it."),
    )
    # A repeating event: from its first start to its last occurrence's end (so it is listed
    # as upcoming until then); the page works out each occurrence (`occurrences`).
    starts_at = models.DateTimeField(editable=False, db_index=True)
    ends_at = models.DateTimeField(editable=False, db_index=True)
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

    venue_name = models.CharField(
        max_length=200, blank=True, help_text=_("e.g. 'Adelanto Stadium'.")
    )
    address = models.CharField(
        max_length=300, blank=True, help_text=_("Street, city and state. A map link is added.")
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("For online events: where to join.")
    )
    admission = models.CharField(
        max_length=200, blank=True, help_text=_("What it costs, e.g. 'Free with RSVP'.")
    )
    age_policy = models.CharField(max_length=300, blank=True, help_text=_("e.g. 'All ages'."))
    accessibility = models.TextField(
        blank=True,
        help_text=_("Step-free access, ASL, childcare, seating, quiet space, how to ask for help."),
    )
    languages = models.CharField(
        max_length=200, blank=True, help_text=_("e.g. 'English and Spanish (interpretation)'.")
    )
    hashtag = models.CharField(
        max_length=100, blank=True, help_text=_("e.g. '#SchoolsNotPrisons'.")
    )
    performers = models.TextField(
        _("performers or speakers"), blank=True, help_text=_("One name per line.")
    )
    body = StreamField(BodyStreamBlock(), blank=True)
    rsvp_enabled = models.BooleanField(
        _("take RSVPs"), default=True, help_text=_("Show the RSVP form on the event page.")
    )
    capacity = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text=_(
            "Places available, guests included. Leave empty for no limit; once full, "
            "new RSVPs join a waitlist."
        ),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("repeat"),
                FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
                FieldPanel("skipped_dates"),
            ],
            heading=_("Repeats"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue_name"), FieldPanel("address"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("admission"),
                FieldPanel("age_policy"),
                FieldPanel("accessibility"),
                FieldPanel("languages"),
            ],
            heading=_("Who it is for"),
        ),
        MultiFieldPanel(
            [FieldPanel("performers"), FieldPanel("hashtag")], heading=_("Who is involved")
        ),
        MultipleChooserPanel(
            "cohost_links",
            chooser_field_name="organisation",
            heading=_("Co-hosting organisations"),
            label=_("Co-host"),
            help_text=_(
                "In the order the page lists them. Search for an organisation, or add a "
                "new one from the chooser: it is kept under Campaign lists → Organisations."
            ),
        ),
        *ListingMixin.listing_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("rsvp_enabled"), FieldPanel("capacity"), *RSVPMixin.rsvp_panels],
            heading=_("RSVP"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        *ListingMixin.listing_search_fields,
        index.SearchField("venue_name"),
        index.SearchField("address"),
        index.SearchField("performers"),
        index.SearchField("hashtag"),
        index.SearchField("body"),
        index.FilterField("starts_at"),
    ]
    # One event in two languages: the same times, zone, places and RSVP list. Who it is for
    # and how to get in are translated; the venue, address, performers and hashtag are names,
    # copied, and a translator may still write them the Spanish way.
    override_translatable_fields = [
        *translated("admission", "age_policy", "accessibility", "languages", "body"),
        *ListingMixin.listing_translatable_fields,
        *kept_in_sync(
            "start_date",
            "start_time",
            "end_date",
            "end_time",
            "time_zone",
            "repeat",
            "repeat_until",
            "repeat_count",
            "skipped_dates",
            "rsvp_enabled",
            "capacity",
            "ask_for_proof_of_work",
            "cohost_links",
        ),
        SynchronizedField("venue_name"),
        SynchronizedField("address"),
        SynchronizedField("online_url"),
        SynchronizedField("performers"),
        SynchronizedField("hashtag"),
    ]

    parent_page_types = ["campaigns.EventIndexPage"]
    subpage_types = []

    page_description = _(
        "A rally, meeting, concert or online call that people RSVP to, with time, place "
        "and access details."
    )

    class Meta:
        verbose_name = _("event")

    @property
    def all_day(self) -> bool:
        return self.start_time is None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def compute_times(self) -> tuple[dt.datetime, dt.datetime]:
        """The event's start and end as aware datetimes, from the local dates and times."""
        end_date = self.end_date or self.start_date
        if self.all_day:
            start = dt.datetime.combine(self.start_date, dt.time.min, self.zone)
            end = dt.datetime.combine(end_date + dt.timedelta(days=1), dt.time.min, self.zone)
            return start, end
        start = dt.datetime.combine(self.start_date, self.start_time, self.zone)
        if self.end_time:
            end = dt.datetime.combine(end_date, self.end_time, self.zone)
        else:
            end = start + dt.timedelta(hours=2)
        return start, end

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

    def clean(self):
        super().clean()
        if self.end_time and not self.start_time:
            raise ValidationError({"start_time": _("Add a start time, or clear the end time.")})
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date is before the start date.")})
        if self.start_date and self.start_time:
            start, end = self.compute_times()
            if end <= start:
                raise ValidationError({"end_time": _("The event ends before it starts.")})
        if self.start_date:
            self.clean_repeat()
            # A preview renders the cleaned form without saving: give it the times as typed.
            self.starts_at, self.ends_at = self.series_times()

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

    def save(self, *args, **kwargs):
        self.starts_at, self.ends_at = self.series_times()
        super().save(*args, **kwargs)

    @property
    def local_start(self) -> dt.datetime:
        """When the event (its next occurrence, for a repeating one) starts, in its zone."""
        if self.repeats:
            return self.next_occurrence[0]
        return self.starts_at.astimezone(self.zone)

    @property
    def local_end(self) -> dt.datetime:
        if self.repeats:
            return self.next_occurrence[1]
        return self.ends_at.astimezone(self.zone)

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()

    @property
    def map_url(self) -> str:
        """A link to the address on OpenStreetMap: readers open it; the page loads no map."""
        if not self.address:
            return ""
        query = ", ".join(part for part in [self.venue_name, self.address] if part)
        return f"https://www.openstreetmap.org/search?query={quote_plus(query)}"

    @property
    def cohosts(self) -> list:
        """The co-hosting organisations, in order, in the page's language where they are
        translated (in a preview, the form's unsaved rows)."""
        organisations = [link.organisation for link in self.cohost_links.all()]
        return in_locale(organisations, self.locale_id)

    @property
    def performer_list(self) -> list[str]:
        return [line.strip() for line in self.performers.splitlines() if line.strip()]

    @property
    def listing_label(self) -> str:
        return gettext("Past event") if self.is_past else gettext("Event")

    def listed_on(self) -> list[Page | str]:
        """The calendar feeds and the weeks of action that list this event."""
        campaign = apps.get_model("campaigns", "CampaignPage").for_page(self)
        feeds = [reverse("feeds:events")]
        if campaign:
            feeds.append(reverse("feeds:campaign_events", args=[campaign.slug]))
        return [*feeds, *programme_pages(self)]

    def structured_data(self, request, site_settings, image) -> dict:
        """schema.org Event: when (in the event's zone), where (a place, online or both)."""
        if self.all_day:
            start, end = self.start_date.isoformat(), (self.end_date or self.start_date).isoformat()
        else:
            start, end = self.local_start.isoformat(), self.local_end.isoformat()
        places = []
        if self.venue_name or self.address:
            place = {"@type": "Place", "name": self.venue_name or self.address}
            if self.address:
                place["address"] = self.address
            places.append(place)
        if self.online_url:
            places.append({"@type": "VirtualLocation", "url": self.online_url})
        mode = "Mixed" if len(places) == 2 else ("Online" if self.online_url else "Offline")
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "url": self.get_full_url(request),
            "startDate": start,
            "endDate": end,
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": f"https://schema.org/{mode}EventAttendanceMode",
            "image": [image.url],
            "description": meta_description(self),
            "organizer": organisation(site_settings, request),
        }
        if places:
            data["location"] = places if len(places) > 1 else places[0]
        if self.performer_list:
            data["performer"] = [
                {"@type": "PerformingGroup", "name": name} for name in self.performer_list
            ]
        if "free" in self.admission.lower():
            data["isAccessibleForFree"] = True
        return data


class EventCohost(Orderable):
    """One organisation co-hosting an event, in the order the page lists them."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="cohost_links")
    organisation = models.ForeignKey(
        "campaigns.Organisation", on_delete=models.CASCADE, related_name="cohosted_event_links"
    )

    panels = [FieldPanel("organisation")]

    class Meta(Orderable.Meta):
        verbose_name = _("co-hosting organisation")
