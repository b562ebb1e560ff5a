"""Letters in the admin: the stewards' filters, and the batches of letters volunteers hand
in (a CSV per office, then "mark as delivered")."""

import csv
from dataclasses import dataclass

from django.contrib import admin, messages
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.models import Page

from common.timezones import EXPORT_FORMAT, format_zoned

from .admin_views import PageFilter, zoned_heading
from .mixins import LetterMixin
from .models import Letter
from .moderation import SUPPORTER_DATA
from .services.export_log import Kind, log_export
from .services.exports import neutralise_cell
from .services.letters import (
    HandDeliveryBatch,
    batch_letters,
    hand_delivery_batches,
    mark_handed_in,
)

CHANGE_LETTER = "actions.change_letter"


class LetterActionFilter(PageFilter):
    title = gettext_lazy("letter action")
    parameter_name = "action"
    page_types = (LetterMixin,)


class LetterTargetFilter(admin.SimpleListFilter):
    """The officials letters were written to (those since deleted by the name they had)."""

    title = gettext_lazy("official")
    parameter_name = "official"

    def lookups(self, request, model_admin):
        names = (
            Letter.objects.exclude(target__isnull=True)
            .values_list("target_id", "target_name")
            .order_by("target_name")
            .distinct()
        )
        return [(str(pk), name) for pk, name in names]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isascii() and value.isdigit():
            return queryset.filter(target_id=int(value))
        return queryset


class LetterStatusFilter(admin.SimpleListFilter):
    title = gettext_lazy("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return Letter.Status.choices

    def queryset(self, request, queryset):
        condition = Letter.STATUS_CONDITIONS.get(self.value())
        return queryset if condition is None else queryset.filter(condition)


# Hand delivery ---------------------------------------------------------------------------


def can_see_letters(user) -> bool:
    return user.is_active and user.has_perm(SUPPORTER_DATA)


def can_mark_delivered(user) -> bool:
    return can_see_letters(user) and user.has_perm(CHANGE_LETTER)


def forbidden() -> HttpResponse:
    # A plain 403 (Wagtail would turn PermissionDenied into a redirect to the dashboard).
    return HttpResponseForbidden(_("Only data stewards can see the letters to hand in."))


@dataclass(frozen=True)
class BatchRow:
    batch: HandDeliveryBatch
    page: Page | None
    postal_address: str

    def query(self) -> str:
        target = "" if self.batch.target_id is None else str(self.batch.target_id)
        return urlencode({"page": self.batch.page_id, "official": target, "upto": self.batch.upto})

    @property
    def export_url(self) -> str:
        return reverse("actions_hand_delivery_export") + "?" + self.query()

    @property
    def confirm_url(self) -> str:
        return reverse("actions_hand_delivery_done") + "?" + self.query()

    @property
    def oldest(self) -> str:
        return format_zoned(self.batch.oldest)


def _rows() -> list[BatchRow]:
    batches = hand_delivery_batches()
    pages = Page.objects.in_bulk({batch.page_id for batch in batches})
    addresses = dict(
        Letter.target.field.related_model.objects.filter(
            pk__in={batch.target_id for batch in batches if batch.target_id}
        ).values_list("pk", "postal_address")
    )
    return [
        BatchRow(batch, pages.get(batch.page_id), addresses.get(batch.target_id, ""))
        for batch in batches
    ]


def hand_delivery_view(request: HttpRequest) -> HttpResponse:
    """The letters waiting to be handed in, one batch per office and letter action."""
    if not can_see_letters(request.user):
        return forbidden()
    return TemplateResponse(
        request,
        "actions/admin/hand_delivery.html",
        {"rows": _rows(), "can_mark": can_mark_delivered(request.user)},
    )


def _batch_from(params) -> tuple[int, int | None, int] | None:
    values = [params.get(name, "") for name in ("page", "official", "upto")]
    if not all(v.isascii() and v.isdigit() for v in (values[0], values[2])):
        return None
    official = values[1]
    if official and not (official.isascii() and official.isdigit()):
        return None
    return int(values[0]), int(official) if official else None, int(values[2])


HAND_DELIVERY_COLUMNS = (
    ("created_at", gettext_lazy("Written at")),
    ("first_name", gettext_lazy("First name")),
    ("last_name", gettext_lazy("Last name")),
    ("postcode", gettext_lazy("ZIP code")),
    ("subject", gettext_lazy("Subject")),
    ("body", gettext_lazy("Letter")),
)


def hand_delivery_export_view(request: HttpRequest) -> HttpResponse:
    """One batch as a spreadsheet for printing: who wrote, from which ZIP code, and what,
    oldest first; formulas neutralised as every export is."""
    if not can_see_letters(request.user):
        return forbidden()
    batch = _batch_from(request.GET)
    if batch is None:
        return redirect("actions_hand_delivery")
    letters = batch_letters(*batch).order_by("created_at")
    first = letters.first()
    name = slugify(first.target_name if first else "letters")[:60] or "letters"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="letters-to-{name}-{timezone.localdate():%Y-%m-%d}.csv"'
    )
    # Writers' names and words leave the site: the export log records who took them.
    page = Page.objects.filter(pk=batch[0]).first()
    log_export(request.user, page, Kind.LETTERS, True, letters.count(), with_emails=False)
    writer = csv.writer(response)
    writer.writerow(
        [
            str(zoned_heading(label)) if field == "created_at" else str(label)
            for field, label in HAND_DELIVERY_COLUMNS
        ]
    )
    for letter in letters.iterator():
        row = [getattr(letter, field) for field, _label in HAND_DELIVERY_COLUMNS]
        row[0] = format_zoned(row[0], EXPORT_FORMAT)
        writer.writerow([neutralise_cell(value) for value in row])
    return response


def hand_delivery_done_view(request: HttpRequest) -> HttpResponse:
    """ "These letters were handed in": a confirmation page, then the change (POST). Only the
    letters the steward saw are marked; any written since wait for the next batch."""
    if not can_mark_delivered(request.user):
        return forbidden()
    params = request.POST if request.method == "POST" else request.GET
    batch = _batch_from(params)
    if batch is None:
        return redirect("actions_hand_delivery")
    letters = batch_letters(*batch)
    first = letters.first()
    if request.method == "POST":
        marked = mark_handed_in(*batch)
        done = ngettext(
            "%(n)d letter to %(official)s marked as delivered by hand.",
            "%(n)d letters to %(official)s marked as delivered by hand.",
            marked,
        )
        official = first.target_name if first else ""
        messages.success(request, done % {"n": marked, "official": official})
        return redirect("actions_hand_delivery")
    return TemplateResponse(
        request,
        "actions/admin/hand_delivery_done.html",
        {
            "count": letters.count(),
            "official": first.target_name if first else "",
            "page": Page.objects.filter(pk=batch[0]).first(),
            "params": {"page": batch[0], "official": batch[1] or "", "upto": batch[2]},
            "back_url": reverse("actions_hand_delivery"),
        },
    )
