"""Search, feeds, the sitemap and the site's lists in the reader's language: /es/… finds and
lists the Spanish pages (stemmed as Spanish), /… the English ones, never the other language's."""

import datetime as dt
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import feedparser
import pytest
from django.utils import translation
from icalendar import Calendar
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from campaigns.models import CampaignPage, EventPage, HomePage, PetitionPage, UpdatePage
from home.page_purge import Purge
from tests.helpers import campaign_with_every_page_type, publish
from tests.i18n.spanish import translate
from tests.readers.helpers import get_soup, texts

pytestmark = pytest.mark.django_db

SITEMAP = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
SPANISH_UPDATE = "Vigilia en Adelanto por las detenciones"
SPANISH_SUMMARY = "Las familias piden el fin de las deportaciones."


@pytest.fixture
def pages():
    """One page of every type in English; the home page, the campaign, the update and the
    event also in Spanish (the indexes between them are aliases, as copying parents makes)."""
    pages = campaign_with_every_page_type()
    translate(pages[HomePage])
    translate(pages[CampaignPage])
    update = pages[UpdatePage]
    update.title = "Vigil at Adelanto against detention"
    update.save_revision().publish()
    translate(update, title=SPANISH_UPDATE, summary=SPANISH_SUMMARY)
    translate(pages[EventPage], title="Vigilia en Adelanto")
    return pages


def result_titles(client, url: str) -> list[str]:
    return texts(get_soup(client, url).select(".search-result__title a"))


