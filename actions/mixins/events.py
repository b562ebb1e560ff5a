from datetime import UTC, datetime
from urllib.parse import urlsplit

from django.db import models
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path

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

THANK_YOU_ROUTES = {RSVP.Status.GOING: "rsvp_going", RSVP.Status.WAITLIST: "rsvp_waitlist"}
# What attendees are told about when and where: a change to any of them once the event is
# published emails them (actions.reminders). `starts_at`/`ends_at` cover the dates, the times
# and all-day; the zone is compared too, since the same instant reads differently in another.
SCHEDULE_FIELDS = ("starts_at", "ends_at", "time_zone", "venue_name", "address", "online_url")
# Calendar files count their SEQUENCE in seconds from here (see `calendar_sequence`).
SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


class RSVPMixin(ProofOfWorkSubmissionMixin):
    """Lets readers RSVP to an event page, with an optional capacity and a waitlist, a
    calendar file and a private cancel link. RSVPs close when the event starts.

    The page provides what actions.contracts.EventPageContract names. Put `rsvp_panels` in
    the page's RSVP panel."""

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
        return self.rsvp_enabled and self.starts_at > timezone.now()

    def rsvp_places_left(self) -> int | None:
        """Places left (guests count), or None when the event has no limit."""
        return places_left(self)

    def supporter_data_ends_at(self) -> datetime | None:
        return self.ends_at if self.ends_at <= timezone.now() else None

    def save(self, *args, **kwargs):
        """Note when a save changes the time or place attendees were told: the row holds the
        live version (drafts are revisions), so the row before this save is what they saw.
        Saving a draft writes only Wagtail's own columns and compares nothing."""
        update_fields = kwargs.get("update_fields")
        if self.pk and (update_fields is None or set(update_fields) & set(SCHEDULE_FIELDS)):
            before = (
                type(self)
                .objects.filter(pk=self.pk)
                .values(*SCHEDULE_FIELDS, "schedule_changed_at")
                .first()
            )
            if before and any(before[name] != getattr(self, name) for name in SCHEDULE_FIELDS):
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

    def calendar_event(self, url: str) -> CalendarEvent:
        """This event as plain calendar data; `url` is the page's absolute address."""
        if self.all_day:
            start, end = self.local_start.date(), self.local_end.date()
        else:
            start, end = self.starts_at, self.ends_at
        place = ", ".join(part for part in [self.venue_name, self.address] if part)
        return CalendarEvent(
            uid=f"event-{self.pk}@{urlsplit(url).hostname or 'campaign'}",
            title=self.title,
            start=start,
            end=end,
            url=url,
            location=place or self.online_url,
            description=self.summary,
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
        )
        return context

    def process_submission(self, request, form, screening):
        result = rsvp_to_event(
            self,
            form.cleaned_data,
            base_url=site_url(request),
            screening=screening,
            language=self.submission_language(request),
        )
        return see_other(self.get_thank_you_url(request, result.status))

    def get_thank_you_url(self, request, status: str = RSVP.Status.GOING) -> str:
        return self.url + self.reverse_subpage(THANK_YOU_ROUTES[status]) + "#rsvp-done"

    @path("rsvp/going/")
    def rsvp_going(self, request):
        return self.render_thank_you(request, RSVP.Status.GOING)

    @path("rsvp/waitlist/")
    def rsvp_waitlist(self, request):
        return self.render_thank_you(request, RSVP.Status.WAITLIST)

    def render_thank_you(self, request, status: str):
        """The step after RSVPing: add it to a calendar, and share it so others come too."""
        return self.render(
            request,
            context_overrides={"rsvp_step": status, "share_kit": self.event_share_kit(request)},
        )

    def event_share_kit(self, request) -> dict:
        # Translators: a date format (Django's), e.g. "Friday 20 October".
        when = format_zoned(self.starts_at, pgettext("share kit date", "l j F"), zone=self.zone)
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
        if self.starts_at <= timezone.now():
            return self._rsvp_step(request, "cancel_too_late", status=409)
        if request.method == "POST":
            cancel_rsvp(self, rsvp, base_url=site_url(request))
            return see_other(self.url + self.reverse_subpage("cancel_rsvp", args=[token]) + "#rsvp")
        return self._rsvp_step(
            request,
            "cancel",
            extra={
                "rsvp_to_cancel": rsvp,
                "route_action_url": self.route_action_url("cancel_rsvp", (token,)),
            },
        )

    def _rsvp_step(self, request, step: str, status: int = 200, extra: dict | None = None):
        response = self.render(request, context_overrides={"rsvp_step": step, **(extra or {})})
        response.status_code = status
        return response

    @path("calendar/")
    def calendar_file(self, request):
        """This event as a calendar file: public, the same for everyone. (Wagtail page paths
        cannot contain dots, so the address is calendar/ and the download is named .ics.)"""
        ics = event_calendar(self.calendar_event(page_link(self, site_url(request))))
        response = HttpResponse(ics, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response
