"""Site search on PostgreSQL full text: ranked results across page types, type filters,
pagination, empty and no-result states, editors' promoted results first, and never a
supporter's personal data."""

import pytest
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from actions.models import Signature
from campaigns.models import EventPage, PetitionPage, UpdateIndexPage, UpdatePage

from .helpers import get_soup, text, texts

# These tests read the demo campaign as a reader meets it on a new site.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def result_titles(html) -> list[str]:
    return texts(html.select(".search-result__title a"))


def test_searching_adelanto_finds_the_event_and_the_updates_about_it(client, campaign):
    html = get_soup(client, "/search/?query=Adelanto")
    titles = result_titles(html)
    assert "#SchoolsNotPrisons: Adelanto" in titles
    assert (
        "Activists plan Adelanto concert to call for immigration detention center shutdowns"
        in titles
    )
    assert text(html.select_one(".search__summary")).startswith(f"{len(titles)} results for")


@pytest.mark.parametrize("query", ["SB 1289", "sb 1289", "SB1289"])
def test_searching_a_bill_number_finds_its_petition(client, campaign, query):
    html = get_soup(client, f"/search/?query={query}&type=petitions")
    assert result_titles(html)[0] == "Dignity Not Detention"


def test_results_are_ranked_most_relevant_first(client, campaign):
    titles = result_titles(get_soup(client, "/search/?query=Saheed Vassell"))
    assert titles[0] == "Demand Justice for Saheed Vassell!"


def test_type_filters_narrow_results_and_show_their_counts(client, campaign):
    html = get_soup(client, "/search/?query=detention")
    labels = [text(chip).rsplit(" ", 1) for chip in html.select(".chips a")]
    chips = {label: int(count) for label, count in labels}
    assert chips["All"] == sum(value for key, value in chips.items() if key != "All")
    assert chips["Updates"] > 0 and chips["Petitions"] > 0

    html = get_soup(client, "/search/?query=detention&type=events")
    kinds = set(texts(html.select(".search-result .badge")))
    assert kinds <= {"Event", "Past event"}
    assert len(html.select(".search-result")) == min(chips["Events"], 10)

    html = get_soup(client, "/search/?query=detention&type=pages")
    kinds = set(texts(html.select(".search-result .badge")))
    assert kinds and not kinds & {"Update", "Press", "Petition", "Closed petition", "Event"}


def test_results_are_paginated_keeping_the_query_and_type(client, campaign):
    index = UpdateIndexPage.objects.get(slug="updates")
    for number in range(12):
        index.add_child(instance=UpdatePage(title=f"Zapotec vigil {number}", slug=f"v-{number}"))
    html = get_soup(client, "/search/?query=zapotec&type=updates")
    assert len(html.select(".search-result")) == 10
    next_link = html.select_one("nav.pagination a[rel=next]")["href"]
    assert next_link == "/search/?query=zapotec&type=updates&page=2"
    second = get_soup(client, next_link)
    assert len(second.select(".search-result")) == 2
    assert second.select_one("ol.search-results")["start"] == "11"
    assert get_soup(client, "/search/?query=zapotec&page=99").select(".search-result")


def test_empty_search_offers_topics_instead_of_results(client, campaign):
    html = get_soup(client, "/search/")
    assert html.select(".search-result") == []
    assert html.select_one(".search__summary") is None
    assert "Popular topics" in text(html.select_one(".search__topics"))
    assert html.select_one("meta[name=robots]") is None


def test_no_results_says_so_and_suggests_what_to_try(client, campaign):
    html = get_soup(client, "/search/?query=xylophone")
    assert text(html.select_one(".search__summary")) == "No results for “xylophone”."
    assert "Check the spelling" in text(html.select_one(".empty-state"))
    assert html.select_one(".search__topics")
    assert html.select_one("meta[name=robots]")["content"] == "noindex, follow"


def test_no_results_of_one_type_links_to_every_type(client, campaign):
    html = get_soup(client, "/search/?query=Adelanto&type=petitions")
    link = html.select_one(".empty-state a")
    assert text(link) == "Search everything for “Adelanto”"
    assert link["href"] == "/search/?query=Adelanto"


def test_editors_promoted_results_come_first_and_are_not_repeated(client, campaign):
    petition = PetitionPage.objects.get(slug="dhs-end-private-detention-contracts")
    query = Query.get("adelanto")
    SearchPromotion.objects.create(
        query=query, page=petition, description="Our petition to DHS.", sort_order=0
    )
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://detentionwatch.example/adelanto",
        external_link_text="Adelanto fact sheet",
        sort_order=1,
    )
    html = get_soup(client, "/search/?query=Adelanto")
    promoted = html.select(".search-result--promoted")
    assert texts(promoted[0].select("h3")) == [petition.title]
    assert "Our petition to DHS." in text(promoted[0])
    assert "Adelanto fact sheet" in text(promoted[1])
    assert html.select(".search-result")[0] == promoted[0]
    assert result_titles(html).count(petition.title) == 1


def test_promotion_of_an_unpublished_page_is_not_shown(client, campaign):
    petition = PetitionPage.objects.get(slug="dhs-end-private-detention-contracts")
    SearchPromotion.objects.create(query=Query.get("adelanto"), page=petition, sort_order=0)
    petition.unpublish()
    html = get_soup(client, "/search/?query=Adelanto")
    assert html.select(".search-result--promoted") == []


def test_editors_manage_promoted_results_in_the_admin(client, admin_user):
    client.force_login(admin_user)
    assert client.get("/admin/searchpicks/").status_code == 200
    assert client.get("/admin/searchpicks/add/").status_code == 200


def test_search_never_shows_supporters_personal_data(client, campaign):
    petition = PetitionPage.objects.get(slug="dignity-not-detention")
    Signature.objects.create(
        page=petition,
        first_name="Quennell",
        last_name="Okonkwo-Vasquez",
        email_normalised="quennell@example.org",
        postcode="92301",
        confirmed_at=timezone.now(),
    )
    for query in ("Quennell", "Okonkwo-Vasquez", "quennell@example.org", "92301"):
        assert get_soup(client, f"/search/?query={query}").select(".search-result") == []
    # The petition they signed is found, and its result says nothing about who signed.
    body = client.get("/search/", {"query": "Dignity Not Detention"}).content.decode()
    assert "Dignity Not Detention" in body
    for personal in ("Quennell", "Okonkwo", "quennell@example.org", "92301"):
        assert personal not in body


def test_drafts_and_private_pages_are_not_found(client, campaign):
    index = UpdateIndexPage.objects.get(slug="updates")
    index.add_child(instance=UpdatePage(title="Secret Quokka plan", slug="quokka", live=False))
    assert get_soup(client, "/search/?query=Quokka").select(".search-result") == []


def test_event_results_show_when_the_event_is(client, campaign):
    html = get_soup(client, "/search/?query=Adelanto&type=events")
    concert = EventPage.objects.get(slug="schoolsnotprisons-adelanto")
    (result,) = [r for r in html.select(".search-result") if concert.url in str(r)]
    assert "Friday 20 October 2017, 5:00 PM" in text(result)
