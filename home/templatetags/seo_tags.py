"""Head tags for search engines, social networks, feed readers and calendar apps: used once in
base.html, so no page template needs to know about them."""

import json
from dataclasses import dataclass, field

from django import template
from django.db.models import prefetch_related_objects
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page

from campaigns.models import CampaignPage, EventIndexPage, EventPage, UpdatePage
from home.seo import (
    absolute,
    canonical_url,
    meta_description,
    share_image,
    site_settings_for,
    structured_data,
)

register = template.Library()

# Characters that could end the <script> element or start markup inside it.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


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
    site_feed = Feed(f"{site_name}: all updates", reverse("feeds:updates"))
    campaign = CampaignPage.for_page(page) if isinstance(page, Page) else None
    if campaign is None:
        feeds = PageFeeds(updates=site_feed)
        events_url = reverse("feeds:events")
        events_title = f"{site_name}: events"
    else:
        campaign_feed = Feed(
            f"{campaign.title}: updates", reverse("feeds:campaign_updates", args=[campaign.slug])
        )
        feeds = PageFeeds(updates=campaign_feed, extra=[site_feed])
        events_url = reverse("feeds:campaign_events", args=[campaign.slug])
        events_title = f"{campaign.title}: events"
    if tag is not None:
        feeds.topic = Feed(
            f"Updates about {tag.name}", reverse("feeds:tag_updates", args=[tag.slug])
        )
    if isinstance(page, EventIndexPage | EventPage):
        feeds.events = Feed(events_title, events_url, kind="text/calendar")
    return feeds


@register.simple_tag(takes_context=True)
def page_feeds(context) -> PageFeeds:
    """`{% page_feeds as feeds %}`: the feeds for the page being shown, for visible links."""
    site_settings = site_settings_for(context.get("request"))
    filters = context.get("filters")
    return feeds_for(
        context.get("page"), site_settings.organisation_name, getattr(filters, "tag", None)
    )


@register.inclusion_tag("components/head_meta.html", takes_context=True)
def seo_tags(context) -> dict:
    """Description, canonical address, OpenGraph and Twitter card, feed links and structured
    data for the page being shown. Views that are not pages give `seo_title`,
    `seo_description` and `canonical_path` in their context."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page):
        page = None
    site_settings = site_settings_for(request)
    # The footer lists the same links: fetched once here, shared through the cached settings.
    prefetch_related_objects([site_settings], "social_links")
    site_name = site_settings.organisation_name
    image = share_image(page, request, site_name)
    data = structured_data(page, request, site_settings, image)
    filters = context.get("filters")
    return {
        "site_name": site_name,
        "title": (page.seo_title or page.title) if page else context.get("seo_title", site_name),
        "description": meta_description(
            page, fallback=context.get("seo_description") or site_settings.tagline
        ),
        "canonical": canonical_url(page, request) if page else view_canonical(context),
        "image": image,
        "og_type": "article" if isinstance(page, UpdatePage) else "website",
        "published": page.published_at if isinstance(page, UpdatePage) else None,
        "feeds": feeds_for(page, site_name, getattr(filters, "tag", None)).alternates(),
        "structured_data": json_ld(data) if data else "",
        "request": request,
    }


def view_canonical(context) -> str:
    """The canonical address a view that is not a page (search) names, made absolute."""
    path = context.get("canonical_path")
    return absolute(context.get("request"), path) if path else ""


def json_ld(data: dict) -> SafeString:
    """`data` as JSON that is safe inside a <script> element."""
    text = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return mark_safe(text)  # noqa: S308 - every character that could end the element is escaped
