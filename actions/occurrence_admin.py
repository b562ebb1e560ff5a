"""The RSVP list's filter by date, for repeating events: each RSVP is for one occurrence
(RSVP.occurrence_start), and the door list of the monthly call is that date's RSVPs."""

from datetime import datetime

from django.contrib import admin
from django.utils.translation import gettext_lazy

from common.timezones import format_zoned

from .models import RSVP

# The filter lists the most recent dates first; older ones are still reached by the event.
DATES_LISTED = 60


class OccurrenceFilter(admin.SimpleListFilter):
    """The dates repeating events' RSVPs are for (of the chosen event, once one is chosen)."""

    title = gettext_lazy("date of a repeating event")
    parameter_name = "date"

    def lookups(self, request, model_admin):
        rsvps = RSVP.objects.filter(occurrence_start__isnull=False)
        event = request.GET.get("event", "")
        if event.isdigit():
            rsvps = rsvps.filter(page_id=int(event))
        starts = (
            rsvps.order_by("-occurrence_start")
            .values_list("occurrence_start", flat=True)
            .distinct()[:DATES_LISTED]
        )
        return [(start.isoformat(), format_zoned(start)) for start in starts]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        try:
            start = datetime.fromisoformat(self.value())
        except ValueError:
            return queryset.none()
        return queryset.filter(occurrence_start=start)
