"""What the site lists under a page: its latest updates, open petitions and upcoming events,
and the live updates and events that the week of action's programme and the feeds read. The
campaign hub and the home page show the same lists, with the same prefetches, from here."""

from django.utils import timezone
from wagtail.models import Page

from .models.base import with_listing_images
from .models.events import EventPage
from .models.petitions import TARGETS_PREFETCH, PetitionPage
from .models.updates import UpdatePage

# How many of each a hub or the home page shows before its 'All …' link.
LIST_SIZE = 3


def live_updates(scope: Page):
    """Every live, public update or press clip under `scope`."""
    return UpdatePage.objects.live().public().descendant_of(scope)


def live_events(scope: Page):
    """Every live, public event under `scope`."""
    return EventPage.objects.live().public().descendant_of(scope)


def latest_updates(scope: Page, limit: int = LIST_SIZE):
    """The newest updates under `scope`, with their lead images and renditions prefetched."""
    return with_listing_images(live_updates(scope)).order_by("-date", "-pk")[:limit]


def open_petitions(scope: Page, limit: int = LIST_SIZE):
    """The petitions under `scope` still taking signatures, with their lead images and the
    officials they are addressed to prefetched; the cards add counts in one batch."""
    petitions = PetitionPage.objects.live().public().descendant_of(scope)
    petitions = with_listing_images(petitions).prefetch_related(TARGETS_PREFETCH)
    return PetitionPage.open_petitions(petitions)[:limit]


def upcoming_events(scope: Page, limit: int = LIST_SIZE):
    """The events under `scope` that have not ended yet, soonest first."""
    events = live_events(scope).filter(ends_at__gte=timezone.now())
    return with_listing_images(events).order_by("starts_at")[:limit]
