"""Every page type of the demo content in Chromium, on a phone and on a desktop: an axe scan
(WCAG 2.2 AA and best practices) with no serious or critical violations, and the screenshots
in docs/screenshots/ (rewritten only when UPDATE_SCREENSHOTS=1 is set)."""

import io
import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from PIL import Image
from playwright.sync_api import Page
from wagtail.models import Page as WagtailPage

from campaigns.models import PetitionPage, UpdatePage

from .browser import AXE_OPTIONS, BLOCKING_IMPACTS, DESKTOP, PHONE, load_demo_site, serve_media

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = Path(settings.BASE_DIR) / "docs" / "screenshots"
MAX_SCREENSHOT_BYTES = 250 * 1024


def reader_pages() -> dict[str, str]:
    """One address per page type of the demo, and the views that are not pages."""
    pages, seen = {}, set()
    for page in WagtailPage.objects.live().filter(depth__gte=2).order_by("path").specific():
        if type(page) not in seen:
            seen.add(type(page))
            pages[type(page)._meta.model_name] = page.url
    clip = UpdatePage.objects.live().exclude(outlet="").first()
    pages["press_clip"] = clip.url
    closed = next(p for p in PetitionPage.objects.live().order_by("path") if not p.is_open)
    pages["closed_petition"] = closed.url
    spanish = PetitionPage.objects.live().filter(locale__language_code="es").first()
    pages["spanish_home"] = "/es/"
    pages["spanish_petition"] = spanish.url
    pages["search_results"] = "/search/?query=Adelanto"
    pages["search_no_results"] = "/search/?query=xylophone"
    pages["not_found"] = "/no-such-page/"
    return pages


@pytest.fixture
def site(live_server, page: Page) -> str:
    load_demo_site()
    serve_media(page)
    return live_server.url


def blocking_violations(page: Page) -> list[str]:
    results = Axe().run(page, options=AXE_OPTIONS)
    return [
        f"{violation['id']} ({violation['impact']}): {node['target']} {node['failureSummary']}"
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
        for node in violation["nodes"]
    ]


def test_every_page_type_has_no_serious_accessibility_violations(site, page: Page):
    pages = reader_pages()
    assert len(pages) >= 17
    failures = {}
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        for name, url in pages.items():
            page.goto(site + url)
            found = blocking_violations(page)
            if found:
                failures[f"{name} at {viewport['width']}px"] = found
    assert not failures, failures


def save_small_png(png: bytes, path: Path) -> int:
    """A 256-colour PNG: a screenshot of flat colours and text stays legible and small."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    image.save(path, optimize=True)
    return path.stat().st_size


def test_screenshots_of_every_page_type_on_a_phone_and_a_desktop(site, page: Page, tmp_path):
    folder = SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    for name, url in reader_pages().items():
        for viewport in (PHONE, DESKTOP):
            page.set_viewport_size(viewport)
            page.goto(site + url)
            page.wait_for_load_state("networkidle")
            # Lazy images below the fold are not in the picture anyway; no animation to wait for.
            path = folder / f"{name}-{viewport['width']}.png"
            size = save_small_png(page.screenshot(full_page=False), path)
            assert size < MAX_SCREENSHOT_BYTES, f"{path.name} is {size} bytes"
            assert Image.open(path).size == (viewport["width"], viewport["height"])
