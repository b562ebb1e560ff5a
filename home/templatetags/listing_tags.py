"""Filters for pages shown in lists (search results, listings) whatever their type."""

from django import template
from wagtail.models import Page

from home.seo import listing_label, meta_description

register = template.Library()


@register.filter
def page_kind(page: Page) -> str:
    """What kind of page this is, in a word or two: 'Update', 'Closed petition', 'Event'."""
    return listing_label(page)


@register.filter
def page_description(page: Page) -> str:
    """A page's description (search description, summary or introduction) as plain text."""
    return meta_description(page)
