"""Filters for pages shown in lists (search results, listings) whatever their type."""

from django import template
from django.utils.text import capfirst
from wagtail.models import Page

from campaigns.models import EventPage, PetitionPage, UpdatePage
from home.seo import meta_description

register = template.Library()


@register.filter
def page_kind(page: Page) -> str:
    """What kind of page this is, in a word or two: 'Update', 'Closed petition', 'Event'."""
    if isinstance(page, UpdatePage):
        return "Press" if page.is_press_clip else "Update"
    if isinstance(page, PetitionPage):
        return "Petition" if page.is_open else "Closed petition"
    if isinstance(page, EventPage):
        return "Past event" if page.is_past else "Event"
    return capfirst(page.specific_class._meta.verbose_name)


@register.filter
def page_description(page: Page) -> str:
    """A page's description (search description, summary or introduction) as plain text."""
    return meta_description(page)


@register.filter
def calendar_file_url(event: EventPage) -> str:
    """The address of an event's own calendar file (a route of the event page)."""
    return event.url + event.reverse_subpage("calendar_file")
