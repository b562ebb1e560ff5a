"""The door's check-in screen and the event's feedback results, in the admin.

Check-in is built for a phone held at the door: the names to mark (search as you type, or
send the search without JavaScript), one tap "Arrived" and one to undo, a short form for
walk-ins, and arrived / expected at the top. It shows names and party sizes only, so it is
open to data stewards and to holders of the narrower "check in attendees" permission (a
group of door volunteers): no email, phone or access needs. The feedback results (free text
attendees typed) are for data stewards only. Every response is private and never stored."""

from datetime import datetime, timedelta

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.models import Page

from common.timezones import format_zoned

from .admin_views import SafeExportIndexView
from .event_pages import live_events
from .feedback_forms import WalkInForm
from .mixins import RSVPMixin
from .moderation import SUPPORTER_DATA
from .services.checkin import (
    add_walk_in,
    attendance,
    check_in,
    check_in_list,
    door_occurrence,
    undo_check_in,
)
from .services.feedback import feedback_by_date, feedback_summary
from .validation import tidy_text

CHECK_IN = "actions.check_in_attendees"
MAX_SEARCH_LENGTH = 100
# "18:42 PDT": an arrival is on the event's day; its zone is the event's.
ARRIVAL_FORMAT = "H:i T"
# "Thu 3 Dec 2026" fits the phone's date choice; the chosen date's time is shown above it.
DATE_CHOICE_FORMAT = "D j M Y"
# The check-in menu lists events from a day after they ended to a week before they start.
CHECK_IN_EVENTS_BEFORE = timedelta(days=1)
CHECK_IN_EVENTS_AFTER = timedelta(days=7)


def can_check_in(user) -> bool:
    return user.is_active and (user.has_perm(SUPPORTER_DATA) or user.has_perm(CHECK_IN))


def can_see_feedback(user) -> bool:
    return user.is_active and user.has_perm(SUPPORTER_DATA)


def checkin_url(page_id: int) -> str:
    return reverse("actions_check_in", args=[page_id])


def feedback_url(page_id: int) -> str:
    return reverse("actions_event_feedback", args=[page_id])


def private(response: HttpResponse) -> HttpResponse:
    patch_cache_control(response, private=True, no_store=True)
    return response


def event_or_404(page_id: int):
    page = Page.objects.filter(pk=page_id).specific().first()
    if not isinstance(page, RSVPMixin):
        raise Http404(_("No event has this number."))
    return page


def search_text(params) -> str:
    """The name searched for, without control characters (a NUL would fail the query)."""
    return tidy_text(params.get("q", ""))[:MAX_SEARCH_LENGTH]


def chosen_occurrence(page, params) -> tuple[datetime, datetime] | None:
    """The date of a repeating event the screen is for: `?date=` (one of its dates, else
    404: a mistyped or old link must not show another date's names), else the door's
    default (services.checkin.door_occurrence). None for a one-off event."""
    if not page.repeats:
        return None
    day = params.get("date", "")
    if not day:
        return door_occurrence(page, timezone.now())
    times = page.occurrence_on(day) if len(day) == 10 else None
    if times is None:
        raise Http404(_("This event does not take place on that date."))
    return times


def date_choices(page, chosen) -> list[dict]:
    """Every date of a repeating event, for the screen's date choice."""
    return [
        {
            "value": start.date().isoformat(),
            "label": format_zoned(start, DATE_CHOICE_FORMAT, zone=page.zone),
            "selected": (start, end) == chosen,
        }
        for start, end in page.occurrences()
    ]


def check_in_view(request: HttpRequest, page_id: int) -> HttpResponse:
    if not can_check_in(request.user):
        return private(
            HttpResponseForbidden(_("Only data stewards and door volunteers can check people in."))
        )
    page = event_or_404(page_id)
    times = chosen_occurrence(page, request.POST if request.method == "POST" else request.GET)
    occurrence = times[0] if times else None
    search = search_text(request.GET)
    walk_in_form = WalkInForm(initial={"language": page.page_language})
    if request.method == "POST":
        search = search_text(request.POST)
        action = request.POST.get("action", "")
        if action == "walk_in":
            walk_in_form = WalkInForm(request.POST)
            if walk_in_form.is_valid():
                return _walk_in(request, page, walk_in_form, search, occurrence)
        elif action in ("arrived", "undo"):
            return _mark(request, page, action, search, occurrence)
        else:
            return private(HttpResponse(_("Nothing to do here."), status=400))
    rows = [
        {
            "rsvp": rsvp,
            "arrived_at": format_zoned(rsvp.attended_at, ARRIVAL_FORMAT, zone=page.zone),
        }
        for rsvp in check_in_list(page, search, occurrence)
    ]
    response = TemplateResponse(
        request,
        "actions/admin/check_in.html",
        {
            "page": page,
            "rows": rows,
            "search": search,
            "attendance": attendance(page, occurrence),
            "walk_in_form": walk_in_form,
            "starts": format_zoned(occurrence or page.starts_at, zone=page.zone),
            "date": occurrence.date().isoformat() if occurrence else "",
            "dates": date_choices(page, times) if times else [],
            "rsvps_url": rsvps_url(page, occurrence),
            "feedback_url": feedback_url(page.pk) if can_see_feedback(request.user) else "",
        },
        status=400 if walk_in_form.is_bound else 200,
    )
    return private(response)


def rsvps_url(page, occurrence: datetime | None = None) -> str:
    """The RSVP list filtered to the event, and to one date of a repeating event (its list
    filter takes the date's start, actions.occurrence_admin)."""
    params = {"event": page.counting_page_id}
    if occurrence:
        params["date"] = occurrence.isoformat()
    return reverse("actions_rsvp_modeladmin_index") + "?" + urlencode(params)


