"""The admin screens of source tracking (actions.source_views): each action's counts by
source, channel and partner, and rotating a partner's private link. Reached from Action
counts and from an organisation's edit screen; Data stewards only."""

from django.urls import path
from wagtail import hooks

from .source_views import rotate_partner_key_view, signup_source_counts_view, source_counts_view


@hooks.register("register_admin_urls")
def register_source_urls():
    return [
        path(
            "action-counts/<int:page_id>/sources/",
            source_counts_view,
            name="actions_source_counts",
        ),
        path(
            "action-counts/email-signups/sources/",
            signup_source_counts_view,
            name="actions_signup_source_counts",
        ),
        path(
            "partners/<int:pk>/new-private-link/",
            rotate_partner_key_view,
            name="actions_rotate_partner_key",
        ),
    ]
