"""The admin screens of reaching officials and of what a petition produces: letters to hand
in, call counts, the delivery packet and signatures over time. Imported by wagtail_hooks."""

from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import history_views
from .admin_views import GatedMenuItem
from .call_admin import call_counts_view
from .letter_admin import (
    can_see_letters,
    hand_delivery_done_view,
    hand_delivery_export_view,
    hand_delivery_view,
)
from .mixins import SignablePetitionMixin
from .moderation import SUPPORTER_DATA
from .packet_views import delivery_packet_view, packet_url


# The delivery packet (actions/packet_views.py): its form, and a link to it in a petition's
# "more" menus (the page editor's header and the page listings), for data stewards.
@hooks.register("register_admin_urls")
def register_packet_urls():
    return [
        path(
            "supporters/delivery-packet/<int:page_id>/",
            delivery_packet_view,
            name="actions_delivery_packet",
        )
    ]


def packet_button(page, user, priority: int):
    petition = issubclass(page.specific_class or type(None), SignablePetitionMixin)
    if petition and user.has_perm(SUPPORTER_DATA):
        yield Button(
            _("Delivery packet"), url=packet_url(page), icon_name="doc-full", priority=priority
        )


@hooks.register("register_page_header_buttons")
def packet_header_button(page, user, view_name, next_url=None):
    yield from packet_button(page, user, priority=80)


@hooks.register("register_page_listing_more_buttons")
def packet_listing_button(page, user, next_url=None):
    yield from packet_button(page, user, priority=70)


# Signatures over time (actions/history_views.py): counts only, for the petition's editors.
@hooks.register("register_admin_urls")
def register_signature_history_urls():
    return [
        path(
            "petitions/<int:page_id>/signatures-over-time/",
            history_views.history_view,
            name="actions_signature_history",
        ),
        path(
            "petitions/<int:page_id>/signatures-over-time.csv",
            history_views.history_csv,
            name="actions_signature_history_csv",
        ),
        path(
            "petitions/<int:page_id>/signatures-over-time.json",
            history_views.history_json,
            name="actions_signature_history_json",
        ),
    ]


@hooks.register("register_admin_urls")
def register_letter_urls():
    return [
        path("letters/hand-delivery/", hand_delivery_view, name="actions_hand_delivery"),
        path(
            "letters/hand-delivery/export/",
            hand_delivery_export_view,
            name="actions_hand_delivery_export",
        ),
        path(
            "letters/hand-delivery/done/",
            hand_delivery_done_view,
            name="actions_hand_delivery_done",
        ),
    ]


@hooks.register("register_page_listing_more_buttons")
def signature_history_listing_button(page, user, next_url=None):
    button = history_views.history_button(page, user, priority=55)
    if button:
        yield button


@hooks.register("register_page_header_buttons")
def signature_history_header_button(page, user, view_name, next_url=None):
    button = history_views.history_button(page, user, priority=67)
    if button:
        yield button


@hooks.register("register_admin_menu_item")
def register_hand_delivery_menu_item():
    return GatedMenuItem(
        _("Letters to hand in"),
        reverse("actions_hand_delivery"),
        icon_name="mail",
        order=296,
        allowed=can_see_letters,
    )


@hooks.register("register_admin_urls")
def register_call_count_urls():
    return [path("action-counts/calls/", call_counts_view, name="actions_call_counts")]


@hooks.register("register_admin_menu_item")
def register_call_counts_menu_item():
    return MenuItem(
        _("Call counts"), reverse("actions_call_counts"), icon_name="mobile-alt", order=291
    )