def _back(page, search: str, anchor: str = "", occurrence=None) -> HttpResponse:
    params = {"date": occurrence.date().isoformat()} if occurrence else {}
    if search:
        params["q"] = search
    url = checkin_url(page.pk) + (("?" + urlencode(params)) if params else "")
    return private(redirect(url + anchor))


def _mark(request: HttpRequest, page, action: str, search: str, occurrence) -> HttpResponse:
    value = request.POST.get("rsvp", "")
    if not (value.isascii() and value.isdigit()):
        return private(HttpResponse(_("Choose a person on the list."), status=400))
    rsvp_id = int(value)
    if action == "arrived":
        changed = check_in(page, rsvp_id, request.user, occurrence)
        if not changed:
            messages.info(request, _("Already marked as arrived."))
    else:
        changed = undo_check_in(page, rsvp_id, occurrence)
        if changed:
            messages.info(request, _("Marked as not arrived."))
    return _back(page, search, f"#rsvp-{rsvp_id}", occurrence)


def _walk_in(request: HttpRequest, page, form: WalkInForm, search: str, occurrence) -> HttpResponse:
    added = add_walk_in(
        page,
        name=form.cleaned_data["name"],
        email=form.cleaned_data["email"],
        language=form.cleaned_data["language"],
        user=request.user,
        occurrence=occurrence,
    )
    if added.had_rsvp:
        messages.success(
            request,
            _("%(name)s had RSVPd with that email: marked as arrived.") % {"name": added.rsvp.name},
        )
    else:
        messages.success(
            request, _("%(name)s added and marked as arrived.") % {"name": added.rsvp.name}
        )
    return _back(page, search, f"#rsvp-{added.rsvp.pk}", occurrence)


def event_feedback_view(request: HttpRequest, page_id: int) -> HttpResponse:
    """How attendees said the event went: the numbers, then each answer (without names)."""
    if not can_see_feedback(request.user):
        return private(HttpResponseForbidden(_("Only data stewards can see attendees' feedback.")))
    page = event_or_404(page_id)
    # A repeating event: all its dates together with a row per date, or one date (?date=).
    times = chosen_occurrence(page, request.GET) if request.GET.get("date") else None
    occurrence = times[0] if times else None
    by_date = []
    if page.repeats and times is None:
        by_date = [
            {
                "row": row,
                "label": format_zoned(row.start, zone=page.zone),
                "url": f"{feedback_url(page.pk)}?date={row.start.date().isoformat()}",
            }
            for row in feedback_by_date(page)
        ]
    check_in_link = checkin_url(page.pk)
    if occurrence:
        check_in_link += "?" + urlencode({"date": occurrence.date().isoformat()})
    response = TemplateResponse(
        request,
        "actions/admin/event_feedback.html",
        {
            "page": page,
            "summary": feedback_summary(page, occurrence),
            "attendance": attendance(page, occurrence),
            "check_in_url": check_in_link,
            "rsvps_url": rsvps_url(page, occurrence),
            "ends": format_zoned(times[1] if times else last_ended(page), zone=page.zone),
            "date_label": format_zoned(occurrence, zone=page.zone) if occurrence else "",
            "all_dates_url": feedback_url(page.pk) if occurrence else "",
            "by_date": by_date,
        },
    )
    return private(response)


def last_ended(page) -> datetime:
    """When the event ended: a repeating event's last date that is over (its series' end is
    its last date's, maybe still to come), else its first date's end."""
    if not page.repeats:
        return page.ends_at
    now = timezone.now()
    ended = [end for _start, end in page.occurrences() if end <= now]
    return ended[-1] if ended else page.occurrences()[0][1]


def check_in_index_view(request: HttpRequest) -> HttpResponse:
    """Where door volunteers start: the events of the coming days and the last few, each
    with its check-in screen (stewards also reach it from an event's RSVP list)."""
    if not can_check_in(request.user):
        return private(
            HttpResponseForbidden(_("Only data stewards and door volunteers can check people in."))
        )
    now = timezone.now()
    after, before = now - CHECK_IN_EVENTS_BEFORE, now + CHECK_IN_EVENTS_AFTER
    events = []
    # A repeating event's series spans the window when one of its dates may be in it; each
    # of its dates that is has a row of its own, opening the screen on that date.
    for page in live_events(ends_at__gte=after, starts_at__lte=before):
        if not page.repeats:
            events.append({"page": page, "start": page.starts_at, "url": checkin_url(page.pk)})
            continue
        for start, end in page.occurrences():
            if end >= after and start <= before:
                url = checkin_url(page.pk) + "?" + urlencode({"date": start.date().isoformat()})
                events.append({"page": page, "start": start, "url": url})
    events.sort(key=lambda event: event["start"])
    for event in events:
        event["starts"] = format_zoned(event["start"], zone=event["page"].zone)
    return private(
        TemplateResponse(request, "actions/admin/check_in_index.html", {"events": events})
    )


class RSVPIndexView(SafeExportIndexView):
    """The RSVP list; filtered to one event, it links to that event's check-in screen and
    its feedback results."""

    @cached_property
    def check_in_url(self) -> str:
        """The event's check-in screen; on the date the list is filtered to, if it is one."""
        page = self.filtered_page()
        if not page:
            return ""
        try:
            start = datetime.fromisoformat(self.params.get("date") or "")
        except ValueError:
            return checkin_url(page.pk)
        zone = getattr(page.specific, "zone", None)
        day = start.astimezone(zone).date() if zone and start.tzinfo else start.date()
        return checkin_url(page.pk) + "?" + urlencode({"date": day.isoformat()})

    @cached_property
    def feedback_results_url(self) -> str:
        page = self.filtered_page()
        return feedback_url(page.pk) if page and can_see_feedback(self.request.user) else ""
