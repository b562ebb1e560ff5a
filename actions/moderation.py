"""Who reviews endorsements, and how they hear that some are waiting: a dashboard panel with
the count and a link, and an email (sent by the task worker) when one arrives. The
organisation promises contacts a review "usually within a few days"."""

from collections.abc import Mapping
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.admin.ui.components import Component

from common.timezones import format_zoned

from .models import Endorsement, Moderation

SUPPORTER_DATA = "actions.view_supporter_data"
CHANGE_ENDORSEMENT = "actions.change_endorsement"


def can_review_endorsements(user) -> bool:
    """Reviewing shows the contact details, so it takes both permissions (Data stewards)."""
    return user.is_active and user.has_perm(SUPPORTER_DATA) and user.has_perm(CHANGE_ENDORSEMENT)


def endorsement_reviewers() -> QuerySet:
    """Active users who may review endorsements (by group, own permission or superuser) and
    have an email address."""
    users = get_user_model().objects
    # Permissions come from Django's own backend; django-axes' (first in the list) has none,
    # and with_perm() must be told which one to ask when there are several.
    backend = "django.contrib.auth.backends.ModelBackend"
    return (
        users.with_perm(SUPPORTER_DATA, backend=backend)
        .filter(pk__in=users.with_perm(CHANGE_ENDORSEMENT, backend=backend).values("pk"))
        .exclude(email="")
        .order_by("pk")
    )


def pending_review_url() -> str:
    """The endorsement list, narrowed to those waiting for review."""
    return (
        reverse("actions_endorsement_modeladmin_index")
        + "?"
        + urlencode({"status": Endorsement.Status.PENDING})
    )


class PendingEndorsementsPanel(Component):
    """On the dashboard of those who review endorsements: how many wait, with a link to them."""

    name = "pending_endorsements"
    template_name = "actions/admin/pending_endorsements_panel.html"
    order = 240  # after Wagtail's "Awaiting your review" and the week's go-lives

    def get_context_data(self, parent_context: Mapping[str, Any] | None = None) -> dict:
        pending = Endorsement.objects.filter(
            status=Endorsement.Status.PENDING, moderation=Moderation.COUNTED
        )
        oldest = pending.order_by("submitted_at").values_list("submitted_at", flat=True).first()
        return {
            "pending_count": pending.count(),
            "oldest": format_zoned(oldest),
            "review_url": pending_review_url(),
        }
