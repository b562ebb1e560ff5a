"""The admin screens of telling signers what happened: updates to signers (actions/
updates_admin.py) and confirmation health (actions/confirmation_views.py), with links in a
petition's "More" menus. Imported by wagtail_hooks."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import confirmation_views, updates_admin


@hooks.register("register_admin_urls")
def register_signer_update_urls():
    return [
        path(
            "petitions/<int:page_id>/updates/",
            updates_admin.updates_view,
            name="actions_signer_updates",
        ),
        path(
            "petitions/<int:page_id>/updates/<int:milestone_id>/",
            updates_admin.compose_view,
            name="actions_signer_update_compose",
        ),
        path(
            "petitions/<int:page_id>/confirmations/",
            confirmation_views.confirmation_health_view,
            name="actions_confirmation_health",
        ),
    ]


@hooks.register("register_log_actions")
def register_signer_update_log_action(actions):
    actions.register_action(
        updates_admin.LOG_ACTION, _("Update emailed to signers"), _("Update emailed to signers")
    )


@hooks.register("register_page_listing_more_buttons")
def signer_updates_listing_button(page, user, next_url=None):
    # Confirmation health is only in the page's own header (and the action counts): knowing
    # whether a petition asks to confirm would cost the listing a query per row.
    button = updates_admin.updates_button(page, user, priority=57)
    if button:
        yield button


@hooks.register("register_page_header_buttons")
def signer_updates_header_button(page, user, view_name, next_url=None):
    for button in (
        updates_admin.updates_button(page, user, priority=68),
        confirmation_views.health_button(page, user, priority=69),
    ):
        if button:
            yield button
