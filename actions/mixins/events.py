from datetime import UTC, datetime
from urllib.parse import urlsplit

from django.db import models
from django.http import HttpResponse
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path

from actions import feedback_views
from actions.forms import RSVPForm
from actions.models import RSVP
from actions.services.rsvps import cancel_rsvp, find_rsvp, places_left, rsvp_to_event
from actions.tokens import CANCEL_RSVP, read_token
from common.calendar import CalendarEvent, event_calendar
from common.links import page_link, site_url
from common.sharing import share_kit
from common.timezones import format_zoned

from .base import see_other
from .proof_of_work import ProofOfWorkSubmissionMixin

# How many of a repeating event's next dates its page lists.
NEXT_DATES = 6
THANK_YOU_ROUTES = {RSVP.Status.GOING: "rsvp_going", RSVP.Status.WAITLIST: "rsvp_waitlist"}
# What attendees are told about when and where: a change to any of them once the event is
# published emails them (actions.reminders). `starts_at`/`ends_at` cover the dates, the times
# and all-day; the zone is compared too, since the same instant reads differently in another.
SCHEDULE_FIELDS = ("starts_at", "ends_at", "time_zone", "venue_name", "address", "online_url")
# Calendar files count their SEQUENCE in seconds from here (see `calendar_sequence`).
SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


def occurrence_label(start: datetime) -> str:
    """One date of a repeating event, in its zone and naming it: "Tuesday 3 March 2026, 6:00
    PM PST" (`start` is aware in the event's zone)."""
    fmt = f"{formats.get_format('WEEKDAY_DATE_FORMAT')}, {formats.get_format('CLOCK_FORMAT')} T"
    return format_zoned(start, fmt, zone=start.tzinfo)


