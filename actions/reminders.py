"""Reminders before an event, and the email that goes when its time or place changes.

**When reminders go.** Two, each of which an editor can switch off on the event page
(RSVPMixin): the day before at 10:00, and on the morning of the event at 07:00, both in the
event's own zone. They are wall-clock times on the event's local dates, so a reminder stays
at 10:00 when the clocks change between the RSVP and the event. An event that starts before
08:00 has its morning reminder at 19:00 the evening before instead: at 07:00 it would reach
people as they leave, or after the start. A reminder is sent while it is due: from its time
until the next one's (for the day-before reminder) or the start (the morning one; an all-day
event's, until its end). So none goes for an event that has begun, and a late scheduler never
sends yesterday's reminder after today's. Nobody who RSVPd, or was given a place, after a
reminder's time is sent it: they have just had an email with the same details.

**Only once.** The scheduler (actions.jobs.send_event_reminders, every five minutes) claims
the RSVPs due a reminder with SELECT … FOR UPDATE SKIP LOCKED and marks them in the same
transaction that queues their emails, so two servers' schedulers, or a rerun, never queue one
twice. If the mail server refuses one, its mark is given back for the next run.

**A changed time or place.** Publishing an event whose start, end, zone, venue, address or
online link differ from what was live records when (RSVPMixin.save); the page_published
signal then hands one task to the worker (`announce_schedule_change`), so the publish request
costs two queries more however many people are coming. That task claims, in batches, everyone
going or on the waitlist who RSVPd before the change and was not told of it, and queues one
email each: the new details and a calendar file under the same UID with a higher SEQUENCE,
which calendar apps take to replace the old entry. The waitlist is told too: their RSVP email
put the old time in their calendar. A reminder whose time is still to come under the new
schedule will be sent then, even if it went already for the old one (its mark is cleared); one
whose time has passed is not sent late, the change email stands in for it. Only the event's
counting page (actions.pages) has RSVPs, so publishing a translation emails nobody.

**Occurrences.** `occurrences`, `rsvps_for` and `event_times_for` are the only places that say
when an RSVP's event is; an event that repeats changes them, and the rest follows."""

from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tasks import task
from wagtail.models import Page, get_page_models

from common.calendar import CalendarEvent, event_calendar
from common.links import page_link
from common.timezones import format_zoned

from .mixins.events import RSVPMixin
from .models import RSVP, Moderation
from .pages import counting_pages
from .services.rsvps import for_occurrence
from .tasks import page_in_language, send_email
from .tokens import CANCEL_RSVP, make_token

DAY_BEFORE, MORNING = "day_before", "morning"
DAY_BEFORE_AT = time(10)
MORNING_AT = time(7)
# An event starting before this has its morning reminder the evening before, at this time.
EARLY_START = time(8)
EVENING_BEFORE_AT = time(19)
# The RSVP's column that says a reminder was queued.
MARKS = {DAY_BEFORE: "day_before_reminded_at", MORNING: "morning_reminded_at"}
# A day-before reminder is at most 38 hours before the start (10:00 for an event at 23:59).
LOOKAHEAD = timedelta(days=2)
# RSVPs claimed per transaction; the scheduler and the task go on until none are left.
CLAIM_BATCH = 500

SUBJECTS = {
    DAY_BEFORE: gettext_lazy("Tomorrow: %(title)s"),
    MORNING: gettext_lazy("Today: %(title)s"),
    "evening": gettext_lazy("Early tomorrow: %(title)s"),
    "changed": gettext_lazy("New time or place: %(title)s"),
}


@dataclass(frozen=True)
class Reminder:
    """One reminder of one occurrence: `kind` is due from `due_at` until `until`."""

    kind: str
    due_at: datetime
    until: datetime
    evening_before: bool = False

    def is_due(self, now: datetime) -> bool:
        return self.due_at <= now < self.until


# Occurrences -----------------------------------------------------------------------------


def occurrences(event: RSVPMixin) -> list[tuple[datetime, datetime]]:
    """The (start, end) of each occurrence of `event` that attendees are reminded of: each
    date of a repeating event, the one date of any other."""
    return event.occurrences()


