"""Readers switch language on any page and land on the same page; addresses stay as they were."""

import pytest
from bs4 import BeautifulSoup

from campaigns.models import HomePage, PetitionPage, UpdatePage
from home.page_purge import Purge
from tests.helpers import campaign_with_every_page_type
from tests.i18n.spanish import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages():
    return campaign_with_every_page_type()


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_every_page_type_renders_in_spanish_with_lang_es(client, pages):
    for page in pages.values():
        spanish_page = translate(page)
        assert spanish_page.url.startswith("/es/"), spanish_page.url
        document = soup(client.get(spanish_page.url))
        assert document.html["lang"] == "es", spanish_page.url
        english = soup(client.get(page.url))
        assert english.html["lang"] == "en", page.url


def test_the_switcher_goes_to_the_same_page_in_the_other_language(client, pages):
    petition = pages[PetitionPage]
    spanish_petition = translate(petition, title="Detengan las deportaciones")
    english = soup(client.get(petition.url))
    link = english.select_one(".language-switcher a[hreflang=es]")
    assert link["href"] == spanish_petition.url
    spanish = soup(client.get(spanish_petition.url))
    back = spanish.select_one(".language-switcher a[hreflang=en]")
    assert back["href"] == petition.url


def test_an_untranslated_page_says_so_and_offers_the_spanish_home(client, pages):
    home = pages[HomePage]
    spanish_home = translate(home)
    update = pages[UpdatePage]
    switcher = soup(client.get(update.url)).select_one(".language-switcher")
    assert switcher.select_one("a[hreflang=es]")["href"] == spanish_home.url
    assert "todavía no está traducida" in switcher.get_text()


def test_no_switcher_while_the_site_has_no_spanish_home_page(client, pages):
    document = soup(client.get(pages[UpdatePage].url))
    assert document.select_one(".language-switcher") is None
    assert document.head.select("link[hreflang]") == []


def test_hreflang_alternates_name_both_languages_and_english_as_default(client, pages):
    update = pages[UpdatePage]
    spanish_update = translate(update)
    head = soup(client.get(spanish_update.url)).head
    alternates = {link["hreflang"]: link["href"] for link in head.select("link[hreflang]")}
    assert alternates["es"].endswith(spanish_update.url)
    assert alternates["en"].endswith(update.url)
    assert alternates["x-default"] == alternates["en"]
    assert head.select_one("meta[property='og:locale']")["content"] == "es_US"


def test_english_addresses_stay_and_the_en_prefix_redirects_to_them(client, pages):
    update = pages[UpdatePage]
    assert client.get(update.url).status_code == 200
    response = client.get("/en" + update.url + "?page=2")
    assert response.status_code == 301
    assert response["Location"] == update.url + "?page=2"
    assert client.get("/en//example.org/")["Location"] == "/example.org/"


def test_the_language_never_comes_from_the_browser_so_pages_stay_cacheable(client, pages):
    home = pages[HomePage]
    translate(home)
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es")
    assert soup(response).html["lang"] == "en"
    assert "accept-language" not in response.get("Vary", "").lower()
    assert response["Content-Language"] == "en"


def test_publishing_a_translation_purges_the_page_in_the_other_language(
    client, pages, settings, django_capture_on_commit_callbacks
):
    """The English page's switcher said 'not translated yet' from the cache until it expired."""
    settings.PAGE_CACHE_SECONDS = 600
    home = pages[HomePage]
    spanish_home = translate(home)
    update = pages[UpdatePage]
    before = soup(client.get(update.url)).select_one(".language-switcher a[hreflang=es]")
    assert before["href"] == spanish_home.url
    with django_capture_on_commit_callbacks(execute=True):
        spanish_update = translate(update)
    switcher = soup(client.get(update.url)).select_one(".language-switcher")
    assert switcher.select_one("a[hreflang=es]")["href"] == spanish_update.url


def test_a_spanish_update_purges_the_spanish_feeds(pages):
    translate(pages[HomePage])
    spanish_update = translate(pages[UpdatePage])
    purge = Purge()
    purge.add_page_change(spanish_update)
    assert any(url.endswith("/es/feeds/updates/") for url in purge.batch.urls), purge.batch.urls
