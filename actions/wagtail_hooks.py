"""Supporter data in the Wagtail admin: signatures, paper signatures, RSVPs, endorsements and
email signups for Data stewards, the action counts for everyone who uses the admin, and the
endorsements waiting for review on reviewers' dashboards."""

from django.contrib import admin
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register
from wagtail_modeladmin.views import CreateView

from .admin_views import (
    EndorsementPermissionHelper,
    EventFilter,
    GatedMenuItem,
    PaperSignaturesCreateView,
    PaperSignaturesForm,
    PetitionFilter,
    SafeExportIndexView,
    SignatureStatusFilter,
    StatementFilter,
    SupporterDataPermissionHelper,
    review_endorsement_view,
    supporter_counts_view,
    zoned_column,
)
from .call_admin import CallPageFilter
from .checkin_views import (
    RSVPIndexView,
    can_check_in,
    check_in_index_view,
    check_in_view,
    event_feedback_view,
)
from .export_admin import SupporterExportAdmin
from .letter_admin import (
    LetterActionFilter,
    LetterStatusFilter,
    LetterTargetFilter,
)
from .models import (
    RSVP,
    BlockedEmail,
    CallReport,
    Endorsement,
    Letter,
    PaperSignatures,
    Signature,
    UpdatesSignup,
)
from .moderation import PendingEndorsementsPanel, can_review_endorsements
from .occurrence_admin import OccurrenceFilter
from .steward_views import TrendingPanel, can_moderate, moderate_view, trending_view


def page_title_column(label: str):
    """The title of the record's page, under the name of its kind ("Petition", "Event")."""

    @admin.display(description=label, ordering="page__title")
    def page_title(model_admin, obj) -> str:
        return obj.page.title

    return page_title


class SupporterAdmin(ModelAdmin):
    permission_helper_class = SupporterDataPermissionHelper
    index_view_class = SafeExportIndexView
    inspect_view_enabled = True
    list_select_related = ["page"]
    list_per_page = 50
    add_to_settings_menu = False
    exclude_from_explorer = True


class SignatureAdmin(SupporterAdmin):
    model = Signature
    menu_label = gettext_lazy("Signatures")
    menu_icon = "edit"
    list_display = [
        "full_name",
        "email",
        "postcode",
        "page_title",
        zoned_column("created_at", gettext_lazy("signed at")),
        "status",
        "language",
    ]
    list_filter = [PetitionFilter, SignatureStatusFilter, "opt_in", "language", "created_at"]
    search_fields = ["first_name", "last_name", "email", "postcode"]
    list_export = [
        "first_name",
        "last_name",
        "email",
        "postcode",
        "phone",
        "opt_in",
        "comment",
        "page_title",
        "created_at",
        "confirmed_at",
        "moderation",
        "held_reason",
        "language",
    ]
    export_headings = {"opt_in": gettext_lazy("Wants campaign news")}
    page_title = page_title_column(gettext_lazy("Petition"))
    export_filename = "signatures"
    inspect_view_fields = [
        *list_export[:-6],
        "language",
        "created_at",
        "confirmed_at",
        "anonymised_at",
        "moderation",
        "held_reason",
        "held_at",
        "client_hash",
        "last_emailed_at",
        "confirmation_reminded_at",
    ]


class LetterAdmin(SupporterAdmin):
    """Letters to officials, filtered and exported as signatures are."""

    model = Letter
    menu_label = gettext_lazy("Letters")
    menu_icon = "mail"
    list_display = [
        "full_name",
        "email",
        "postcode",
        "target_name",
        "page_title",
        zoned_column("created_at", gettext_lazy("written at")),
        "status",
        "language",
    ]
    list_filter = [
        LetterActionFilter,
        LetterTargetFilter,
        LetterStatusFilter,
        "delivery",
        "opt_in",
        "language",
        "created_at",
    ]
    search_fields = ["first_name", "last_name", "email", "postcode", "target_name"]
    list_export = [
        "first_name",
        "last_name",
        "email",
        "postcode",
        "opt_in",
        "target_name",
        "subject",
        "body",
        "page_title",
        "created_at",
        "delivery",
        "delivery_due_on",
        "sent_at",
        "moderation",
        "held_reason",
        "language",
    ]
    export_headings = {"opt_in": gettext_lazy("Wants campaign news")}
    page_title = page_title_column(gettext_lazy("Letter action"))
    export_filename = "letters"
    inspect_view_fields = [*list_export, "state", "held_at", "client_hash", "anonymised_at"]


