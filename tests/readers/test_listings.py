"""Listings readers browse: updates by topic, campaign and year ("Older news and highlights"),
events upcoming then past, petitions open then closed with what they won, and related updates
at the end of an update."""

import datetime as dt

import pytest
from django.utils import timezone

from campaigns.models import (
    CampaignPage,
    EventIndexPage,
    EventPage,
    HomePage,
    PetitionPage,
    UpdateIndexPage,
    UpdatePage,
)

from .helpers import DEMO_CAMPAIGN_PATH, get_soup, text, texts, visible_texts

# These tests read the demo campaign as a reader meets it on a new site.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]

UPDATES = DEMO_CAMPAIGN_PATH + "updates/"


def listed_titles(html) -> list[str]:
    return visible_texts(html.select(".listing .card__title"))


def test_updates_are_listed_newest_first(client, campaign):
    html = get_soup(client, UPDATES)
    dates = [time["datetime"] for time in html.select(".listing .card__meta time")]
    assert dates == sorted(dates, reverse=True)
    assert len(dates) == 10
    assert html.select_one("nav.pagination a[rel=next]")["href"] == f"{UPDATES}?page=2"


def test_topic_filter_lists_only_updates_with_that_tag(client, campaign):
    html = get_soup(client, UPDATES + "?tag=adelanto")
    assert listed_titles(html) == [
        "Activists plan Adelanto concert to call for immigration detention center shutdowns"
    ]
    assert "about Adelanto" in text(html.select_one(".filter-status"))
    chip = html.select_one(".chips a[aria-current]:-soup-contains('Adelanto')")
    assert chip is not None


def test_year_archive_lists_the_years_and_filters_by_one(client, campaign):
    html = get_soup(client, UPDATES)
    archive = html.select_one("nav.archive")
    assert archive.select_one("h2").get_text() == "Older news and highlights"
    assert texts(archive.select("a")) == ["2020", "2018", "2017", "2016"]

    html = get_soup(client, UPDATES + "?year=2016")
    dates = [time["datetime"] for time in html.select(".listing .card__meta time")]
    assert dates and all(date.startswith("2016-") for date in dates)
    assert html.select_one("nav.archive a[aria-current]").get_text() == "2016"
    assert "published in 2016" in text(html.select_one(".filter-status"))


def test_filters_combine_and_keep_each_other_in_their_links(client, campaign):
    html = get_soup(client, UPDATES + "?year=2016&tag=detention")
    dates = [time["datetime"] for time in html.select(".listing .card__meta time")]
    assert dates and all(date.startswith("2016-") for date in dates)
    english = UpdatePage.objects.live().filter(locale__language_code="en")
    expected = english.filter(date__year=2016, tags__slug="detention").count()
    assert len(dates) == expected
    topic_link = html.select_one(".chips a:-soup-contains('Press release')")["href"]
    assert "year=2016" in topic_link and "tag=press-release" in topic_link
    year_link = html.select_one("nav.archive a:-soup-contains('2017')")["href"]
    assert "tag=detention" in year_link and "year=2017" in year_link


@pytest.mark.parametrize("query", ["?year=banana", "?year=99999", "?tag=no-such-topic", "?page=x"])
def test_malformed_filters_are_ignored_not_errors(client, campaign, query):
    response = client.get(UPDATES + query)
    assert response.status_code == 200


def test_year_without_updates_says_so_and_offers_all_updates(client, campaign):
    html = get_soup(client, UPDATES + "?year=2001")
    assert "No updates match these filters" in html.select_one(".empty-state").get_text()


@pytest.fixture
def newsroom(campaign) -> UpdateIndexPage:
    """A second campaign with its own update, and a site-wide news index on the home page."""
    home = HomePage.objects.get()
    other = home.add_child(
        instance=CampaignPage(title="Close Adelanto", slug="close-adelanto", intro="<p>Now.</p>")
    )
    other_index = other.add_child(instance=UpdateIndexPage(title="News", slug="news"))
    other_index.add_child(
        instance=UpdatePage(title="Vigil at the gates", slug="vigil", date=dt.date(2021, 5, 1))
    )
    return home.add_child(instance=UpdateIndexPage(title="Newsroom", slug="newsroom"))