def rsvps_for(event: RSVPMixin, start: datetime) -> QuerySet:
    """The RSVPs to the occurrence of `event` that starts at `start`."""
    rsvps = RSVP.objects.filter(page_id=event.pk)
    return for_occurrence(rsvps, start if event.repeats else None)


def event_times_for(rsvp: RSVP, event: RSVPMixin) -> tuple[datetime, datetime]:
    """When the event `rsvp` is for starts and ends (`event`: its page, `rsvp.page`): the
    date the RSVP is for, for a repeating event."""
    if event.repeats and rsvp.occurrence_start is not None:
        return event.occurrence_times(rsvp.occurrence_start)
    return event.starts_at, event.ends_at


# When ------------------------------------------------------------------------------------


def reminder_schedule(event: RSVPMixin, start: datetime, end: datetime) -> list[Reminder]:
    """The reminders the event's switches ask for, for an occurrence from `start` to `end`,
    at wall-clock times in the event's zone (see the module's docstring)."""
    zone = event.zone
    local = start.astimezone(zone)
    eve = local.date() - timedelta(days=1)
    reminders = []
    morning = None
    if event.remind_morning_of:
        early = not event.all_day and local.time() < EARLY_START
        due = datetime.combine(eve, EVENING_BEFORE_AT, zone) if early else None
        due = due or datetime.combine(local.date(), MORNING_AT, zone)
        morning = Reminder(MORNING, due, end if event.all_day else start, evening_before=early)
    if event.remind_day_before:
        due = datetime.combine(eve, DAY_BEFORE_AT, zone)
        until = min(morning.due_at, start) if morning else start
        reminders.append(Reminder(DAY_BEFORE, due, until))
    if morning:
        reminders.append(morning)
    return reminders


def when_text(event: RSVPMixin, start: datetime, end: datetime) -> str:
    """ "Monday 3 November 2025, 6:00 PM to 8:00 PM PST", in the active language and the
    event's zone, the zone named (it can differ between the start and the end)."""
    zone = event.zone
    day = format_zoned(start, "WEEKDAY_DATE_FORMAT", zone)
    if event.all_day:
        last = (end - timedelta(days=1)).astimezone(zone)
        if last.date() == start.astimezone(zone).date():
            return _("%(day)s, all day") % {"day": day}
        return _("%(day)s to %(last)s") % {
            "day": day,
            "last": format_zoned(last, "WEEKDAY_DATE_FORMAT", zone),
        }
    parts = {
        "day": day,
        "start": format_zoned(start, "CLOCK_FORMAT", zone),
        "end": format_zoned(end, "CLOCK_FORMAT", zone),
        "zone": start.astimezone(zone).tzname(),
        "end_zone": end.astimezone(zone).tzname(),
        "end_day": format_zoned(end, "WEEKDAY_DATE_FORMAT", zone),
    }
    if start.astimezone(zone).date() == end.astimezone(zone).date() and (
        parts["zone"] == parts["end_zone"]
    ):
        return _("%(day)s, %(start)s to %(end)s %(zone)s") % parts
    return _("%(day)s, %(start)s %(zone)s, to %(end_day)s, %(end)s %(end_zone)s") % parts


# Who -------------------------------------------------------------------------------------


def reachable(rsvps: QuerySet) -> QuerySet:
    """RSVPs that may be emailed: counted (not held or rejected), not erased, with an address."""
    return rsvps.filter(moderation=Moderation.COUNTED, anonymised_at__isnull=True).exclude(email="")


def told_since(moment: datetime) -> Q:
    """RSVPs made, or given a place, at or after `moment`: their email came after it."""
    return Q(created_at__gte=moment) | Q(status_changed_at__gte=moment)


def event_pages() -> list[type]:
    return [model for model in get_page_models() if issubclass(model, RSVPMixin)]


