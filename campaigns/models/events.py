import datetime as dt
from urllib.parse import quote_plus
from zoneinfo import ZoneInfo

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.urls import reverse
from django.utils import timezone
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

from actions.mixins import RSVPMixin, RSVPWidgetMixin
from campaigns.blocks import BodyStreamBlock
from campaigns.localized import in_locale
from home.seo import meta_description, organisation

from .base import (
    IntroMixin,
    ListingMixin,
    MenuLabelMixin,
    kept_in_sync,
    programme_pages,
    translated,
)
from .repeats import RepeatsMixin

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


class EventPage(RSVPWidgetMixin, RSVPMixin, RepeatsMixin, ListingMixin, Page):
    """An event: when and where (in the venue's own time zone), what it costs, who it is for,
    access information and who organises it."""

    # Moving the dates of a repeating event tells attendees too (actions.reminders).
    schedule_fields = (*RSVPMixin.schedule_fields, *RepeatsMixin.schedule_fields)

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
    feedback_emails = models.BooleanField(
        _("ask attendees for feedback"),
        default=True,
        help_text=_(
            "Two hours after the event ends, email each person who came a link to a short "
            "form: how it was, what to do better, whether they would come again or help."
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
        MultiFieldPanel(RepeatsMixin.repeat_panels, heading=_("Repeats")),
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
            [
                FieldPanel("rsvp_enabled"),
                FieldPanel("capacity"),
                FieldPanel("feedback_emails"),
                *RSVPMixin.rsvp_panels,
            ],
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
            "feedback_emails",
            "ask_for_proof_of_work",
            "remind_day_before",
            "remind_morning_of",
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