def test_newsroom_on_the_home_page_lists_every_campaign_and_filters_by_one(
    client, campaign, newsroom
):
    html = get_soup(client, newsroom.url)
    assert texts(html.select("nav[aria-label='Filter by campaign'] a")) == [
        "All campaigns",
        "Campaign to End Mass Incarceration, Deportations & Detention",
        "Close Adelanto",
    ]
    assert listed_titles(html)[0] == "Vigil at the gates"
    assert "2021" in texts(html.select("nav.archive a"))

    html = get_soup(client, newsroom.url + "?campaign=close-adelanto")
    assert listed_titles(html) == ["Vigil at the gates"]
    assert "from Close Adelanto" in text(html.select_one(".filter-status"))

    html = get_soup(client, f"{newsroom.url}?campaign={campaign.slug}")
    assert "Vigil at the gates" not in listed_titles(html)


def test_campaign_update_index_lists_only_its_own_campaign(client, newsroom):
    html = get_soup(client, UPDATES)
    assert "Vigil at the gates" not in listed_titles(html)
    assert html.select_one("nav[aria-label='Filter by campaign']") is None


def test_events_index_shows_upcoming_events_then_a_past_archive(client, campaign):
    index = EventIndexPage.objects.get(slug="events")
    html = get_soup(client, index.url)
    upcoming = texts(html.select("#upcoming-heading ~ .listing .card__title"))
    # Soonest first; the monthly call's place among them depends on today's date (its next
    # date is the first Tuesday of a coming month).
    titles = [
        "Know your rights: what to do if ICE comes to your door",
        "Community forum: from county jail to ICE",
        "Vigil outside the Adelanto immigrant prison",
        "Monthly organising call",
    ]
    assert upcoming == sorted(
        titles, key=lambda title: EventPage.objects.get(title=title).local_start
    )
    past = texts(html.select("#past .card__title"))
    assert "#SchoolsNotPrisons: Adelanto" in past
    past_starts = [EventPage.objects.get(title=title).starts_at for title in past]
    assert past_starts == sorted(past_starts, reverse=True)
    subscribe = html.select_one(".follow a[href^='webcal://']")
    assert subscribe["href"].endswith(
        "/feeds/events/end-mass-incarceration-deportations-detention.ics"
    )


def test_petitions_index_lists_open_petitions_first_then_closed_ones_with_results(client, campaign):
    html = get_soup(client, DEMO_CAMPAIGN_PATH + "petitions/")
    sections = html.select("main section")
    assert sections[0].select_one("h2").get_text() == "Sign now"
    assert sections[1].select_one("h2").get_text() == "Closed petitions and what they won"
    open_badges = texts(sections[0].select(".badge"))
    closed_badges = texts(sections[1].select(".badge"))
    assert set(open_badges) == {"Open"} and set(closed_badges) == {"Closed"}
    english = PetitionPage.objects.live().filter(locale__language_code="en")
    open_count = sum(1 for p in english if p.is_open)
    assert len(open_badges) == open_count
    dhs = PetitionPage.objects.get(slug="dhs-end-private-detention-contracts")
    card = sections[1].select_one(f"article:has(a[href='{dhs.url}'])")
    assert "Delivered 200,000 signatures to DHS" in text(card.select_one(".timeline"))


def test_update_ends_with_related_updates_sharing_its_topics(client, campaign):
    update = UpdatePage.objects.get(slug="former-detainees-demand-dhs-end-private-prison-contracts")
    html = get_soup(client, update.url)
    related = html.select_one("section[aria-labelledby=related-heading]")
    titles = texts(related.select(".card__title"))
    assert 0 < len(titles) <= 3
    assert update.title not in titles
    my_tags = set(update.tags.values_list("slug", flat=True))
    for title in titles:
        other = UpdatePage.objects.get(title=title)
        assert my_tags & set(other.tags.values_list("slug", flat=True))


def test_related_updates_rank_the_most_shared_topics_first(campaign):
    update = UpdatePage.objects.get(slug="former-detainees-demand-dhs-end-private-prison-contracts")
    mine = set(update.tags.values_list("pk", flat=True))
    shared = [
        len(mine & set(other.tags.values_list("pk", flat=True)))
        for other in update.related_updates(limit=10)
    ]
    assert shared == sorted(shared, reverse=True)


def test_untagged_update_is_followed_by_the_newest_from_its_index(campaign):
    index = UpdateIndexPage.objects.get(slug="updates")
    lonely = index.add_child(
        instance=UpdatePage(title="No topics", slug="no-topics", date=timezone.localdate())
    )
    related = list(lonely.related_updates())
    assert len(related) == 3
    assert related[0].date >= related[1].date >= related[2].date