def claim_and_queue(rsvps: QuerySet, mark: str, value: datetime, queue) -> int:
    """Set `mark` to `value` on each RSVP of `rsvps`, in batches, each batch under FOR UPDATE
    SKIP LOCKED and in the transaction that calls `queue(key)` for each of them; how many.
    `rsvps` must stop matching a row once it is marked."""
    total = 0
    while True:
        with transaction.atomic():
            keys = list(
                rsvps.order_by("pk")
                .select_for_update(skip_locked=True)
                .values_list("key", flat=True)[:CLAIM_BATCH]
            )
            if not keys:
                return total
            RSVP.objects.filter(key__in=keys).update(**{mark: value})
            for key in keys:
                queue(key.hex)
        total += len(keys)


# Reminders -------------------------------------------------------------------------------


def queue_due_reminders(*, base_url: str) -> int:
    """Queue every reminder due now, one task per RSVP; how many. The scheduler's job."""
    now = timezone.now()
    queued = 0
    for model in event_pages():
        events = counting_pages(
            model.objects.live()
            .filter(starts_at__lte=now + LOOKAHEAD, ends_at__gt=now)
            .filter(Q(remind_day_before=True) | Q(remind_morning_of=True))
        )
        for event in events:
            for start, end in occurrences(event):
                for reminder in reminder_schedule(event, start, end):
                    if reminder.is_due(now):
                        queued += _queue_reminder(event, start, reminder, base_url, now)
    return queued


def _queue_reminder(event, start: datetime, reminder: Reminder, base_url: str, now) -> int:
    mark = MARKS[reminder.kind]
    due = (
        reachable(rsvps_for(event, start))
        .filter(status=RSVP.Status.GOING, **{f"{mark}__isnull": True})
        .exclude(told_since(reminder.due_at))
    )
    return claim_and_queue(
        due, mark, now, lambda key: send_event_reminder.enqueue(key, base_url, reminder.kind)
    )


def _standing_rsvp(rsvp_key: str, *statuses: str) -> RSVP | None:
    return reachable(RSVP.objects.filter(key=rsvp_key, status__in=statuses)).first()


@task()
def send_event_reminder(rsvp_key: str, base_url: str, kind: str) -> str:
    """The day-before (`kind` day_before: with the calendar file and the cancel link) or the
    morning (`kind` morning) reminder, if the RSVP still has a place, the reminder is still
    wanted and the event has not begun."""
    rsvp = _standing_rsvp(rsvp_key, RSVP.Status.GOING)
    if rsvp is None:
        return "skipped: the RSVP no longer stands"
    event = rsvp.page.specific
    if not event.live:
        return "skipped: the event was unpublished"
    start, end = event_times_for(rsvp, event)
    reminder = next((r for r in reminder_schedule(event, start, end) if r.kind == kind), None)
    if reminder is None:
        return "skipped: the reminder was switched off"
    if timezone.now() >= reminder.until:
        return "skipped: too late"
    subject = SUBJECTS["evening" if reminder.evening_before else kind]
    try:
        _email_attendee(
            rsvp,
            event,
            base_url,
            subject,
            {"kind": kind, "evening_before": reminder.evening_before},
            with_calendar=kind == DAY_BEFORE,
        )
    except Exception:
        # Given back, so the next scheduler run queues it again while it is due.
        RSVP.objects.filter(pk=rsvp.pk).update(**{MARKS[kind]: None})
        raise
    return f"sent {kind} reminder"


# A change of time or place ---------------------------------------------------------------


def schedule_published(event: RSVPMixin, *, base_url: str) -> None:
    """On publish: hand the worker the telling of a change of time or place, when there is
    one that someone coming has not been told of. One query when there is none."""
    changed = event.schedule_changed_at
    if changed is None or event.ends_at <= timezone.now():
        return
    if to_tell(event, changed).exists():
        announce_schedule_change.enqueue(event.pk, base_url)


def to_tell(event: RSVPMixin, changed: datetime) -> QuerySet:
    """Who is coming or waiting, RSVPd before the change at `changed`, and not told of it."""
    rsvps = RSVP.objects.none()
    for start, _end in occurrences(event):
        rsvps = rsvps | rsvps_for(event, start)
    return (
        reachable(rsvps)
        .filter(status__in=[RSVP.Status.GOING, RSVP.Status.WAITLIST])
        .filter(Q(change_notified_at__isnull=True) | Q(change_notified_at__lt=changed))
        .exclude(told_since(changed))
    )


