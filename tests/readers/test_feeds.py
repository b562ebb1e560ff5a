"""Feeds that real clients read: RSS parsed by feedparser as a feed reader would, and calendar
files parsed by the icalendar library as a calendar app would."""

import datetime as dt

import feedparser
import pytest
from icalendar import Calendar

from campaigns.models import EventPage, UpdateIndexPage, UpdatePage

from .helpers import DEMO_CAMPAIGN_PATH, get_soup

# These tests read the demo campaign as a reader meets it on a new site.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]

CAMPAIGN_SLUG = "end-mass-incarceration-deportations-detention"


def read_feed(client, url: str):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_site_feed_lists_the_latest_updates_newest_first(client, campaign):
    feed = read_feed(client, "/feeds/updates/")
    assert feed.version == "rss20"
    assert feed.feed.title == "Enlace Campaign Hub: latest updates"
    titles = [entry.title for entry in feed.entries]
    english = UpdatePage.objects.live().filter(locale__language_code="en")
    expected = english.order_by("-date", "-pk").values_list("title", flat=True)
    assert titles == list(expected[:30])
    published = [entry.published_parsed for entry in feed.entries]
    assert published == sorted(published, reverse=True)


def test_feed_entries_link_to_the_update_and_press_clips_to_the_outlet(client, campaign):
    own = UpdatePage.objects.get(slug="hunger-strikes-call-to-end-immigrant-detention")
    clip = UpdatePage.objects.get(slug="statesman-op-ed-incarceration-amid-pandemic")
    entries = {entry.title: entry for entry in read_feed(client, "/feeds/updates/").entries}
    assert entries[own.title].link == "http://testserver" + own.url
    assert entries[clip.title].link == clip.original_url
    assert entries[clip.title].description.startswith("Austin American-Statesman: ")
    assert {tag.term for tag in entries[clip.title].tags} >= {"COVID-19", "Texas"}
    # The id stays ours, so readers do not see a clip twice if the outlet moves it.
    assert entries[clip.title].id.endswith(clip.url)


def test_feed_dates_are_the_updates_publication_dates(client, campaign):
    entries = {entry.title: entry for entry in read_feed(client, "/feeds/updates/").entries}
    clip = UpdatePage.objects.get(slug="activists-plan-adelanto-concert")
    published = dt.datetime(*entries[clip.title].published_parsed[:6], tzinfo=dt.UTC)
    assert published.astimezone(clip.published_at.tzinfo).date() == clip.date


def test_campaign_feed_lists_only_that_campaigns_updates(client, campaign):
    from campaigns.models import CampaignPage, HomePage

    other = HomePage.objects.get().add_child(
        instance=CampaignPage(title="Other", slug="other", intro="<p>x</p>")
    )
    index = other.add_child(instance=UpdateIndexPage(title="News", slug="news"))
    index.add_child(instance=UpdatePage(title="Elsewhere", slug="elsewhere"))

    feed = read_feed(client, f"/feeds/updates/{CAMPAIGN_SLUG}/")
    assert feed.feed.title == f"{campaign.title}: updates"
    assert "Elsewhere" not in [entry.title for entry in feed.entries]
    assert "Elsewhere" in [entry.title for entry in read_feed(client, "/feeds/updates/").entries]
    assert [e.title for e in read_feed(client, "/feeds/updates/other/").entries] == ["Elsewhere"]


def test_topic_feed_lists_only_updates_with_that_tag(client, campaign):
    feed = read_feed(client, "/feeds/topics/adelanto/")
    assert [entry.title for entry in feed.entries] == [
        "Activists plan Adelanto concert to call for immigration detention center shutdowns"
    ]


@pytest.mark.parametrize("url", ["/feeds/topics/no-such-topic/", "/feeds/updates/no-such/"])
def test_unknown_topic_or_campaign_feed_is_not_found(client, campaign, url):
    assert client.get(url).status_code == 404


def test_draft_updates_stay_out_of_the_feed(client, campaign):
    index = UpdateIndexPage.objects.get(slug="updates")
    draft = index.add_child(instance=UpdatePage(title="Embargoed", slug="embargoed", live=False))
    assert not draft.live
    titles = [entry.title for entry in read_feed(client, "/feeds/updates/").entries]
    assert "Embargoed" not in titles


