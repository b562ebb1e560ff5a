"""What a newcomer hit on the demo site, pinned: petition counts in listings, petitions hosted
elsewhere, past events, search by ?q=, topic names, the dateline and week-of-action cards."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actions.models import PaperSignatures
from campaigns.models import EventPage, PetitionPage, UpdatePage, WeekOfActionPage

from .helpers import DEMO_CAMPAIGN_PATH, get_soup, text, texts

# These tests read the demo campaign as a reader meets it on a new site.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]

PETITIONS = DEMO_CAMPAIGN_PATH + "petitions/"


def open_local_petitions():
    return [
        p for p in PetitionPage.open_petitions(PetitionPage.objects.live()) if not p.is_external
    ]


def petition_card(html, petition: PetitionPage):
    """The listing card of `petition` (the page may link to it elsewhere too, e.g. a hero)."""
    return next(
        card for card in html.select("article.petition-card") if card.find("a", href=petition.url)
    )


def test_listed_petitions_show_their_count_and_a_bar(client, campaign):
    petition = open_local_petitions()[0]
    PaperSignatures.objects.filter(page=petition).delete()
    PaperSignatures.objects.create(page=petition, count=321, description="Clipboards")
    cache.clear()
    for url in ["/", campaign.url, PETITIONS]:
        card = petition_card(get_soup(client, url), petition)
        assert "321 signatures of our" in text(card), url
        assert card.select_one("[role=progressbar]")["aria-valuenow"] == "321"


def test_petition_listing_counts_every_card_in_one_query_per_list(client, campaign):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            client.get(PETITIONS)
        return len(captured)

    cache.clear()
    cold = queries()
    # With the counts cached, the grouped count (one per list: open, closed) is skipped.
    assert queries() < cold
    for petition in PetitionPage.objects.all():
        PaperSignatures.objects.create(page=petition, count=5, description="Stall")
    cache.clear()
    assert queries() == cold


def test_petition_hosted_elsewhere_shows_no_count_until_staff_record_one(client, campaign):
    petition = open_local_petitions()[0]
    petition.external_url = "https://actionnetwork.example/petitions/x"
    petition.external_platform = "Action Network"
    petition.save_revision().publish()
    PaperSignatures.objects.filter(page=petition).delete()
    cache.clear()
    card = petition_card(get_soup(client, PETITIONS), petition)
    assert "signatures" not in text(card)
    assert card.select_one("[role=progressbar]") is None
    page = get_soup(client, petition.url)
    assert page.select_one("#petition-progress") is None

    PaperSignatures.objects.create(page=petition, count=1200, description="Action Network tally")
    cache.clear()
    card = petition_card(get_soup(client, PETITIONS), petition)
    assert "1,200 signatures" in text(card)
    assert "1,200" in text(get_soup(client, petition.url).select_one("#petition-progress"))


def past_event() -> EventPage:
    return next(event for event in EventPage.objects.live() if event.is_past)


def test_past_event_offers_no_rsvp_and_no_calendar_file(client, campaign):
    event = past_event()
    html = get_soup(client, event.url)
    assert html.select_one("main form.action-form") is None
    assert html.find("a", string=lambda s: s and "Add to my calendar" in s) is None
    assert "took place on" in text(html.select_one(".event__past"))
    listing = get_soup(client, event.get_parent().url)
    assert "Add to my calendar" not in text(listing)


def test_rsvp_to_a_past_event_is_refused_with_a_plain_message(client, campaign):
    event = past_event()
    data = {"name": "Luis Ortega", "email": "luis@example.org", "guests": "0"}
    response = client.post(reverse("actions:submit", args=[event.pk]), data)
    assert response.status_code == 409
    assert "Your RSVP was not saved" in response.content.decode()
    assert not event.rsvps.exists()


@pytest.mark.parametrize("parameter", ["q", "query"])
def test_search_answers_q_as_well_as_query(client, campaign, parameter):
    html = get_soup(client, f"/search/?{parameter}=Adelanto")
    assert html.select_one("#search-input")["value"] == "Adelanto"
    assert html.select(".search-result")
    assert html.select_one("link[rel=canonical]")["href"].endswith("/search/?query=Adelanto")


def test_search_page_has_opengraph_tags_and_a_canonical_link(client, campaign):
    html = get_soup(client, "/search/")
    assert html.select_one("link[rel=canonical]")["href"] == "http://testserver/search/"
    assert html.select_one("meta[property='og:url']")["content"] == "http://testserver/search/"
    assert html.select_one("meta[property='og:title']")["content"] == "Search"
    assert html.select_one("meta[property='og:description']")["content"]


def test_topics_show_as_words_not_slugs(client, campaign):
    update = UpdatePage.objects.live().filter(tags__slug="sb-1289").first()
    chips = texts(get_soup(client, update.url).select(".article__tags .tag"))
    assert "SB 1289" in chips and "Dignity Not Detention" in chips
    assert not any("-" in chip for chip in chips)
    index = get_soup(client, update.get_parent().url + "?tag=private-prisons")
    assert "Private prisons" in texts(index.select(".chips--topics .chip"))
    assert "about Private prisons" in text(index.select_one(".filter-status"))


def test_dateline_never_sits_alone_on_its_line(client, campaign):
    update = UpdatePage.objects.live().exclude(dateline="").first()
    html = get_soup(client, update.url)
    first = update.body[0].block_type
    if first == "paragraph":
        assert html.select_one(".article__body > .dateline + .block-paragraph")
    else:
        assert html.select_one(".article__body .dateline") is None
        assert update.dateline in text(html.select_one(".article__meta"))
    # The other way round, on the same page.
    heading = {"type": "heading", "value": {"text": "What happened", "level": "h2"}}
    paragraph = {"type": "paragraph", "value": "<p>It began.</p>"}
    update.body = [heading if first == "paragraph" else paragraph, *update.body.raw_data]
    update.save_revision().publish()
    html = get_soup(client, update.url)
    starts_with_paragraph = update.body[0].block_type == "paragraph"
    assert bool(html.select_one(".article__body .dateline")) == starts_with_paragraph
    assert (update.dateline in text(html.select_one(".article__meta"))) != starts_with_paragraph


def test_week_of_action_day_cards_add_to_their_title_and_link_somewhere(client, campaign):
    week = WeekOfActionPage.objects.live().get()
    html = get_soup(client, week.url)
    cards = html.select(".day-action")
    assert cards
    for card in cards:
        title = text(card.select_one(".action-card__title"))
        paragraphs = texts(card.select("p:not(.eyebrow)"))
        assert title not in paragraphs
        assert card.select_one("a[href]") is not None, title
    women = next(c for c in cards if "WomenFightICE" in text(c))
    assert women.select_one("a")["href"].endswith("/updates/womenfightice-register/")
    assert week.programme()[0].date == dt.date(2016, 9, 26)
