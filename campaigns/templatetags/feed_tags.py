"""The feeds that follow what a page shows (the campaign's or the site's updates, a topic, a
calendar): announced in the head by `{% feed_links %}` in base.html, and offered as visible
links by `{% page_feeds as feeds %}` on the update and event indexes."""

from dataclasses import dataclass, field

from django import template
from django.urls import reverse
from django.utils.translation import gettext
from wagtail.models import Page

from campaigns.models import CampaignPage, EventIndexPage, EventPage
from home.seo import site_settings_for

register = template.Library()


@dataclass(frozen=True)
class Feed:
    title: str
    url: str
    kind: str = "application/rss+xml"


@dataclass
class PageFeeds:
    """The feeds that follow what a page shows: `updates` (the campaign's, else the site's),
    `topic` (when a listing is narrowed to a tag) and `events` (a calendar)."""

    updates: Feed
    topic: Feed | None = None
    events: Feed | None = None
    extra: list[Feed] = field(default_factory=list)

    def alternates(self) -> list[Feed]:
        """Every feed to announce in the head, most general first."""
        return [feed for feed in [*self.extra, self.updates, self.topic, self.events] if feed]


def feeds_for(page: Page | None, site_name: str, tag=None) -> PageFeeds:
    # reverse() gives the feeds of the active language: /es/feeds/… on a Spanish page.
    site_feed = Feed(
        gettext("%(site)s: all updates") % {"site": site_name}, reverse("feeds:updates")
    )
    campaign = CampaignPage.for_page(page) if isinstance(page, Page) else None
    if campaign is None:
        feeds = PageFeeds(updates=site_feed)
        events_url = reverse("feeds:events")
        events_title = gettext("%(site)s: events") % {"site": site_name}
    else:
        campaign_feed = Feed(
            gettext("%(campaign)s: updates") % {"campaign": campaign.title},
            reverse("feeds:campaign_updates", args=[campaign.slug]),
        )
        feeds = PageFeeds(updates=campaign_feed, extra=[site_feed])
        events_url = reverse("feeds:campaign_events", args=[campaign.slug])
        events_title = gettext("%(campaign)s: events") % {"campaign": campaign.title}
    if tag is not None:
        feeds.topic = Feed(
            gettext("Updates about %(topic)s") % {"topic": tag.name},
            reverse("feeds:tag_updates", args=[tag.slug]),
        )
    if isinstance(page, EventIndexPage | EventPage):
        feeds.events = Feed(events_title, events_url, kind="text/calendar")
    return feeds


def context_feeds(context) -> PageFeeds:
    """The feeds for the page (or view) the template context shows."""
    site_settings = site_settings_for(context.get("request"))
    filters = context.get("filters")
    return feeds_for(
        context.get("page"), site_settings.organisation_name, getattr(filters, "tag", None)
    )


@register.simple_tag(takes_context=True)
def page_feeds(context) -> PageFeeds:
    """`{% page_feeds as feeds %}`: the feeds for the page being shown, for visible links."""
    return context_feeds(context)


@register.inclusion_tag("components/feed_links.html", takes_context=True)
def feed_links(context) -> dict:
    """The head's <link rel="alternate"> for every feed that follows the page being shown."""
    return {"feeds": context_feeds(context).alternates()}
