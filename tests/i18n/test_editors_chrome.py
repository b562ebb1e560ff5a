"""The header, menu and footer speak the page's language: on /es/ pages the Spanish texts editors
wrote in Site settings, the English ones where they left the Spanish empty, and menu links to
the Spanish version of each page that has one."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from campaigns.models import CampaignPage, HomePage, PetitionIndexPage, UpdateIndexPage
from home.models import MenuItem, SiteSettings
from tests.i18n.spanish import translate

pytestmark = pytest.mark.django_db


def soup(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def menu(document: BeautifulSoup) -> list[tuple[str, str]]:
    return [(a.get_text(strip=True), a["href"]) for a in document.select(".main-nav a")]


@pytest.fixture
def site_settings(every_page_type):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.tagline = "End detention. End deportation. Divest."
    site_settings.tagline_es = "Alto a la detención. Alto a las deportaciones."
    site_settings.donate_url = "https://example.org/donate"
    site_settings.donate_label_es = "Done ahora"
    site_settings.footer_text = "A coalition of immigrant rights groups."
    site_settings.save()
    return site_settings


@pytest.fixture
def spanish_home(every_page_type):
    return translate(every_page_type[HomePage])


def test_spanish_pages_show_the_spanish_tagline_donate_label_and_english_footer_fallback(
    client, site_settings, spanish_home
):
    spanish = soup(client, spanish_home.url)
    assert spanish.select_one(".brand__tagline").get_text() == site_settings.tagline_es
    assert spanish.select_one(".site-header__donate").get_text() == "Done ahora"
    # No Spanish footer text written yet: the English one, rather than nothing.
    assert "A coalition of immigrant rights groups." in spanish.select_one("footer").get_text()
    english = soup(client, "/")
    assert english.select_one(".brand__tagline").get_text() == site_settings.tagline
    assert english.select_one(".site-header__donate").get_text() == "Donate"


def test_changing_the_settings_reaches_both_languages_despite_the_chrome_cache(
    client, site_settings, spanish_home
):
    soup(client, "/"), soup(client, spanish_home.url)  # both languages' chrome now cached
    site_settings.tagline = "Free them all."
    site_settings.tagline_es = "Libertad para todos."
    site_settings.save()
    assert soup(client, "/").select_one(".brand__tagline").get_text() == "Free them all."
    spanish = soup(client, spanish_home.url)
    assert spanish.select_one(".brand__tagline").get_text() == "Libertad para todos."


def test_the_spanish_menu_links_to_spanish_pages_where_they_exist(
    client, every_page_type, site_settings, spanish_home
):
    campaign = every_page_type[CampaignPage]
    petitions = every_page_type[PetitionIndexPage]
    news = every_page_type[UpdateIndexPage]
    site_settings.menu_items.all().delete()
    for order, (page, label, label_es) in enumerate(
        [(campaign, "The campaign", "La campaña"), (petitions, "Petitions", ""), (news, "News", "")]
    ):
        MenuItem.objects.create(
            settings=site_settings, page=page, label=label, label_es=label_es, sort_order=order
        )
    spanish_campaign = translate(campaign, title="Campaña para acabar con la detención")
    spanish_petitions = translate(petitions, title="Peticiones")

    assert menu(soup(client, spanish_home.url)) == [
        ("La campaña", spanish_campaign.url),
        ("Peticiones", spanish_petitions.url),  # no Spanish label: the Spanish page's title
        ("News", news.url),  # not translated yet: the English page, named in English
    ]
    assert menu(soup(client, "/")) == [
        ("The campaign", campaign.url),
        ("Petitions", petitions.url),
        ("News", news.url),
    ]


def test_without_a_menu_list_spanish_pages_list_the_spanish_home_pages_sections(
    client, every_page_type, site_settings, spanish_home
):
    site_settings.menu_items.all().delete()
    campaign = every_page_type[CampaignPage]
    campaign.show_in_menus = True
    campaign.save_revision().publish()
    spanish_campaign = translate(campaign, title="La campaña")
    assert menu(soup(client, spanish_home.url)) == [("La campaña", spanish_campaign.url)]
    assert menu(soup(client, "/")) == [(campaign.title, campaign.url)]


def test_publishing_a_translation_of_a_menu_page_updates_the_cached_spanish_menu(
    client, every_page_type, site_settings, spanish_home
):
    petitions = every_page_type[PetitionIndexPage]
    site_settings.menu_items.all().delete()
    MenuItem.objects.create(settings=site_settings, page=petitions, label="Petitions")
    translate(every_page_type[CampaignPage])
    assert menu(soup(client, spanish_home.url)) == [("Petitions", petitions.url)]
    spanish_petitions = translate(petitions, title="Peticiones")
    assert menu(soup(client, spanish_home.url)) == [("Peticiones", spanish_petitions.url)]
