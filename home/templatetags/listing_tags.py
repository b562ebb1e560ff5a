"""Filters for pages shown in lists (search results, listings) whatever their type."""

from django import template
from django.utils.text import capfirst
from wagtail.models import Page

from actions.services.counts import Progress, progress_for, signature_counts
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


def listing_progress(petition: PetitionPage, count: int) -> Progress | None:
    """A petition's count against its goal for listings, or None for a petition hosted on
    another site whose count nobody recorded here (it would read "0 signatures" forever)."""
    if petition.is_external and not count:
        return None
    return progress_for(count, petition.goal, petition.next_goal)


@register.filter
def with_signature_progress(pages) -> list[Page]:
    """`pages` as a list, each petition among them carrying `listing_progress`: its count
    against its goal, from one batch of counts for the whole list (not a count per card)."""
    pages = list(pages)
    petitions = [page for page in pages if isinstance(page, PetitionPage)]
    counts = signature_counts([petition.pk for petition in petitions]) if petitions else {}
    for petition in petitions:
        petition.listing_progress = listing_progress(petition, counts[petition.pk])
    return pages
