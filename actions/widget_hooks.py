"""The partner widget's admin screen (actions/widget_admin.py) and the links to it in a
page's header and listing menus. Imported by wagtail_hooks."""

from django.urls import path
from wagtail import hooks

from .widget_admin import embed_button, embed_view


@hooks.register("register_admin_urls")
def register_embed_urls():
    return [path("partner-widget/<int:page_id>/", embed_view, name="actions_embed")]


@hooks.register("register_page_header_buttons")
def embed_header_button(page, user, view_name, next_url=None):
    button = embed_button(page, user, priority=66)
    if button:
        yield button


@hooks.register("register_page_listing_more_buttons")
def embed_listing_button(page, user, next_url=None):
    button = embed_button(page, user, priority=56)
    if button:
        yield button