class RSVPMixin(ProofOfWorkSubmissionMixin):
    """Lets readers RSVP to an event page, with an optional capacity and a waitlist, a
    calendar file and a private cancel link. RSVPs close when the event starts.

    A repeating event (the page's `occurrences`) takes RSVPs per date: the reader picks one
    (the next by default), each date has its own places and waitlist, and an RSVP stores the
    date's start (RSVP.occurrence_start), which its email, calendar file and cancel link use.

    The page provides what actions.contracts.EventPageContract names. Put `rsvp_panels` in
    the page's RSVP panel."""

    # A change to any of these once published emails attendees; a page adds its own (a
    # repeat rule) by extending it.
    schedule_fields = SCHEDULE_FIELDS

    remind_day_before = models.BooleanField(
        gettext_lazy("Email a reminder the day before"),
        default=True,
        help_text=gettext_lazy(
            "At 10 AM the day before, in the event's time zone, everyone with a place is "
            "emailed the time, the place, a calendar file and their link to cancel."
        ),
    )
    remind_morning_of = models.BooleanField(
        gettext_lazy("Email a reminder the morning of the event"),
        default=True,
        help_text=gettext_lazy(
            "At 7 AM on the day, in the event's time zone, everyone with a place is emailed "
            "the time and the place. For an event that starts before 8 AM, it goes at 7 PM "
            "the evening before."
        ),
    )
    schedule_changed_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text=gettext_lazy(
            "When the time or place of the published event last changed: attendees are "
            "emailed the new details."
        ),
    )

    rsvp_panels = [
        FieldPanel("remind_day_before"),
        FieldPanel("remind_morning_of"),
        *ProofOfWorkSubmissionMixin.proof_of_work_panels,
    ]

    form_class = RSVPForm
    form_context_name = "rsvp_form"
    rate_limit_bucket = "rsvp"

    class Meta:
        abstract = True

    def accepts_submissions(self) -> bool:
        if not self.repeats:
            return self.rsvp_enabled and self.starts_at > timezone.now()
        return self.rsvp_enabled and bool(self.open_occurrences())

    def rsvp_occurrence(self, day: str | None = None) -> datetime | None:
        """The start of the date an RSVP is for: the one on `day` ("2026-03-03") if it still
        takes RSVPs, else the next that does; None for a one-off event (or none left)."""
        if not self.repeats:
            return None
        open_starts = [start for start, _end in self.open_occurrences()]
        chosen = self.occurrence_on(day) if day else None
        if chosen and chosen[0] in open_starts:
            return chosen[0]
        return open_starts[0] if open_starts else None

    def rsvp_places_left(self, occurrence: datetime | None = None) -> int | None:
        """Places left (guests count), or None when the event has no limit; for a repeating
        event, of `occurrence` (by default the next date taking RSVPs)."""
        if occurrence is None:
            occurrence = self.rsvp_occurrence()
        return places_left(self, occurrence)

    def get_form_kwargs(self) -> dict:
        kwargs = super().get_form_kwargs()
        if self.repeats:
            kwargs["occurrences"] = [
                (start.date().isoformat(), occurrence_label(start))
                for start, _end in self.open_occurrences()
            ]
        return kwargs

    def supporter_data_ends_at(self) -> datetime | None:
        return self.ends_at if self.ends_at <= timezone.now() else None

    def save(self, *args, **kwargs):
        """Note when a save changes the time or place attendees were told: the row holds the
        live version (drafts are revisions), so the row before this save is what they saw.
        Saving a draft writes only Wagtail's own columns and compares nothing."""
        update_fields = kwargs.get("update_fields")
        if self.pk and (update_fields is None or set(update_fields) & set(self.schedule_fields)):
            before = (
                type(self)
                .objects.filter(pk=self.pk)
                .values(*self.schedule_fields, "schedule_changed_at")
                .first()
            )
            if before and any(before[name] != getattr(self, name) for name in self.schedule_fields):
                self.schedule_changed_at = timezone.now()
            elif before and before["schedule_changed_at"]:
                # A revision carries the value from when it was drafted: never go back.
                ours = self.schedule_changed_at or before["schedule_changed_at"]
                self.schedule_changed_at = max(before["schedule_changed_at"], ours)
            if before and update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "schedule_changed_at"}
        super().save(*args, **kwargs)

    @property
    def calendar_sequence(self) -> int:
        """The calendar file's SEQUENCE: a calendar app that has the event replaces its entry
        only with a higher one. Seconds from 2024 to the last change of time or place, so it
        rises with every change and the same rule serves each translation of the event (each
        has its own calendar UID) without a counter to keep in step; 0 before any change."""
        if self.schedule_changed_at is None:
            return 0
        return max(int((self.schedule_changed_at - SEQUENCE_EPOCH).total_seconds()), 1)

    def calendar_event(self, url: str, occurrence: datetime | None = None) -> CalendarEvent:
        """This event as plain calendar data; `url` is the page's absolute address.

        A repeating event is one entry with its repeat rule, from its first start on the local
        clock in its zone (so calendar apps keep 6 pm across daylight saving), minus its
        skipped dates; with `occurrence`, just that date (an RSVP's own calendar file)."""
        host = urlsplit(url).hostname or "campaign"
        uid = f"event-{self.pk}@{host}"
        rule, skipped = None, ()
        if self.all_day:
            start, end = self.local_start.date(), self.local_end.date()
        elif not self.repeats:
            start, end = self.starts_at, self.ends_at
        elif occurrence is not None:
            start, end = self.occurrence_times(occurrence)
            uid = f"event-{self.pk}-{start:%Y%m%d}@{host}"
        else:
            start, end = self.compute_times()
            rule, skipped = self.calendar_rule()
        place = ", ".join(part for part in [self.venue_name, self.address] if part)
        return CalendarEvent(
            uid=uid,
            title=self.title,
            start=start,
            end=end,
            url=url,
            location=place or self.online_url,
            description=self.summary,
            rule=rule,
            skipped=tuple(skipped),
            sequence=self.calendar_sequence,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            rsvp_form=self.get_form(),
            rsvp_open=self.accepts_submissions(),
            rsvp_places_left=self.rsvp_places_left() if self.rsvp_enabled else None,
            # Where actions.js reads the places left now: the page may come from a cache.
            rsvp_places_url=reverse("actions:event_places", args=[self.pk]) if self.pk else "",
            rsvp_step="form",
            event_dates=[
                occurrence_label(start) for start, _end in self.upcoming_occurrences()[:NEXT_DATES]
            ]
            if self.repeats
            else [],
        )
        return context

    def process_submission(self, request, form, screening):
        occurrence = self.rsvp_occurrence(form.cleaned_data.get("occurrence"))
        result = rsvp_to_event(
            self,
            form.cleaned_data,
            base_url=site_url(request),
            screening=screening,
            language=self.submission_language(request),
            occurrence=occurrence,
        )
        return see_other(self.get_thank_you_url(request, result.status, occurrence))

    def get_thank_you_url(
        self, request, status: str = RSVP.Status.GOING, occurrence: datetime | None = None
    ) -> str:
        # The date is in the address, not the session: the step names it and offers its
        # calendar file, and a date is nothing personal.
        route = self.reverse_subpage(THANK_YOU_ROUTES[status])
        return self.url + route + self.date_query(occurrence) + "#rsvp-done"

    def date_query(self, occurrence: datetime | None) -> str:
        """ "?date=2026-03-03" naming one date of a repeating event (the day in the event's
        zone), as the thank-you step, the calendar file and places.json read it; "" for none."""
        return f"?date={occurrence.astimezone(self.zone):%Y-%m-%d}" if occurrence else ""

    def chosen_occurrence(self, request) -> tuple[datetime, datetime] | None:
        """The date named by the address's ?date= on a repeating event's page, or None."""
        day = request.GET.get("date", "")
        return self.occurrence_on(day[:10]) if self.repeats and day else None

    @path("rsvp/going/")
    def rsvp_going(self, request):
        return self.render_thank_you(request, RSVP.Status.GOING)

    @path("rsvp/waitlist/")
    def rsvp_waitlist(self, request):
        return self.render_thank_you(request, RSVP.Status.WAITLIST)

    def render_thank_you(self, request, status: str):
        """The step after RSVPing: add it to a calendar, and share it so others come too."""
        occurrence = self.chosen_occurrence(request)
        return self.render(
            request,
            context_overrides={
                "rsvp_step": status,
                "share_kit": self.event_share_kit(request, occurrence),
                "rsvp_occurrence": occurrence_label(occurrence[0]) if occurrence else "",
                "rsvp_calendar_query": self.date_query(occurrence[0] if occurrence else None),
            },
        )

    def event_share_kit(self, request, occurrence: tuple | None = None) -> dict:
        start = occurrence[0] if occurrence else self.local_start
        # Translators: a date format (Django's), e.g. "Friday 20 October".
        when = format_zoned(start, pgettext("share kit date", "l j F"), zone=self.zone)
        return share_kit(
            page_link(self, site_url(request)),
            _("I'm going to %(title)s on %(when)s. Come with me:")
            % {"title": self.title, "when": when},
            self.hashtag,
        )

    @path("rsvp/cancel/<str:token>/")
    def cancel_rsvp(self, request, token: str):
        """The private link in the RSVP email: a button to cancel (opening the link alone
        changes nothing, so email scanners cannot cancel for someone)."""
        key = read_token(token, CANCEL_RSVP)
        rsvp = find_rsvp(self, key) if key else None
        if rsvp is None:
            return self._rsvp_step(request, "cancel_invalid", status=400)
        if rsvp.status == RSVP.Status.CANCELLED:
            return self._rsvp_step(request, "cancelled")
        starts_at = rsvp.occurrence_start or self.starts_at
        if starts_at <= timezone.now():
            return self._rsvp_step(request, "cancel_too_late", status=409)
        if request.method == "POST":
            cancel_rsvp(self, rsvp, base_url=site_url(request))
            return see_other(self.url + self.reverse_subpage("cancel_rsvp", args=[token]) + "#rsvp")
        return self._rsvp_step(
            request,
            "cancel",
            extra={
                "rsvp_to_cancel": rsvp,
                "rsvp_occurrence": (
                    occurrence_label(rsvp.occurrence_start.astimezone(self.zone))
                    if rsvp.occurrence_start
                    else ""
                ),
                "route_action_url": self.route_action_url("cancel_rsvp", (token,)),
            },
        )

    def _rsvp_step(self, request, step: str, status: int = 200, extra: dict | None = None):
        response = self.render(request, context_overrides={"rsvp_step": step, **(extra or {})})
        response.status_code = status
        return response

    @path("feedback/<str:token>/")
    def event_feedback(self, request, token: str):
        """The private link in the email sent after the event: a short form on how it went
        (actions.feedback_views)."""
        return feedback_views.event_feedback(self, request, token)

    @path("calendar/")
    def calendar_file(self, request):
        """This event as a calendar file: public, the same for everyone. (Wagtail page paths
        cannot contain dots, so the address is calendar/ and the download is named .ics.)
        For a repeating event, ?date=2026-03-03 gives that date alone (the thank-you step's)."""
        occurrence = self.chosen_occurrence(request)
        start = occurrence[0] if occurrence else None
        ics = event_calendar(self.calendar_event(page_link(self, site_url(request)), start))
        response = HttpResponse(ics, content_type="text/calendar; charset=utf-8")
        name = f"{self.slug}-{start:%Y-%m-%d}" if start else self.slug
        response["Content-Disposition"] = f'attachment; filename="{name}.ics"'
        return response
