"""What a share on a social network or a search engine shows: title, description, canonical
address, OpenGraph and Twitter card with an image, and schema.org Event and NewsArticle."""

import json

import pytest
from django.conf import settings
from wagtail.models import Page

from campaigns.models import EventPage, PetitionPage, UpdatePage
from home.seo import share_image

from .helpers import DEMO_CAMPAIGN_PATH, get_soup, one_live_page_of_each_type

# These tests read the demo campaign as a reader meets it on a new site.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def meta(html, name: str) -> str | None:
    tag = html.select_one(f"meta[property='{name}']") or html.select_one(f"meta[name='{name}']")
    return tag["content"] if tag else None


def structured_data(html) -> list[dict]:
    scripts = html.select("script[type='application/ld+json']")
    return [json.loads(script.string) for script in scripts]


def test_every_page_type_has_a_title_description_canonical_and_share_card(client, campaign):
    for page in one_live_page_of_each_type():
        html = get_soup(client, page.url)
        assert html.title.string.startswith(page.seo_title or page.title), page.url
        assert meta(html, "description"), page.url
        assert html.select_one("link[rel=canonical]")["href"] == page.full_url
        assert meta(html, "og:title") == (page.seo_title or page.title)
        assert meta(html, "og:url") == page.full_url
        assert meta(html, "og:image").startswith("http://testserver/")
        assert meta(html, "og:image:alt")
        assert meta(html, "twitter:card") == "summary_large_image"
        assert meta(html, "twitter:image") == meta(html, "og:image")


def test_description_prefers_the_search_description_then_the_summary(client, campaign):
    update = UpdatePage.objects.get(slug="hunger-strikes-call-to-end-immigrant-detention")
    assert meta(get_soup(client, update.url), "description") == update.summary
    update.search_description = "Why people in detention refuse food, in their own words."
    update.save_revision().publish()
    html = get_soup(client, update.url)
    assert meta(html, "description") == update.search_description
    assert meta(html, "og:description") == update.search_description


def test_share_image_is_the_lead_image_cropped_for_cards(client, campaign):
    event = EventPage.objects.get(slug="schoolsnotprisons-adelanto")
    html = get_soup(client, event.url)
    assert "fill-1200x630" in meta(html, "og:image")
    assert meta(html, "og:image:width") == "1200"
    assert meta(html, "og:image:height") == "630"
    assert meta(html, "og:image:alt") == event.listing_image.description


def test_pages_without_an_image_share_the_site_default(client, campaign):
    petition = PetitionPage.objects.filter(listing_image__isnull=True).live().first()
    html = get_soup(client, petition.url)
    assert meta(html, "og:image") == "http://testserver/static/img/share-default.png"
    assert (settings.BASE_DIR / "static/img/share-default.png").exists()


def test_a_lost_image_file_falls_back_to_the_default_share_image(campaign, media_root, rf):
    # media_root points at an empty folder: the image's original file is gone.
    event = EventPage.objects.get(slug="schoolsnotprisons-adelanto")
    image = share_image(event, rf.get("/"), "Enlace")
    assert image.url == "http://testserver/static/img/share-default.png"
    assert image.alt == "Enlace"


def test_canonical_address_drops_tracking_parameters_but_keeps_filters(client, campaign):
    petition = PetitionPage.objects.live().first()
    html = get_soup(client, petition.url + "?utm_source=email&utm_campaign=push&fbclid=x")
    assert html.select_one("link[rel=canonical]")["href"] == petition.full_url
    html = get_soup(client, DEMO_CAMPAIGN_PATH + "updates/?tag=dhs&utm_medium=email&page=1")
    canonical = html.select_one("link[rel=canonical]")["href"]
    assert canonical.endswith("/updates/?tag=dhs")


def test_update_carries_a_news_article(client, campaign):
    update = UpdatePage.objects.get(slug="former-detainees-demand-dhs-end-private-prison-contracts")
    html = get_soup(client, update.url)
    assert meta(html, "og:type") == "article"
    assert meta(html, "article:published_time").startswith(update.date.isoformat())
    (article,) = structured_data(html)
    assert article["@context"] == "https://schema.org"
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == update.title[:110] or article["headline"].endswith("…")
    assert article["datePublished"].startswith("2016-09-28")
    assert article["url"] == update.full_url
    assert article["publisher"]["name"] == "Enlace"
    assert article["image"][0].startswith("http://testserver/")


def test_event_carries_an_event_with_zoned_times_and_a_place(client, campaign):
    event = EventPage.objects.get(slug="schoolsnotprisons-adelanto")
    (data,) = structured_data(get_soup(client, event.url))
    assert data["@type"] == "Event"
    assert data["name"] == "#SchoolsNotPrisons: Adelanto"
    assert data["startDate"] == "2017-10-20T17:00:00-07:00"
    assert data["endDate"] == "2017-10-20T22:00:00-07:00"
    assert data["location"] == {
        "@type": "Place",
        "name": "Adelanto Stadium",
        "address": "Adelanto, California",
    }
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert {"@type": "PerformingGroup", "name": "Los Rakas"} in data["performer"]


def test_online_event_has_a_virtual_location(client, campaign):
    event = EventPage.objects.get(slug="know-your-rights-training")
    event.online_url = "https://meet.example.org/know-your-rights"
    event.save_revision().publish()
    (data,) = structured_data(get_soup(client, event.url))
    assert data["location"] == {"@type": "VirtualLocation", "url": event.online_url}
    assert data["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")


def test_home_page_describes_the_site_and_its_search(client, campaign):
    (data,) = structured_data(get_soup(client, "/"))
    website = data["@graph"][0]
    assert website["@type"] == "WebSite"
    assert website["potentialAction"]["target"]["urlTemplate"].endswith(
        "/search/?query={search_term_string}"
    )


def test_structured_data_cannot_break_out_of_its_script_element(client, campaign):
    update = UpdatePage.objects.live().first()
    update.title = "</script><script>alert(1)</script>"
    update.save_revision().publish()
    html = client.get(update.url).content.decode()
    assert "</script><script>alert(1)" not in html
    (article,) = structured_data(get_soup(client, update.url))
    assert article["headline"].startswith("</script>")


def test_other_page_types_carry_no_structured_data(client, campaign):
    petition = Page.objects.type(PetitionPage).live().first()
    assert structured_data(get_soup(client, petition.url)) == []