class RSVPAdmin(SupporterAdmin):
    model = RSVP
    menu_label = gettext_lazy("RSVPs")
    menu_icon = "date"
    list_display = [
        "name",
        "email",
        "guests",
        "status",
        "moderation",
        "page_title",
        zoned_column("occurrence_start", gettext_lazy("date")),
        zoned_column("created_at", gettext_lazy("RSVP'd at")),
        "language",
    ]
    list_filter = [EventFilter, OccurrenceFilter, "status", "moderation", "language", "created_at"]
    search_fields = ["name", "email", "phone"]
    list_export = [
        "name",
        "email",
        "phone",
        "guests",
        "status",
        "access_needs",
        "page_title",
        "occurrence_start",
        "created_at",
        "moderation",
        "language",
        "attended_at",
        "walk_in",
        "feedback_rating",
        "feedback_improve",
        "feedback_come_again",
        "feedback_help_organise",
    ]
    index_view_class = RSVPIndexView
    list_select_related = ["page", "feedback"]
    page_title = page_title_column(gettext_lazy("Event"))
    export_filename = "rsvps"

    @admin.display(description=gettext_lazy("feedback: how was it"))
    def feedback_rating(self, obj) -> str:
        feedback = getattr(obj, "feedback", None)
        return feedback.get_rating_display() if feedback else ""

    @admin.display(description=gettext_lazy("feedback: what we should do better"))
    def feedback_improve(self, obj) -> str:
        feedback = getattr(obj, "feedback", None)
        return feedback.improve if feedback else ""

    @admin.display(description=gettext_lazy("feedback: would come again"))
    def feedback_come_again(self, obj) -> bool | None:
        feedback = getattr(obj, "feedback", None)
        return feedback.come_again if feedback else None

    @admin.display(description=gettext_lazy("feedback: would help organise"))
    def feedback_help_organise(self, obj) -> bool | None:
        feedback = getattr(obj, "feedback", None)
        return feedback.help_organise if feedback else None


class EndorsementButtonHelper(ButtonHelper):
    """Approve and Reject buttons on pending endorsements, for those who may review them."""

    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        buttons = super().get_buttons_for_obj(obj, exclude, classnames_add, classnames_exclude)
        if obj.status != Endorsement.Status.PENDING or not self.permission_helper.user_can_edit_obj(
            self.request.user, obj
        ):
            return buttons
        for decision, label in (("approve", _("Approve")), ("reject", _("Reject"))):
            buttons.insert(
                0,
                {
                    "url": reverse("actions_review_endorsement", args=[obj.pk, decision])
                    + "?"
                    + urlencode({"next": self.request.get_full_path()}),
                    "label": label,
                    "classname": "button button-small"
                    + (" button-secondary" if decision == "reject" else ""),
                    "title": f"{label} {obj.organisation_name}",
                },
            )
        return buttons


class EndorsementAdmin(SupporterAdmin):
    model = Endorsement
    menu_label = gettext_lazy("Endorsements")
    menu_icon = "group"
    permission_helper_class = EndorsementPermissionHelper
    button_helper_class = EndorsementButtonHelper
    list_display = [
        "organisation_name",
        "scope",
        "status",
        "moderation",
        "page_title",
        "contact",
        zoned_column("submitted_at", gettext_lazy("submitted at")),
        "language",
    ]
    list_filter = ["status", "moderation", StatementFilter, "scope", "language", "submitted_at"]
    search_fields = ["organisation_name", "website", "contact_name", "contact_email"]
    list_export = [
        "organisation_name",
        "website",
        "scope",
        "status",
        "contact_name",
        "contact_email",
        "page_title",
        "submitted_at",
        "reviewed_at",
        "language",
    ]
    export_headings = {"scope": gettext_lazy("National or state")}
    page_title = page_title_column(gettext_lazy("Statement"))
    export_filename = "endorsements"
    edit_handler = ObjectList(
        [
            FieldPanel("organisation_name"),
            FieldPanel("website"),
            FieldPanel("scope"),
            FieldPanel("logo"),
            FieldPanel("status"),
            FieldPanel("contact_name"),
            FieldPanel("contact_email"),
        ]
    )

    def contact(self, obj) -> str:
        return format_html("{}<br>{}", obj.contact_name, obj.contact_email)


class UpdatesSignupAdmin(SupporterAdmin):
    model = UpdatesSignup
    menu_label = gettext_lazy("Email signups")
    menu_icon = "mail"
    list_select_related = []
    list_display = [
        "name",
        "email",
        "postcode",
        "moderation",
        zoned_column("created_at", gettext_lazy("signed up at")),
        "language",
    ]
    list_filter = ["moderation", "language", "created_at"]
    search_fields = ["name", "email", "postcode"]
    list_export = ["name", "email", "postcode", "consent", "created_at", "moderation", "language"]
    export_filename = "email-signups"
    inspect_view_fields = list_export