@task()
def announce_schedule_change(page_id: int, base_url: str) -> str:
    """Email everyone coming or waiting the event's new time and place (one task each), and
    set the reminders' marks for the new schedule (see the module's docstring)."""
    page = Page.objects.live().filter(pk=page_id).first()
    event = page.specific if page else None
    if not isinstance(event, RSVPMixin) or event.schedule_changed_at is None:
        return "skipped: the event is not published"
    now = timezone.now()
    if event.ends_at <= now:
        return "skipped: the event is over"
    changed = event.schedule_changed_at
    for start, end in occurrences(event):
        rsvps = rsvps_for(event, start).exclude(told_since(changed))
        for reminder in reminder_schedule(event, start, end):
            mark = MARKS[reminder.kind]
            if reminder.due_at > now:
                rsvps.update(**{mark: None})
            else:
                rsvps.filter(**{f"{mark}__isnull": True}).update(**{mark: now})
    told = claim_and_queue(
        to_tell(event, changed),
        "change_notified_at",
        changed,
        lambda key: send_schedule_change_email.enqueue(key, base_url, changed.isoformat()),
    )
    return f"told {told} of the new time or place"


@task()
def send_schedule_change_email(rsvp_key: str, base_url: str, changed: str) -> str:
    """The new time and place with a fresh calendar file, unless a later change superseded
    this one (its own email comes) or the event is over."""
    rsvp = _standing_rsvp(rsvp_key, RSVP.Status.GOING, RSVP.Status.WAITLIST)
    if rsvp is None:
        return "skipped: the RSVP no longer stands"
    event = rsvp.page.specific
    if event.schedule_changed_at is None or event.schedule_changed_at.isoformat() != changed:
        return "skipped: a later change is being sent"
    if event_times_for(rsvp, event)[1] <= timezone.now():
        return "skipped: the event is over"
    _email_attendee(rsvp, event, base_url, SUBJECTS["changed"], {"kind": "changed"})
    return "sent the new time or place"


# The email -------------------------------------------------------------------------------


def attendee_calendar_event(page, event, rsvp: RSVP, url: str) -> CalendarEvent:
    """The calendar entry of the page in the attendee's language (`page`: its UID, title and
    words are the ones their calendar has) at the event's times and place (`event`, the page
    their RSVP is stored against: a translation may not be synced with it yet)."""
    occurrence = rsvp.occurrence_start if event.repeats else None
    entry = page.calendar_event(url, occurrence=occurrence)
    if page.pk == event.pk:
        return entry
    current = event.calendar_event(url, occurrence=occurrence)
    return replace(
        entry,
        start=current.start,
        end=current.end,
        location=current.location,
        sequence=max(entry.sequence, current.sequence),
    )


def _email_attendee(
    rsvp: RSVP, event, base_url: str, subject, context: dict, *, with_calendar: bool = True
) -> None:
    """One email to the attendee in their language, with links to the page in it; the times
    and place come from `event`, the page the RSVP is stored against."""
    page = page_in_language(event, rsvp.language)
    page_url = page_link(page, base_url)
    token = make_token(rsvp.key, CANCEL_RSVP)
    start, end = event_times_for(rsvp, event)
    # A repeating event's calendar link is for the attendee's date alone.
    one_date = event.date_query(start if event.repeats else None)
    with translation.override(rsvp.language):
        context = {
            **context,
            "rsvp": rsvp,
            "page": page,
            "event": event,
            "when": when_text(event, start, end),
            "zone_name": event.get_time_zone_display(),
            "page_url": page_url,
            "calendar_url": page_link(
                page, base_url, page.reverse_subpage("calendar_file") + one_date
            ),
            "cancel_url": page_link(
                page, base_url, page.reverse_subpage("cancel_rsvp", kwargs={"token": token})
            ),
        }
        attachments = []
        if with_calendar:
            ics = event_calendar(attendee_calendar_event(page, event, rsvp, page_url))
            attachments.append((f"{page.slug}.ics", ics, "text/calendar"))
        send_email(
            "rsvp_reminder", subject % {"title": page.title}, rsvp.email, context, attachments
        )
