"""Admin building blocks for supporter data: who may see it, safe exports, the endorsement
review step and the counts every editor may see."""

from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime

from django.contrib import admin, messages
from django.contrib.admin.utils import label_for_field, lookup_field
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import models
from django.db.models import Count, F, Q, Sum
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.views import CreateView, IndexView

from common.links import site_url
from common.timezones import EXPORT_FORMAT, format_zoned, zone_abbreviations

from .mixins import EndorsableMixin, RSVPMixin, SignablePetitionMixin
from .models import (
    RSVP,
    Endorsement,
    Letter,
    Moderation,
    PaperSignatures,
    Signature,
    UpdatesSignup,
)
from .models.signatures import COUNTED
from .moderation import SUPPORTER_DATA, can_review_endorsements, pending_review_url
from .pages import counting_pages
from .services.endorsements import review_endorsement
from .services.export_log import Kind, log_export
from .services.exports import neutralise_cell
from .services.letters import letter_count_rows


class SupporterDataPermissionHelper(PermissionHelper):
    """Names and contact details are shown only to holders of the supporter-data permission
    (the Data stewards group); the model's own permissions still govern changes. Records
    come from the public forms, so nobody creates them here."""

    allow_edit = False

    def user_can_list(self, user) -> bool:
        return user.has_perm(SUPPORTER_DATA)

    def user_can_inspect_obj(self, user, obj) -> bool:
        return user.has_perm(SUPPORTER_DATA)

    def user_can_create(self, user) -> bool:
        return False

    def user_can_edit_obj(self, user, obj) -> bool:
        return (
            self.allow_edit
            and user.has_perm(SUPPORTER_DATA)
            and super().user_can_edit_obj(user, obj)
        )

    def user_can_delete_obj(self, user, obj) -> bool:
        return user.has_perm(SUPPORTER_DATA) and super().user_can_delete_obj(user, obj)


class EndorsementPermissionHelper(SupporterDataPermissionHelper):
    allow_edit = True  # fix a typo in an organisation's name before approving it


def zoned_heading(label: str) -> str:
    """A date column's heading names the zone its times are in: "Signed at (PST/PDT)"."""
    # Lazy: the columns are made at import, and staff read them in their own language.
    return format_lazy("{} ({})", capfirst(label), zone_abbreviations())


def zoned_column(field: str, label: str) -> Callable:
    """An admin list column showing a date in the campaign's zone with the zone named
    ("Fri 20 Oct 2017, 17:00 PDT"), sortable by the field."""

    @admin.display(description=zoned_heading(label), ordering=field)
    def column(obj) -> str:
        return format_zoned(getattr(obj, field))

    column.__name__ = f"{field}_zoned"
    return column


# What the export log calls each list's spreadsheet (a model admin may set `export_kind`).
EXPORT_KINDS = {
    Signature: Kind.SIGNATURES,
    RSVP: Kind.RSVPS,
    Endorsement: Kind.ENDORSEMENTS,
    UpdatesSignup: Kind.SIGNUPS,
    Letter: Kind.LETTERS,
}


class SafeExportIndexView(IndexView):
    """The modeladmin list with exports a steward can read and that cannot smuggle formulas
    into a spreadsheet: the headings and choice labels staff see in the admin (not
    "Zip Or Postcode" and "going"), times in the campaign's zone with the zone named, and
    empty and false values kept as they are (instead of the list's "-"). Every export is
    written to the export log (actions.services.export_log) with the page it was filtered to;
    a list filtered to one petition also offers that petition's delivery packet."""

    export_buttons_template_name = "actions/admin/export_buttons.html"

    def as_spreadsheet(self, queryset, spreadsheet_format):
        kind = getattr(self.model_admin, "export_kind", "") or EXPORT_KINDS.get(
            self.model, self.model._meta.model_name
        )
        log_export(
            self.request.user,
            self.filtered_page(),
            kind,
            True,
            queryset.count(),
            file_format=spreadsheet_format,
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def filtered_page(self) -> Page | None:
        """The petition, event or statement the list is filtered to, if any."""
        for list_filter in self.list_filter:
            if isinstance(list_filter, type) and issubclass(list_filter, PageFilter):
                value = self.params.get(list_filter.parameter_name) or ""
                if value.isascii() and value.isdigit():
                    return Page.objects.filter(pk=int(value)).first()
        return None

    @cached_property
    def packet_url(self) -> str:
        if PetitionFilter not in self.list_filter:
            return ""
        page = self.filtered_page()
        return reverse("actions_delivery_packet", args=[page.pk]) if page else ""

    def to_row_dict(self, item):
        row = OrderedDict()
        for name in self.list_export:
            field, _attr, value = lookup_field(name, item, self.model_admin)
            if getattr(field, "choices", None):
                # In the steward's language; a spreadsheet takes text, not lazy strings.
                value = str(dict(field.flatchoices).get(value, value))
            row[name] = value
        return row

    def get_heading(self, queryset, field):
        heading = getattr(self.model_admin, "export_headings", {}).get(field)
        if heading:
            return str(heading)
        label = label_for_field(field, model=self.model, model_admin=self.model_admin)
        if isinstance(self._model_field(field), models.DateTimeField):
            return str(zoned_heading(label))
        return str(capfirst(label))

    def _model_field(self, name: str) -> models.Field | None:
        try:
            return self.model._meta.get_field(name)
        except FieldDoesNotExist:  # a method or property of the admin or the model
            return None

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, bool):
            value = _("yes") if value else _("no")
        if value is None:
            value = ""
        if isinstance(value, datetime):
            value = format_zoned(value, EXPORT_FORMAT)
        return neutralise_cell(super().preprocess_field_value(field, value, export_format))


