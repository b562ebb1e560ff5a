"""Builders for the pages and form data that the action tests use."""

import datetime as dt

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from campaigns.models import (
    CampaignPage,
    EndorsementPage,
    EventIndexPage,
    EventPage,
    PetitionIndexPage,
    PetitionPage,
)
from home.models import HomePage


def ensure_site() -> HomePage:
    """A routable site for transactional tests (concurrency, browser), which start from one of
    three states: the preloaded demo with the migration-time rows restored over it (the home
    page's child count is then stale, so treebeard recounts it); the migration-time rows; or
    an empty database. The last happens after Playwright has started: its event loop makes
    asgiref hand the test a new database connection, one that Django's serialized rollback
    does not know about, so nothing is restored."""
    home = HomePage.objects.first()
    if home:
        Page.fix_tree()
        return home
    ContentType.objects.clear_cache()  # the cached ids went with the flushed rows
    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    locale, _ = Locale.objects.get_or_create(language_code=language)
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = root.add_child(instance=HomePage(title="Home", slug="home", locale=locale))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return home


def publish(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def petition_index() -> PetitionIndexPage:
    """The demo's petition index, or (in a flushed transactional test) a new one."""
    existing = PetitionIndexPage.objects.first()
    if existing:
        return existing
    return publish(HomePage.objects.first(), PetitionIndexPage(title="Petitions", slug="petitions"))


def event_index() -> EventIndexPage:
    existing = EventIndexPage.objects.first()
    if existing:
        return existing
    return publish(HomePage.objects.first(), EventIndexPage(title="Events", slug="events"))


def make_petition(**fields) -> PetitionPage:
    defaults = {
        "title": "Free them all",
        "slug": "free-them-all",
        "ask": "Release everyone held at Adelanto",
        "goal": 10,
        "share_text": "I signed: release everyone held at Adelanto",
        "share_hashtags": "#FreeThemAll #Adelanto",
        "donate_url": "https://donate.example.org/adelanto",
        "donate_text": "Chip in $5 for the bail fund",
    }
    return publish(petition_index(), PetitionPage(**{**defaults, **fields}))


def make_event(**fields) -> EventPage:
    day = timezone.localdate() + dt.timedelta(days=10)
    defaults = {
        "title": "Vigil at Adelanto",
        "slug": "vigil-at-adelanto",
        "start_date": day,
        "start_time": dt.time(18, 0),
        "end_time": dt.time(20, 0),
        "time_zone": "America/Los_Angeles",
        "venue_name": "Adelanto Stadium",
        "address": "10500 Rancho Rd, Adelanto, CA",
        "summary": "A candlelight vigil.",
        "capacity": 3,
    }
    return publish(event_index(), EventPage(**{**defaults, **fields}))


def make_statement(**fields) -> EndorsementPage:
    parent = CampaignPage.objects.first() or HomePage.objects.first()
    defaults = {
        "title": "Stand with immigrant families",
        "slug": "stand-with-immigrant-families",
        "statement": "<p>We stand with immigrant families.</p>",
    }
    return publish(parent, EndorsementPage(**{**defaults, **fields}))


def signer(**overrides) -> dict:
    return {
        "first_name": "Ana",
        "last_name": "Reyes",
        "email": "ana.reyes@example.org",
        "postcode": "90012",
        "phone": "",
        "comment": "",
        **overrides,
    }


def attendee(**overrides) -> dict:
    return {"name": "Luis Ortega", "email": "luis@example.org", "guests": "0", **overrides}
