"""Readers always know where they are: the main menu, the campaign's own navigation on every
page inside it, breadcrumbs, and a footer with the social links and the donate button."""

import pytest
from wagtail.models import Page, Site

from campaigns.models import (
    ActionToolkitPage,
    CampaignPage,
    DemandListPage,
    EventPage,
    PetitionPage,
    UpdateIndexPage,
    UpdatePage,
)
from home.models import MenuItem, SiteSettings

from .helpers import DEMO_CAMPAIGN_PATH, get_soup, texts

# These tests read the demo campaign as a reader meets it on a new site.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def test_main_menu_lists_the_editors_links_and_marks_the_section(client, campaign):
    update = UpdatePage.objects.live().first()
    html = get_soup(client, update.url)
    menu = html.select_one("nav.main-nav")
    assert texts(menu.select("a")) == [
        "The campaign",
        "Updates",
        "Petitions",
        "Events",
        "Week of action",
        "Take action",
        "Sign on",
    ]
    assert menu.find("a", string="Updates")["aria-current"] == "true"
    toggle = html.select_one("button.site-header__toggle")
    assert toggle["aria-expanded"] == "false"
    assert menu in html.select_one(f"#{toggle['aria-controls']}").descendants


def test_main_menu_hides_links_to_unpublished_pages(client, campaign):
    events = Page.objects.get(slug="events").specific
    events.unpublish()
    menu = get_soup(client, "/").select_one("nav.main-nav")
    assert "Events" not in texts(menu.select("a"))
    assert MenuItem.objects.filter(page=events).exists()


@pytest.mark.parametrize("model", [CampaignPage, UpdatePage, PetitionPage, EventPage])
def test_every_page_inside_the_campaign_carries_its_navigation(client, campaign, model):
    page = model.objects.live().descendant_of(campaign, inclusive=True).first()
    nav = get_soup(client, page.url).select_one("nav.campaign-nav[aria-label=Campaign]")
    assert nav is not None, page.url
    assert campaign.title in nav.select_one(".campaign-nav__name").get_text()
    # The main menu links to every other section: only the numbered demand list is left,
    # by its short label. The bulleted demand list is not marked "Show in menus".
    assert texts(nav.select(".campaign-nav__list a")) == ["Demands"]


def test_campaign_navigation_leaves_out_what_the_main_menu_shows(client, campaign):
    MenuItem.objects.filter(page__slug__in=["updates", "events"]).delete()
    html = get_soup(client, PetitionPage.objects.live().first().url)
    menu = texts(html.select("nav.main-nav a"))
    sections = texts(html.select("nav.campaign-nav .campaign-nav__list a"))
    assert sections == ["Updates", "Events", "Demands"]
    assert not set(sections) & set(menu)


def test_campaign_sections_use_the_editors_menu_label_or_a_short_default(client, campaign):
    MenuItem.objects.all().delete()
    toolkit = ActionToolkitPage.objects.get()
    toolkit.menu_label = "How-to"
    toolkit.save_revision().publish()
    updates = UpdateIndexPage.objects.get()
    updates.menu_label = ""
    updates.save_revision().publish()
    nav = get_soup(client, campaign.url).select_one("nav.campaign-nav")
    sections = texts(nav.select(".campaign-nav__list a"))
    assert sections == [
        "Updates",
        "Petitions",
        "Events",
        "Demands",
        "Statement",
        "Week of action",
        "How-to",
    ]
    assert all(len(label) <= 15 for label in sections)


def test_campaign_navigation_marks_the_section_the_reader_is_in(client, campaign):
    MenuItem.objects.all().delete()
    petition = PetitionPage.objects.live().first()
    nav = get_soup(client, petition.url).select_one("nav.campaign-nav")
    current = nav.select("[aria-current]")
    assert texts(current) == ["Petitions"]
    assert current[0]["aria-current"] == "true"
    on_index = get_soup(client, DEMO_CAMPAIGN_PATH + "petitions/").select_one("nav.campaign-nav")
    assert on_index.select_one("[aria-current]")["aria-current"] == "page"


@pytest.mark.parametrize(
    ("url", "marked"),
    [
        (DEMO_CAMPAIGN_PATH, "The campaign"),
        (DEMO_CAMPAIGN_PATH + "updates/", "Updates"),
        (DEMO_CAMPAIGN_PATH + "petitions/dignity-not-detention/", "Petitions"),
        (DEMO_CAMPAIGN_PATH + "national-prison-strike-demands/", "The campaign"),
    ],
)
def test_only_the_deepest_main_menu_item_is_marked_current(client, campaign, url, marked):
    menu = get_soup(client, url).select_one("nav.main-nav")
    assert texts(menu.select("[aria-current]")) == [marked]


def test_pages_outside_any_campaign_have_no_campaign_navigation(client, campaign):
    assert get_soup(client, "/").select_one("nav.campaign-nav") is None
    assert get_soup(client, "/search/").select_one("nav.campaign-nav") is None


def test_breadcrumbs_lead_from_home_to_the_page(client, campaign):
    demands = DemandListPage.objects.live().first()
    crumbs = get_soup(client, demands.url).select_one("nav.breadcrumbs")
    assert texts(crumbs.select("li")) == ["Home", campaign.title, demands.title]
    assert crumbs.select_one("[aria-current=page]").get_text() == demands.title


def test_footer_shows_the_social_links_and_the_donate_button(client, footer_settings):
    footer = get_soup(client, "/").select_one("footer.site-footer")
    links = {a.get_text(): a["href"] for a in footer.select("a")}
    assert links["Instagram"] == "https://ig.example/enlace"
    assert links["Bluesky"] == "https://bsky.example/enlace"
    assert links["Give now"] == "https://donate.example.org/enlace"
    assert links["News feed (RSS)"] == "/feeds/updates/"
    assert links["Events calendar (.ics)"] == "/feeds/events.ics"
    header_donate = get_soup(client, "/").select_one(".site-header a.button--donate")
    assert header_donate["href"] == "https://donate.example.org/enlace"


def test_footer_without_social_links_or_donate_link_shows_neither(client, campaign):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.social_links.all().delete()
    settings.donate_url = ""
    settings.save()
    footer = get_soup(client, "/").select_one("footer.site-footer")
    assert "Follow us" not in footer.get_text()
    assert footer.select_one(".button--donate") is None
