"""sitemap.xml lists every live public page and nothing else; robots.txt points at it."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Page, PageViewRestriction

from campaigns.models import UpdateIndexPage, UpdatePage

# These tests read the demo campaign as a reader meets it on a new site.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_urls(client) -> list[str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own sitemap, not untrusted input
    return [loc.text for loc in root.findall("sm:url/sm:loc", NS)]


def test_sitemap_lists_every_live_page_and_no_draft(client, campaign):
    index = UpdateIndexPage.objects.get(slug="updates")
    draft = index.add_child(instance=UpdatePage(title="Draft", slug="draft-news", live=False))
    urls = sitemap_urls(client)
    live = Page.objects.live().filter(depth__gte=2)
    assert sorted(urls) == sorted(page.full_url for page in live)
    assert len(urls) == len(set(urls))
    assert not any(url.endswith("/draft-news/") for url in urls)
    assert draft.full_url not in urls


def test_sitemap_leaves_out_private_pages(client, campaign):
    private = UpdatePage.objects.live().first()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert private.full_url not in sitemap_urls(client)


def test_sitemap_gives_each_page_its_last_publication_date(client, campaign):
    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 - our own sitemap
    assert all(url.find("sm:lastmod", NS) is not None for url in root.findall("sm:url", NS))


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /search/" in lines