def read_feed(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


# Search ------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["detención", "detencion", "detenciones", "deportación"])
def test_spanish_search_finds_inflected_words(client, pages, query):
    # English stemming keeps "detención" and "detenciones" apart, and "deportación" and
    # "deportaciones"; Spanish makes each pair one word.
    assert result_titles(client, f"/es/search/?query={query}") == [SPANISH_UPDATE]


def test_unpublished_spanish_page_leaves_spanish_search(client, pages):
    translate(pages[UpdatePage]).unpublish()
    assert result_titles(client, "/es/search/?query=detenciones") == []


def test_bulk_indexing_a_mix_of_languages_stems_each_page_in_its_own(client, pages):
    # As the demo loader and `update_index` do: one batch with pages of both languages.
    IndexEntry.objects.all().delete()
    assert result_titles(client, "/es/search/?query=deportación") == []
    get_search_backend().add_bulk(UpdatePage, UpdatePage.get_indexed_objects())
    assert result_titles(client, "/es/search/?query=deportación") == [SPANISH_UPDATE]
    assert result_titles(client, "/search/?query=detentions") == [
        "Vigil at Adelanto against detention"
    ]


def test_spanish_search_finds_no_english_pages(client, pages):
    titles = result_titles(client, "/es/search/?query=Adelanto")
    assert SPANISH_UPDATE in titles and "Vigilia en Adelanto" in titles
    assert "Vigil at Adelanto against detention" not in titles
    assert Page.objects.filter(title__in=titles, locale__language_code="en").count() == 0


def test_english_search_finds_no_spanish_pages(client, pages):
    titles = result_titles(client, "/search/?query=Adelanto")
    assert "Vigil at Adelanto against detention" in titles
    assert SPANISH_UPDATE not in titles and "Vigilia en Adelanto" not in titles
    assert result_titles(client, "/search/?query=detenciones") == []


def test_spanish_search_leaves_out_promotions_of_english_pages(client, pages):
    petition = pages[PetitionPage]
    SearchPromotion.objects.create(query=Query.get("adelanto"), page=petition, sort_order=0)
    assert get_soup(client, "/search/?query=Adelanto").select(".search-result--promoted")
    assert not get_soup(client, "/es/search/?query=Adelanto").select(".search-result--promoted")


def test_spanish_search_suggests_the_topics_of_spanish_updates(client, pages):
    tag(pages[UpdatePage])
    english_topics = texts(get_soup(client, "/search/").select(".search__topics a"))
    assert english_topics == ["Adelanto"]
    assert get_soup(client, "/es/search/").select(".search__topics a") == []


def test_search_in_a_language_the_site_has_no_home_page_in_finds_nothing(client):
    home = HomePage.objects.get()
    publish(home, UpdatePage(title="Adelanto", slug="adelanto", date=dt.date(2020, 1, 1)))
    assert result_titles(client, "/search/?query=Adelanto") == ["Adelanto"]
    assert result_titles(client, "/es/search/?query=Adelanto") == []


# Feeds -------------------------------------------------------------------------------------


def test_spanish_feed_lists_the_spanish_update_and_is_valid(client, pages):
    feed = read_feed(client, "/es/feeds/updates/")
    assert feed.version == "rss20"
    assert feed.feed.language == "es"
    assert feed.feed.link.endswith("/es/")
    (entry,) = feed.entries
    assert entry.title == SPANISH_UPDATE
    assert entry.link.startswith("http://testserver/es/")
    assert entry.description == SPANISH_SUMMARY


def test_english_feed_lists_no_spanish_update(client, pages):
    feed = read_feed(client, "/feeds/updates/")
    assert feed.feed.language == "en"
    assert [entry.title for entry in feed.entries] == ["Vigil at Adelanto against detention"]


def test_campaign_feed_is_found_by_its_slug_in_each_language(client, pages):
    campaign = pages[CampaignPage]
    spanish_campaign = translate(campaign, title="Campaña", slug="campana")
    feed = read_feed(client, "/es/feeds/updates/campana/")
    assert feed.feed.title.startswith("Campaña")
    assert [entry.title for entry in feed.entries] == [SPANISH_UPDATE]
    assert client.get("/feeds/updates/campana/").status_code == 404
    assert client.get(f"/es/feeds/updates/{campaign.slug}/").status_code == 404
    assert spanish_campaign.url == "/es/campana/"


def test_spanish_events_calendar_lists_the_spanish_event(client, pages):
    response = client.get("/es/feeds/events.ics")
    assert response.status_code == 200
    summaries = [
        str(event["SUMMARY"]) for event in Calendar.from_ical(response.content).walk("VEVENT")
    ]
    assert summaries == ["Vigilia en Adelanto"]
    english = Calendar.from_ical(client.get("/feeds/events.ics").content)
    assert [str(event["SUMMARY"]) for event in english.walk("VEVENT")] == [pages[EventPage].title]


def test_spanish_pages_announce_the_spanish_feeds(client, pages):
    spanish_event = translate(pages[EventPage])
    links = get_soup(client, spanish_event.url).select("head link[rel=alternate][type]")
    feeds = [link["href"] for link in links if "feeds" in link["href"]]
    assert feeds and all(href.startswith("/es/feeds/") for href in feeds)
    english = get_soup(client, pages[EventPage].url).select("head link[rel=alternate][type]")
    assert all(link["href"].startswith("/feeds/") for link in english if "feeds" in link["href"])


def test_publishing_a_spanish_update_purges_the_spanish_feeds(pages):
    spanish_update = translate(pages[UpdatePage])
    spanish_campaign = translate(pages[CampaignPage])
    purge = Purge()
    # Editors may work in the admin in English; the update shows on the Spanish feeds.
    with translation.override("en"):
        purge.add_page_change(spanish_update)
    feeds = {urlsplit(url).path for url in purge.batch.urls if "/feeds/" in url}
    assert feeds == {"/es/feeds/updates/", f"/es/feeds/updates/{spanish_campaign.slug}/"}


def test_spanish_feeds_are_not_found_while_the_site_has_no_spanish_home_page(client):
    assert client.get("/feeds/updates/").status_code == 200
    assert client.get("/es/feeds/updates/").status_code == 404
    assert client.get("/es/feeds/events.ics").status_code == 404


# Sitemap -----------------------------------------------------------------------------------


def sitemap_entries(client) -> dict[str, dict[str, str]]:
    """Each address in sitemap.xml → its alternates (hreflang → address)."""
    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 - our own sitemap
    return {
        url.find("sm:loc", SITEMAP).text: {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link[@rel='alternate']", SITEMAP)
        }
        for url in root.findall("sm:url", SITEMAP)
    }


def test_sitemap_lists_both_languages_with_alternates_for_translated_pages(client, pages):
    update = pages[UpdatePage]
    spanish_update = translate(update)
    entries = sitemap_entries(client)
    both = {"en": update.full_url, "es": spanish_update.full_url, "x-default": update.full_url}
    assert entries[update.full_url] == both
    assert entries[spanish_update.full_url] == both
    petition = pages[PetitionPage]
    assert entries[petition.full_url] == {}
    spanish = [url for url in entries if url.startswith("http://testserver/es/")]
    live_spanish = Page.objects.live().filter(locale__language_code="es")
    assert sorted(spanish) == sorted(page.full_url for page in live_spanish)


# Lists -------------------------------------------------------------------------------------


def test_each_home_page_lists_only_its_languages_updates_and_events(client, pages):
    spanish_home = translate(pages[HomePage])
    spanish = client.get(spanish_home.url).content.decode()
    assert SPANISH_UPDATE in spanish and "Vigilia en Adelanto" in spanish
    assert "Vigil at Adelanto against detention" not in spanish
    english = client.get("/").content.decode()
    assert "Vigil at Adelanto against detention" in english
    assert SPANISH_UPDATE not in english


def tag(*pages: UpdatePage) -> None:
    """Tag `pages` "Adelanto", as an editor would (a translation is tagged like its source)."""
    for page in pages:
        page.tags.add("Adelanto")
        page.save_revision().publish()


def test_related_updates_are_in_the_updates_language(pages):
    update = pages[UpdatePage]
    spanish_update = translate(update)
    other = publish(update.get_parent(), UpdatePage(title="Rally", date=dt.date(2020, 2, 1)))
    tag(update, spanish_update, other)
    assert list(update.related_updates()) == [other]
    assert list(spanish_update.related_updates()) == []


def test_spanish_topic_filter_lists_only_spanish_updates(client, pages):
    update = pages[UpdatePage]
    spanish_update = translate(update)
    tag(update, spanish_update)
    html = client.get(spanish_update.get_parent().url + "?tag=adelanto").content.decode()
    assert SPANISH_UPDATE in html
    assert "Vigil at Adelanto against detention" not in html