# Records a data steward has not held or rejected.
STANDING = Q(moderation=Moderation.COUNTED)


class PageFilter(admin.SimpleListFilter):
    """Filter records by the page they belong to, listing only pages of the right kind."""

    page_types: tuple = ()

    def lookups(self, request, model_admin):
        # Records are stored against each page's counting page (actions.pages): its
        # translations would select nothing.
        pages = counting_pages(Page.objects.type(*self.page_types))
        pages = pages.order_by("title").only("pk", "title")
        return [(str(page.pk), page.title) for page in pages]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isascii() and value.isdigit():
            return queryset.filter(page_id=int(value))
        return queryset


class PetitionFilter(PageFilter):
    title = gettext_lazy("petition")
    parameter_name = "petition"
    page_types = (SignablePetitionMixin,)


class EventFilter(PageFilter):
    title = gettext_lazy("event")
    parameter_name = "event"
    page_types = (RSVPMixin,)


class StatementFilter(PageFilter):
    title = gettext_lazy("statement")
    parameter_name = "statement"
    page_types = (EndorsableMixin,)


class SignatureStatusFilter(admin.SimpleListFilter):
    title = gettext_lazy("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return Signature.Status.choices

    def queryset(self, request, queryset):
        condition = Signature.STATUS_CONDITIONS.get(self.value())
        return queryset if condition is None else queryset.filter(condition)


class PaperSignaturesForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only counting pages: a translation's signatures count on its counting page.
        petitions = counting_pages(Page.objects.type(SignablePetitionMixin))
        self.fields["page"].queryset = petitions.order_by("title")
        self.fields["page"].help_text = _("The petition these signatures were collected for.")


class PaperSignaturesCreateView(CreateView):
    def form_valid(self, form):
        form.instance.added_by = self.request.user
        return super().form_valid(form)


def review_endorsement_view(request, pk: int, decision: str):
    """Approve or reject a pending endorsement: a confirmation page, then a POST."""
    if decision not in ("approve", "reject"):
        raise PermissionDenied
    if not can_review_endorsements(request.user):
        raise PermissionDenied
    endorsement = get_object_or_404(Endorsement.objects.select_related("page"), pk=pk)
    index_url = redirect_target(request)
    if request.method == "POST":
        review_endorsement(endorsement, approve=decision == "approve", base_url=site_url())
        if decision == "approve":
            done = _("%(organisation)s approved: it now appears in the list.")
        else:
            done = _("%(organisation)s rejected.")
        messages.success(request, done % {"organisation": endorsement.organisation_name})
        return redirect(index_url)
    return TemplateResponse(
        request,
        "actions/admin/review_endorsement.html",
        {"endorsement": endorsement, "decision": decision, "index_url": index_url},
    )


def redirect_target(request) -> str:
    target = request.GET.get("next") or request.POST.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return target
    return pending_review_url()


def supporter_counts_view(request):
    """Counts only, for everyone who uses the admin: no names, no contact details."""
    signatures = {
        row["page_id"]: row
        for row in Signature.objects.values("page_id").annotate(
            counted=Count("pk", filter=COUNTED),
            awaiting=Count("pk", filter=Q(confirmed_at__isnull=True) & STANDING),
        )
    }
    paper = dict(
        PaperSignatures.objects.values("page_id")
        .annotate(total=Sum("count"))
        .values_list("page_id", "total")
    )
    petitions = []
    # One row per petition: a translation counts on its counting page (actions.pages).
    for page in (
        counting_pages(Page.objects.type(SignablePetitionMixin)).specific().order_by("title")
    ):
        row = signatures.get(page.pk, {})
        online = row.get("counted", 0)
        petitions.append(
            {
                "page": page,
                "online": online,
                "paper": paper.get(page.pk, 0),
                "total": online + paper.get(page.pk, 0),
                "awaiting": row.get("awaiting", 0),
            }
        )
    rsvps = {
        row["page_id"]: row
        for row in RSVP.objects.values("page_id").annotate(
            going=Sum(F("guests") + 1, filter=Q(status=RSVP.Status.GOING) & STANDING),
            waitlist=Sum(F("guests") + 1, filter=Q(status=RSVP.Status.WAITLIST) & STANDING),
            cancelled=Count("pk", filter=Q(status=RSVP.Status.CANCELLED)),
        )
    }
    events = [
        {"page": page, **rsvps.get(page.pk, {})}
        for page in counting_pages(Page.objects.type(RSVPMixin))
        .specific()
        .order_by("-first_published_at")
        if page.pk in rsvps or page.ends_at >= timezone.now()
    ]
    endorsements = {
        row["page_id"]: row
        for row in Endorsement.objects.values("page_id").annotate(
            approved=Count("pk", filter=Q(status=Endorsement.Status.APPROVED) & STANDING),
            pending=Count("pk", filter=Q(status=Endorsement.Status.PENDING) & STANDING),
        )
    }
    statements = [
        {"page": page, **endorsements.get(page.pk, {})}
        for page in counting_pages(Page.objects.type(EndorsableMixin)).order_by("title")
    ]
    return TemplateResponse(
        request,
        "actions/admin/counts.html",
        {
            "petitions": petitions,
            "events": events,
            "statements": statements,
            "can_see_supporters": request.user.has_perm(SUPPORTER_DATA),
            "letters": letter_count_rows(),
        },
    )


class GatedMenuItem(MenuItem):
    """A menu item shown only to the users `allowed(user)` lets use its screen."""

    def __init__(self, *args, allowed, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed = allowed

    def is_shown(self, request) -> bool:
        return self.allowed(request.user)
