"""Head tags for search engines and social networks: used once in base.html, so no page
template needs to know about them. Each page says what it is (see home.seo)."""

import json

from django import template
from django.db.models import prefetch_related_objects
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page

from home.languages import language_links
from home.seo import (
    absolute,
    canonical_url,
    meta_description,
    share_image,
    site_settings_for,
    structured_data,
)

register = template.Library()

# OpenGraph wants a territory; the campaign's readers are in the United States.
OG_LOCALES = {"en": "en_US", "es": "es_US"}

# Characters that could end the <script> element or start markup inside it.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.inclusion_tag("components/head_meta.html", takes_context=True)
def seo_tags(context) -> dict:
    """Description, canonical address, OpenGraph and Twitter card and structured data for the
    page being shown. Views that are not pages give `seo_title`,
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
    # A page with a publication time (an update) is an article to social networks.
    published = getattr(page, "published_at", None)
    # The switcher in the header shows the same links: worked out once per request.
    links = language_links(request, page)
    if request is not None:
        request._language_links = links
    alternates = [(link.code, absolute(request, link.url)) for link in links if link.translated]
    return {
        # Only when the page exists in more than one language (search engines ignore one).
        "alternates": alternates if len(alternates) > 1 else [],
        "og_locale": OG_LOCALES.get(translation.get_language(), "en_US"),
        "site_name": site_name,
        "title": (page.seo_title or page.title) if page else context.get("seo_title", site_name),
        "description": meta_description(
            page, fallback=context.get("seo_description") or site_settings.tagline
        ),
        "canonical": canonical_url(page, request) if page else view_canonical(context),
        "image": image,
        "og_type": "article" if published else "website",
        "published": published,
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
