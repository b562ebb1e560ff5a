"""Data stewards' source counts: for one action (a petition, event, statement, letter or call
page, or the email signup), how many counted actions came from each source code, each channel
and each partner, on screen and as a spreadsheet of counts. Stewards also rotate a partner's
private count link here. Only holders of the supporter-data permission see or do any of it:
the partners' league table is for the coalition's staff, not for every editor."""

import csv

from django.apps import apps
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from .pages import find_counting_page_id
from .services.export_log import Kind, log_export
from .services.exports import neutralise_cell
from .services.sources import SIGNUPS, records_of, source_counts
from .steward_views import can_moderate, forbidden

CSV_HEADINGS = ("breakdown", "code", "label", "count")


def source_counts_url(page_id: int | None) -> str:
    if page_id is None:
        return reverse("actions_signup_source_counts")
    return reverse("actions_source_counts", args=[page_id])


def _report(request: HttpRequest, page: Page | None, records) -> HttpResponse:
    counts = source_counts(records, page.pk if page is not None else None)
    title = page.title if page is not None else _("Get campaign updates (email signups)")
    if request.GET.get("format") == "csv":
        return _spreadsheet(request, page, title, counts)
    return TemplateResponse(
        request,
        "actions/admin/source_counts.html",
        {
            "title": title,
            "page": page,
            "counts": counts,
            "csv_url": source_counts_url(page.pk if page is not None else None) + "?format=csv",
            "counts_url": reverse("actions_counts"),
        },
    )


def _spreadsheet(request, page, title: str, counts) -> HttpResponse:
    rows = counts.csv_rows()
    log_export(request.user, page, Kind.SOURCES, with_names=False, rows=len(rows))
    stamp = timezone.localtime().strftime("%Y-%m-%d")
    slug = page.slug if page is not None else "email-signups"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="sources-{slug}-{stamp}.csv"'
    response["Cache-Control"] = "private, no-store"
    writer = csv.writer(response)
    writer.writerow(CSV_HEADINGS)
    writer.writerow(("total", "", neutralise_cell(title), counts.total))
    for breakdown, code, label, count in rows:
        writer.writerow((breakdown, neutralise_cell(code), neutralise_cell(label), count))
    return response


def source_counts_view(request: HttpRequest, page_id: int) -> HttpResponse:
    """One action's counts by source, by channel and by partner; ?format=csv downloads them.
    A translation's address shows the page its records count on."""
    if not can_moderate(request.user):
        return forbidden()
    page = get_object_or_404(Page, pk=page_id).specific
    counting_id = find_counting_page_id(page)
    if counting_id != page.pk:
        return redirect(source_counts_url(counting_id))
    records = records_of(page)
    if records is None:
        raise Http404(_("This page takes no actions."))
    return _report(request, page, records)


def signup_source_counts_view(request: HttpRequest) -> HttpResponse:
    """The same for the email signup, which belongs to no page."""
    if not can_moderate(request.user):
        return forbidden()
    return _report(request, None, SIGNUPS)


def rotate_partner_key_view(request: HttpRequest, pk: int) -> HttpResponse:
    """A new private count link for a partner: a confirmation page (GET), then the change
    (POST). The old link stops working at once, in every language."""
    if not can_moderate(request.user):
        return forbidden()
    Organisation = apps.get_model("campaigns", "Organisation")
    organisation = get_object_or_404(Organisation, pk=pk)
    back = reverse("wagtailsnippets_campaigns_organisation:edit", args=[organisation.pk])
    if request.method == "POST":
        organisation.rotate_partner_key()
        messages.success(
            request,
            _("%(name)s has a new private link. The old one no longer works.")
            % {"name": organisation.name},
        )
        return redirect(back)
    return TemplateResponse(
        request,
        "actions/admin/rotate_partner_key.html",
        {"organisation": organisation, "back_url": back},
    )
