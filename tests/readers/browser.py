"""Shared set-up for the readers' browser tests: the demo site behind pytest-django's live
server, with its uploaded images served to Chromium (the live server only serves static files)."""

import mimetypes
from pathlib import Path

from django.conf import settings
from playwright.sync_api import Page, Route
from wagtail.models import Page as WagtailPage
from wagtail.models import Site

from demo.loader import load_demo_content
from home.models import SiteSettings, SocialLink

# Serious and critical failures block a release; the WCAG 2.2 AA rules and axe's best practices.
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    }
}
BLOCKING_IMPACTS = {"serious", "critical"}
PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 860}


def load_demo_site() -> None:
    """The demo campaign as a newcomer's `make run` shows it, plus a donate link and social
    profiles so the footer shows everything it can."""
    # The first transactional test starts from the preloaded demo with the migration-time rows
    # restored over it, which leaves the home page's child count stale: treebeard recounts.
    WagtailPage.fix_tree()
    load_demo_content()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.donate_url = "https://donate.example.org/enlace"
    site_settings.save()
    for network in ("instagram", "bluesky"):
        SocialLink.objects.get_or_create(
            settings=site_settings, network=network, url=f"https://{network}.example/enlace"
        )


def serve_media(page: Page) -> None:
    """Answer /media/ requests from MEDIA_ROOT, as the web server does in production."""
    media_root = Path(settings.MEDIA_ROOT)

    def fulfil(route: Route) -> None:
        path = route.request.url.split("/media/", 1)[1].split("?", 1)[0]
        file = (media_root / path).resolve()
        if media_root.resolve() not in file.parents or not file.is_file():
            route.fulfill(status=404, body="Not found")
            return
        content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        route.fulfill(status=200, body=file.read_bytes(), content_type=content_type)

    page.route("**/media/**", fulfil)
