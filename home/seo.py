"""What search engines and social networks read about a page: its description, share image,
canonical address and schema.org structured data (NewsArticle for updates, Event for events,
WebSite and Organization for the home page). Templates use it through `seo_tags`."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import HttpRequest
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page, Site

from campaigns.models import EventPage, UpdatePage

from .models import HomePage, SiteSettings

logger = logging.getLogger(__name__)

# Facebook, LinkedIn, Bluesky and X all crop a 1.91:1 picture well.
SHARE_IMAGE_FILTER = "fill-1200x630|format-jpeg|jpegquality-80"
DEFAULT_SHARE_IMAGE = "img/share-default.png"
DEFAULT_SHARE_IMAGE_SIZE = (1200, 630)
LOGO = "img/logo.png"
DESCRIPTION_LENGTH = 200
# Query parameters that change what a listing shows; every other one (utm_*, fbclid, a
# mailing's tracking codes) is dropped from the canonical address.
CANONICAL_PARAMETERS = ("tag", "year", "campaign", "page")


@dataclass(frozen=True)
class ShareImage:
    url: str
    width: int
    height: int
    alt: str


def absolute(request: HttpRequest | None, url: str) -> str:
    if url.startswith(("http://", "https://")) or request is None:
        return url
    return request.build_absolute_uri(url)


def meta_description(page: Page | None, fallback: str = "") -> str:
    """The page's search description, else its summary or introduction, as plain text."""
    candidates = [
        getattr(page, "search_description", ""),
        getattr(page, "summary", ""),
        getattr(page, "ask", ""),
        getattr(page, "intro", ""),
        getattr(page, "excerpt", ""),
        fallback,
    ]
    for candidate in candidates:
        text = " ".join(strip_tags(str(candidate or "")).split())
        if text:
            return Truncator(text).chars(DESCRIPTION_LENGTH)
    return ""


def share_image(page: Page | None, request: HttpRequest | None, site_name: str) -> ShareImage:
    """The page's lead image cropped for social cards, or the site's default picture."""
    image = getattr(page, "listing_image", None) or getattr(page, "hero_image", None)
    rendition = None
    if image is not None:
        try:
            rendition = image.get_rendition(SHARE_IMAGE_FILTER)
        except SourceImageIOError:
            # A lost original file must not take the page down; the default picture will do.
            logger.warning("Share image %s has no original file", image.pk)
    if rendition is not None:
        return ShareImage(
            url=absolute(request, rendition.url),
            width=rendition.width,
            height=rendition.height,
            alt=image.alt_text,
        )
    width, height = DEFAULT_SHARE_IMAGE_SIZE
    return ShareImage(absolute(request, static(DEFAULT_SHARE_IMAGE)), width, height, site_name)


def canonical_url(page: Page, request: HttpRequest | None) -> str:
    """The page's own address, keeping only the filters that change what it lists, so a link
    from an email full of tracking parameters counts as the same page."""
    url = page.get_full_url(request)
    if request is None:
        return url
    kept = [(name, request.GET[name]) for name in CANONICAL_PARAMETERS if request.GET.get(name)]
    kept = [(name, value) for name, value in kept if (name, value) != ("page", "1")]
    return f"{url}?{urlencode(kept)}" if kept else url


# Structured data --------------------------------------------------------------------------


def organisation(site_settings: SiteSettings, request: HttpRequest | None) -> dict:
    return {
        "@type": "Organization",
        "name": site_settings.organisation_name,
        "url": absolute(request, "/"),
        "logo": {"@type": "ImageObject", "url": absolute(request, static(LOGO))},
    }


def news_article(page: UpdatePage, request, site_settings: SiteSettings, image: ShareImage):
    url = page.get_full_url(request)
    author = page.byline.removeprefix("By ").removeprefix("by ").strip()
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": Truncator(page.title).chars(110),
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": page.published_at.isoformat(),
        "image": [image.url],
        "description": meta_description(page),
        "author": (
            [{"@type": "Person", "name": author}]
            if author
            else [organisation(site_settings, request)]
        ),
        "publisher": organisation(site_settings, request),
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if page.is_press_clip and page.original_url:
        data["isBasedOn"] = page.original_url
        if page.outlet:
            data["sourceOrganization"] = {"@type": "Organization", "name": page.outlet}
    return data


def _event_dates(page: EventPage) -> tuple[str, str]:
    if page.all_day:
        return page.start_date.isoformat(), (page.end_date or page.start_date).isoformat()
    return page.local_start.isoformat(), page.local_end.isoformat()


def event(page: EventPage, request, site_settings: SiteSettings, image: ShareImage) -> dict:
    start, end = _event_dates(page)
    places = []
    if page.venue_name or page.address:
        place = {"@type": "Place", "name": page.venue_name or page.address}
        if page.address:
            place["address"] = page.address
        places.append(place)
    if page.online_url:
        places.append({"@type": "VirtualLocation", "url": page.online_url})
    mode = "Mixed" if len(places) == 2 else ("Online" if page.online_url else "Offline")
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "url": page.get_full_url(request),
        "startDate": start,
        "endDate": end,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": f"https://schema.org/{mode}EventAttendanceMode",
        "image": [image.url],
        "description": meta_description(page),
        "organizer": organisation(site_settings, request),
    }
    if places:
        data["location"] = places if len(places) > 1 else places[0]
    if page.performer_list:
        data["performer"] = [{"@type": "PerformingGroup", "name": n} for n in page.performer_list]
    if "free" in page.admission.lower():
        data["isAccessibleForFree"] = True
    return data


def website(page: HomePage, request, site_settings: SiteSettings, image: ShareImage) -> dict:
    root = absolute(request, "/")
    search = absolute(request, "/search/") + "?query={search_term_string}"
    org = organisation(site_settings, request)
    same_as = [link.url for link in site_settings.social_links.all()]
    if same_as:
        org["sameAs"] = same_as
    return {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebSite",
                "name": site_settings.organisation_name,
                "url": root,
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": {"@type": "EntryPoint", "urlTemplate": search},
                    "query-input": "required name=search_term_string",
                },
            },
            org,
        ],
    }


STRUCTURED_DATA = {UpdatePage: news_article, EventPage: event, HomePage: website}


def structured_data(page: Page | None, request, site_settings, image: ShareImage) -> dict | None:
    """The schema.org description of `page` for search engines, when its type has one."""
    builder = STRUCTURED_DATA.get(type(page))
    return builder(page, request, site_settings, image) if builder else None


def site_settings_for(request: HttpRequest | None) -> SiteSettings:
    if request is not None:
        return SiteSettings.for_request(request)
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))
