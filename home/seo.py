"""What search engines and social networks read about a page: its description, share image,
canonical address and schema.org structured data. Each page type describes itself: a page with
a `structured_data(request, site_settings, image)` method gives its schema.org data (updates a
NewsArticle, events an Event, the home page WebSite and Organization), and one with a
`listing_label` names its kind in listings. Templates use it through `seo_tags`."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import HttpRequest
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.text import Truncator, capfirst
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page, Site

from .models import SiteSettings

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


def structured_data(page: Page | None, request, site_settings, image: ShareImage) -> dict | None:
    """The schema.org description `page` gives of itself, when its type has one."""
    describe = getattr(page, "structured_data", None)
    return describe(request, site_settings, image) if describe else None


def listing_label(page: Page) -> str:
    """What kind of page this is, in a word or two: the page's own `listing_label` (e.g.
    'Closed petition'), else the name of its type."""
    return getattr(page, "listing_label", "") or capfirst(page.specific_class._meta.verbose_name)


def site_settings_for(request: HttpRequest | None) -> SiteSettings:
    if request is not None:
        return SiteSettings.for_request(request)
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))
