"""Confirmation health in the admin, for Data stewards: a double opt-in petition's signatures
made and confirmed per day and per email domain (actions.services.confirmations). Domains are
the part of addresses after the @, so only those who see supporters' details see them."""

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.widgets import Button
from wagtail.models import Page

from common.timezones import zone_abbreviations

from .mixins import SignablePetitionMixin
from .moderation import SUPPORTER_DATA
from .packet_views import petition_or_404
from .services.confirmation_reminders import REMIND_AFTER
from .services.confirmations import MIN_TO_FLAG, confirmation_health


def can_see_health(user) -> bool:
    return user.is_active and user.has_perm(SUPPORTER_DATA)


def confirmation_health_view(request: HttpRequest, page_id: int) -> HttpResponse:
    if not can_see_health(request.user):
        # A plain 403 (Wagtail turns PermissionDenied into a redirect to the dashboard).
        return HttpResponseForbidden(_("Only data stewards can see confirmation health."))
    petition = petition_or_404(page_id)
    return TemplateResponse(
        request,
        "actions/admin/confirmation_health.html",
        {
            "petition": petition,
            "health": confirmation_health(petition.pk),
            "zone": zone_abbreviations(),
            "min_to_flag": MIN_TO_FLAG,
            "remind_after_hours": int(REMIND_AFTER.total_seconds() // 3600),
        },
    )


def health_button(page: Page, user, priority: int) -> Button | None:
    """ "Confirmation health" on a petition that asks signers to confirm, for Data stewards."""
    if not issubclass(page.specific_class or type(None), SignablePetitionMixin):
        return None
    if not can_see_health(user) or not page.specific_deferred.require_confirmation:
        return None
    return Button(
        gettext_lazy("Confirmation health"),
        reverse("actions_confirmation_health", args=[page.pk]),
        icon_name="table",
        priority=priority,
    )
