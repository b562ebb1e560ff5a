"""What the site lists under a page: its latest updates, open petitions and upcoming events,
and the live updates and events that the week of action's programme and the feeds read. The
campaign hub and the home page show the same lists, with the same prefetches, from here.

Each language is a tree of its own (the Spanish home page is a translation of the English one,
and a Spanish page lives under it), so a list under a page lists that page's language; the
lists also say so (`in_locale_of`), so that a page an editor moved into the other language's
tree is not listed to readers of the wrong one. Lists of the whole site start at
`reader_home`, the site's home page in the reader's language."""

from django.db.models import QuerySet
from django.utils import timezone, translation
from wagtail.models import Page, Site

from home.languages import live_translations

from .models.base import with_listing_images
from .models.events import EventPage, by_next_date
from .models.petitions import TARGETS_PREFETCH, PetitionPage
from .models.updates import UpdatePage

# How many of each a hub or the home page shows before its 'All …' link.
LIST_SIZE = 3


def reader_home(site: Site) -> Page | None:
    """`site`'s home page in the reader's (the active) language, or None while the site has
    none in that language: where lists of the whole site (search, feeds) start. One query."""
    root = site.root_page
    return live_translations(root).get((root.translation_key, translation.get_language()))


def in_locale_of(pages: QuerySet, scope: Page) -> QuerySet:
    """`pages` in `scope`'s language."""
    return pages.filter(locale_id=scope.locale_id)


def live_updates(scope: Page):
    """Every live, public update or press clip under `scope`, in its language."""
    return in_locale_of(UpdatePage.objects.live().public().descendant_of(scope), scope)


def live_events(scope: Page):
    """Every live, public event under `scope`, in its language."""
    return in_locale_of(EventPage.objects.live().public().descendant_of(scope), scope)


def latest_updates(scope: Page, limit: int = LIST_SIZE):
    """The newest updates under `scope`, with their lead images and renditions prefetched."""
    return with_listing_images(live_updates(scope)).order_by("-date", "-pk")[:limit]


def open_petitions(scope: Page, limit: int = LIST_SIZE):
    """The petitions under `scope` still taking signatures, with their lead images and the
    officials they are addressed to prefetched; the cards add counts in one batch."""
    petitions = in_locale_of(PetitionPage.objects.live().public().descendant_of(scope), scope)
    petitions = with_listing_images(petitions).prefetch_related(TARGETS_PREFETCH)
    return PetitionPage.open_petitions(petitions)[:limit]


def upcoming_events(scope: Page, limit: int = LIST_SIZE):
    """The events under `scope` that have not ended yet, soonest first (a repeating event by
    its next date: it is listed until its last one is over)."""
    events = live_events(scope).filter(ends_at__gte=timezone.now())
    return by_next_date(with_listing_images(events).order_by("starts_at"))[:limit]