def test_every_page_announces_its_feeds_in_the_head(client, campaign):
    home_links = get_soup(client, "/").select("head link[rel=alternate]")
    assert [link["href"] for link in home_links] == ["/feeds/updates/"]

    event = EventPage.objects.get(slug="schoolsnotprisons-adelanto")
    alternates = get_soup(client, event.url).select("link[rel=alternate]")
    links = {link["href"]: link for link in alternates}
    assert links["/feeds/updates/"]["type"] == "application/rss+xml"
    assert links[f"/feeds/updates/{CAMPAIGN_SLUG}/"]["title"] == f"{campaign.title}: updates"
    assert links[f"/feeds/events/{CAMPAIGN_SLUG}.ics"]["type"] == "text/calendar"

    tagged = get_soup(client, DEMO_CAMPAIGN_PATH + "updates/?tag=adelanto")
    topic = tagged.select_one("link[rel=alternate][href='/feeds/topics/adelanto/']")
    assert topic["title"] == "Updates about Adelanto"
    assert tagged.select_one(".follow a[href='/feeds/topics/adelanto/']")


# Calendar files ---------------------------------------------------------------------------


def calendar_file(event: EventPage) -> str:
    return event.url + event.reverse_subpage("calendar_file")


def read_calendar(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def test_event_calendar_file_has_the_start_in_utc_the_place_and_the_address(client, campaign):
    event = EventPage.objects.get(slug="schoolsnotprisons-adelanto")
    # The event is over, so its page no longer links the file; the file itself stays.
    response = client.get(event.url + event.reverse_subpage("calendar_file"))
    assert "attachment" in response["Content-Disposition"]
    (vevent,) = read_calendar(response).walk("VEVENT")
    start = vevent.decoded("DTSTART")
    assert start == dt.datetime(2017, 10, 21, 0, 0, tzinfo=dt.UTC)
    assert start.utcoffset() == dt.timedelta(0)
    assert vevent.to_ical().decode().count("DTSTART:20171021T000000Z") == 1
    assert vevent.decoded("DTEND") == dt.datetime(2017, 10, 21, 5, 0, tzinfo=dt.UTC)
    assert str(vevent["SUMMARY"]) == "#SchoolsNotPrisons: Adelanto"
    assert str(vevent["LOCATION"]) == "Adelanto Stadium, Adelanto, California"
    assert str(vevent["URL"]) == "http://testserver" + event.url


def test_all_day_event_is_a_date_in_the_calendar(client, campaign):
    event = EventPage.objects.get(slug="national-strike-against-prison-slavery-2016")
    (vevent,) = read_calendar(client.get(calendar_file(event))).walk("VEVENT")
    assert vevent.decoded("DTSTART") == dt.date(2016, 9, 9)


def test_events_calendar_feed_lists_every_live_event_once(client, campaign):
    calendar = read_calendar(client.get("/feeds/events.ics"))
    assert str(calendar["X-WR-CALNAME"]) == "Enlace Campaign Hub: events"
    events = calendar.walk("VEVENT")
    titles = sorted(str(vevent["SUMMARY"]) for vevent in events)
    english = EventPage.objects.live().filter(locale__language_code="en")
    assert titles == sorted(english.values_list("title", flat=True))
    uids = [str(vevent["UID"]) for vevent in events]
    assert len(set(uids)) == len(uids)
    adelanto = next(e for e in events if str(e["SUMMARY"]) == "#SchoolsNotPrisons: Adelanto")
    assert adelanto.decoded("DTSTART") == dt.datetime(2017, 10, 21, tzinfo=dt.UTC)
    assert str(adelanto["URL"]).endswith("/events/schoolsnotprisons-adelanto/")


def test_campaign_events_calendar_matches_the_event_pages_own_file(client, campaign):
    calendar = read_calendar(client.get(f"/feeds/events/{CAMPAIGN_SLUG}.ics"))
    assert str(calendar["X-WR-CALNAME"]) == f"{campaign.title}: events"
    event = EventPage.objects.get(slug="dhs-petition-delivery")
    (own,) = read_calendar(client.get(calendar_file(event))).walk("VEVENT")
    (listed,) = [e for e in calendar.walk("VEVENT") if str(e["UID"]) == str(own["UID"])]
    for field in ("SUMMARY", "LOCATION", "URL"):
        assert str(listed[field]) == str(own[field])
    assert listed.decoded("DTSTART") == own.decoded("DTSTART")
    assert client.get("/feeds/events/no-such.ics").status_code == 404


def test_unpublished_events_leave_the_calendar_feed(client, campaign):
    event = EventPage.objects.get(slug="dhs-petition-delivery")
    event.unpublish()
    calendar = read_calendar(client.get("/feeds/events.ics"))
    assert event.title not in [str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT")]