class PaperSignaturesAdmin(ModelAdmin):
    model = PaperSignatures
    menu_label = gettext_lazy("Paper signatures")
    menu_icon = "doc-full"
    create_view_class = PaperSignaturesCreateView
    list_display = [
        "description",
        "count",
        "page",
        "collected_on",
        "state",
        "added_by",
        zoned_column("added_at", gettext_lazy("added at")),
    ]
    list_filter = [PetitionFilter]
    list_select_related = ["page", "added_by"]
    edit_handler = ObjectList(
        [
            FieldPanel("page"),
            FieldPanel("count"),
            FieldPanel("description"),
            FieldPanel("collected_on"),
            FieldPanel("state"),
        ],
        base_form_class=PaperSignaturesForm,
    )


class BlockedEmailPermissionHelper(PermissionHelper):
    """Only data stewards keep the block list (they hold its model permissions)."""

    def user_can_list(self, user) -> bool:
        return can_moderate(user) and super().user_can_list(user)


class BlockedEmailCreateView(CreateView):
    def form_valid(self, form):
        form.instance.added_by = self.request.user
        return super().form_valid(form)


class BlockedEmailAdmin(ModelAdmin):
    """Email addresses and domains whose posts are stored as rejected (same thank-you)."""

    model = BlockedEmail
    menu_label = gettext_lazy("Blocked emails")
    menu_icon = "cross"
    permission_helper_class = BlockedEmailPermissionHelper
    create_view_class = BlockedEmailCreateView
    list_display = [
        "value",
        "kind",
        "reason",
        "added_by",
        zoned_column("added_at", gettext_lazy("added at")),
    ]
    list_filter = ["kind"]
    search_fields = ["value", "reason"]
    list_select_related = ["added_by"]


class CallReportAdmin(SupporterAdmin):
    """How callers said their calls went, with their notes: free text a stranger typed,
    shown escaped, to Data stewards only (the counts are under Call counts)."""

    model = CallReport
    menu_label = gettext_lazy("Call reports")
    menu_icon = "mobile-alt"
    list_select_related = ["page", "target"]
    list_display = [
        "target",
        "outcome",
        "note",
        "state",
        "page_title",
        zoned_column("created_at", gettext_lazy("reported at")),
        "moderation",
        "language",
    ]
    list_filter = [CallPageFilter, "outcome", "moderation", "state", "language", "created_at"]
    search_fields = ["note"]
    list_export = ["target", "outcome", "note", "state", "page_title", "created_at", "moderation"]
    page_title = page_title_column(gettext_lazy("Call page"))
    export_filename = "call-reports"


class SupporterGroup(ModelAdminGroup):
    menu_label = gettext_lazy("Supporters")
    menu_icon = "user"
    menu_order = 300
    items = (
        SignatureAdmin,
        LetterAdmin,
        PaperSignaturesAdmin,
        RSVPAdmin,
        EndorsementAdmin,
        UpdatesSignupAdmin,
        BlockedEmailAdmin,
        SupporterExportAdmin,
        CallReportAdmin,
    )


modeladmin_register(SupporterGroup)


@hooks.register("register_admin_urls")
def register_action_urls():
    return [
        path("action-counts/", supporter_counts_view, name="actions_counts"),
        path(
            "supporters/endorsements/<int:pk>/<str:decision>/",
            review_endorsement_view,
            name="actions_review_endorsement",
        ),
        path("supporters/trending/", trending_view, name="actions_trending"),
        path("supporters/trending/decide/", moderate_view, name="actions_moderate"),
        path("supporters/check-in/", check_in_index_view, name="actions_check_in_index"),
        path("supporters/events/<int:page_id>/check-in/", check_in_view, name="actions_check_in"),
        path(
            "supporters/events/<int:page_id>/feedback/",
            event_feedback_view,
            name="actions_event_feedback",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_trending_menu_item():
    return GatedMenuItem(
        _("Trending and held"),
        reverse("actions_trending"),
        icon_name="warning",
        order=295,
        allowed=can_moderate,
    )


@hooks.register("register_admin_menu_item")
def register_check_in_menu_item():
    return GatedMenuItem(
        _("Check-in"),
        reverse("actions_check_in_index"),
        icon_name="calendar-check",
        order=292,
        allowed=can_check_in,
    )


@hooks.register("register_admin_menu_item")
def register_counts_menu_item():
    return MenuItem(_("Action counts"), reverse("actions_counts"), icon_name="table", order=290)


@hooks.register("construct_homepage_panels")
def add_pending_endorsements_panel(request, panels: list) -> None:
    if can_review_endorsements(request.user):
        panels.append(PendingEndorsementsPanel())


@hooks.register("construct_homepage_panels")
def add_trending_panel(request, panels: list) -> None:
    if can_moderate(request.user):
        panel = TrendingPanel.if_needed()
        if panel is not None:
            panels.append(panel)


# Letters, calls, the delivery packet, signatures over time, updates to signers, confirmation
# health, source counts and the partner widget register their own screens.
from . import officials_hooks, source_hooks, updates_hooks, widget_hooks  # noqa: E402, F401
