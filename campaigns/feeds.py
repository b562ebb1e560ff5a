"""Feeds that readers follow in a feed reader or a calendar app: RSS of updates (the whole
site, one campaign, one topic) and iCalendar files of events, built with the calendar code the
event pages use. base.html announces the ones that apply to each page.

Each language has its own: /feeds/… lists the English pages, /es/feeds/… the Spanish ones
(under the site's Spanish home page), with titles in that language; a campaign's feed is found
by its slug in that language. Where the site has no home page in a language yet, its feeds are
not found (404)."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext
from django.views.decorators.cache import cache_control
from taggit.models import Tag
from wagtail.models import Page, Site

from common.calendar import event_calendar
from common.links import page_link, site_url
from common.page_cache import cache_public_page

from . import listings
from .models import CampaignPage, UpdatePage

FEED_LENGTH = 30
CALENDAR_LENGTH = 500
# Feed readers and calendar apps poll; a few minutes' delay is fine and spares the database.
# With the page cache on, feeds are kept and purged like pages (common/page_cache.py) and
# carry its lifetimes instead.
FEED_MAX_AGE = 10 * 60


@dataclass(frozen=True)
class FeedSource:
    """What a feed lists: a site's updates in one language (those under its home page in that
    language), narrowed to a campaign or to a topic."""

    site: Site
    home: Page
    campaign: CampaignPage | None = None
    tag: Tag | None = None

    @property
    def site_name(self) -> str:
        return self.site.site_name or settings.WAGTAIL_SITE_NAME

    @property
    def scope(self) -> Page:
        return self.campaign or self.home


def current_site(request: HttpRequest) -> Site:
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site answers at this address.")
    return site


def reader_home_or_404(site: Site) -> Page:
    home = listings.reader_home(site)
    if home is None:
        raise Http404("The site has no home page in this language yet.")
    return home


def campaign_or_404(home: Page, slug: str) -> CampaignPage:
    campaigns = CampaignPage.objects.live().public().descendant_of(home)
    return get_object_or_404(listings.in_locale_of(campaigns, home), slug=slug)


class UpdatesFeed(Feed):
    """Every campaign's latest updates and press clips, newest first. Press clips link to the
    outlet that published them; the rest to their page here."""

    def get_object(self, request, campaign_slug: str = "", tag_slug: str = "") -> FeedSource:
        site = current_site(request)
        home = reader_home_or_404(site)
        campaign = campaign_or_404(home, campaign_slug) if campaign_slug else None
        tag = get_object_or_404(Tag, slug=tag_slug) if tag_slug else None
        return FeedSource(site=site, home=home, campaign=campaign, tag=tag)

    def title(self, obj: FeedSource) -> str:
        if obj.campaign:
            return gettext("%(campaign)s: updates") % {"campaign": obj.campaign.title}
        if obj.tag:
            return gettext("%(site)s: updates about %(topic)s") % {
                "site": obj.site_name,
                "topic": obj.tag.name,
            }
        return gettext("%(site)s: latest updates") % {"site": obj.site_name}

    def description(self, obj: FeedSource) -> str:
        if obj.campaign:
            return obj.campaign.summary or gettext("News and press coverage of %(campaign)s.") % {
                "campaign": obj.campaign.title
            }
        if obj.tag:
            return gettext("Updates and press coverage about %(topic)s, newest first.") % {
                "topic": obj.tag.name
            }
        return gettext("News, press releases and press coverage from every campaign, newest first.")

    def link(self, obj: FeedSource) -> str:
        return obj.scope.url or "/"

    def items(self, obj: FeedSource):
        updates = listings.live_updates(obj.scope)
        if obj.tag:
            updates = updates.filter(tags=obj.tag)
        return updates.prefetch_related("tags").order_by("-date", "-pk")[:FEED_LENGTH]

    def item_title(self, item: UpdatePage) -> str:
        return item.title

    def item_link(self, item: UpdatePage) -> str:
        return item.original_url or item.url

    def item_guid(self, item: UpdatePage) -> str:
        # Our own address even for press clips: it stays the same if the outlet moves.
        return item.full_url

    def item_guid_is_permalink(self, item: UpdatePage) -> bool:
        return not item.original_url

    def item_description(self, item: UpdatePage) -> str:
        text = item.summary or item.excerpt or item.search_description
        if item.is_press_clip and item.outlet:
            return f"{item.outlet}: {text}" if text else item.outlet
        return text

    def item_pubdate(self, item: UpdatePage):
        return item.published_at

    def item_updateddate(self, item: UpdatePage):
        return item.last_published_at

    def item_author_name(self, item: UpdatePage) -> str:
        return item.byline.removeprefix("By ").strip()

    def item_categories(self, item: UpdatePage) -> list[str]:
        return [tag.name for tag in item.tags.all()]


def calendar_response(request: HttpRequest, scope: Page, name: str, filename: str):
    """An iCalendar feed of the live events under `scope` (the newest CALENDAR_LENGTH), each
    event the same as its own page's calendar file."""
    newest = listings.live_events(scope).order_by("-starts_at", "-pk")
    base_url = site_url(request)
    ics = event_calendar(
        *(event.calendar_event(page_link(event, base_url)) for event in newest[:CALENDAR_LENGTH]),
        name=name,
    )
    response = HttpResponse(ics, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@cache_public_page
@cache_control(public=True, max_age=FEED_MAX_AGE)
def events_calendar(request: HttpRequest) -> HttpResponse:
    """Every event on the site in the reader's language, for calendar apps to subscribe to."""
    site = current_site(request)
    source = FeedSource(site=site, home=reader_home_or_404(site))
    name = gettext("%(site)s: events") % {"site": source.site_name}
    return calendar_response(request, source.home, name, "events.ics")


@cache_public_page
@cache_control(public=True, max_age=FEED_MAX_AGE)
def campaign_events_calendar(request: HttpRequest, campaign_slug: str) -> HttpResponse:
    """One campaign's events, for calendar apps to subscribe to."""
    campaign = campaign_or_404(reader_home_or_404(current_site(request)), campaign_slug)
    name = gettext("%(campaign)s: events") % {"campaign": campaign.title}
    return calendar_response(request, campaign, name, f"{campaign.slug}-events.ics")
