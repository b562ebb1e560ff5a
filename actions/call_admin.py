"""Calls in the admin: the counts by official and outcome, for staff who may work on the call
page. The reports themselves, with their notes (free text a stranger typed), are listed and
exported for Data stewards only, as signatures are (CallReportAdmin in wagtail_hooks.py)."""

from django.apps import apps
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .admin_views import PageFilter
from .mixins import CallReportMixin
from .models import CallReport
from .moderation import SUPPORTER_DATA
from .pages import counting_pages
from .services.calls import outcomes_by_target

# A permission on a call page (or above it) that shows its counts.
PAGE_ACTIONS = {"add", "change", "publish", "lock", "unlock"}


class CallPageFilter(PageFilter):
    title = gettext_lazy("call page")
    parameter_name = "call_page"
    page_types = (CallReportMixin,)


def call_pages_for(user):
    """The call pages (one per call action: translations count on their counting page) that
    `user` may work on in the admin."""
    allowed = PagePermissionPolicy().instances_user_has_any_permission_for(user, PAGE_ACTIONS)
    pages = counting_pages(Page.objects.type(CallReportMixin)).filter(pk__in=allowed.values("pk"))
    return pages.specific().order_by("title")


def call_counts_view(request):
    """Calls per official and outcome on each call page the user may work on. Counts only:
    the notes are for Data stewards, who get a link to them."""
    pages = list(call_pages_for(request.user))
    outcomes = outcomes_by_target([page.pk for page in pages])
    target_model = apps.get_model("campaigns", "Target")
    target_ids = {pk for rows in outcomes.values() for pk in rows if pk is not None}
    targets = target_model._default_manager.in_bulk(target_ids)
    can_read_notes = request.user.has_perm(SUPPORTER_DATA)
    reports_url = reverse("actions_callreport_modeladmin_index") if can_read_notes else ""
    rows = []
    for page in pages:
        by_target = outcomes.get(page.pk, {})
        rows.append(
            {
                "page": page,
                "targets": [
                    {"target": targets.get(pk), "outcomes": row}
                    for pk, row in sorted(by_target.items(), key=lambda item: -item[1].total)
                ],
                "total": sum(row.total for row in by_target.values()),
                "notes_url": reports_url + "?" + urlencode({"call_page": page.pk})
                if can_read_notes
                else "",
            }
        )
    return TemplateResponse(
        request,
        "actions/admin/call_counts.html",
        {
            "pages": rows,
            "outcomes": CallReport.Outcome.labels,
            "can_read_notes": can_read_notes,
        },
    )
