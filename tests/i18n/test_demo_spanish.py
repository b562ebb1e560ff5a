"""The demo campaign in Spanish: what a Spanish-first reader needs, translated; the rest shows
how the site treats a page nobody has translated yet."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from campaigns.models import PetitionPage, Target
from demo import spanish
from demo.loader import load_demo_content

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content", "spanish_demo")]


@pytest.fixture
def spanish_demo():
    """The Spanish half of the demo, on top of the English demo the other demo tests share (in
    this test's transaction, so they never see it)."""
    load_demo_content()


def spanish_page(english_slug: str) -> Page:
    english = Page.objects.get(slug=english_slug, locale__language_code="en")
    return english.get_translation(english.locale.__class__.objects.get(language_code="es"))


def soup(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_the_hub_petitions_event_toolkit_and_statement_exist_in_spanish(client):
    for english_slug, spanish_slug in spanish.SPANISH_SLUGS.items():
        page = spanish_page(english_slug)
        assert page.live and page.slug == spanish_slug
        assert page.url.startswith("/es/")
        document = soup(client, page.url)
        assert document.html["lang"] == "es"
        assert spanish.PHRASES[Page.objects.get(slug=english_slug).title] == page.title
        assert page.title in document.get_text()


def test_the_spanish_petition_reads_spanish_and_names_its_officials_in_spanish(client):
    petition = spanish_page("bring-our-elders-home").specific
    text = soup(client, petition.url).get_text(" ")
    assert "¡La campaña Release Aging People in Prison exige" in text
    assert "Estado de Nueva York" in text
    assert "New York State" not in text
    # The same officials as the English page: only what readers see of them is translated.
    english = PetitionPage.objects.get(slug="bring-our-elders-home")
    assert [t.translation_key for t in petition.targets] == [
        t.translation_key for t in english.targets
    ]
    assert Target.objects.filter(name="Estado de Nueva York", locale__language_code="es").exists()


def test_the_spanish_home_page_has_the_spanish_menu_and_footer(client):
    document = soup(client, "/es/")
    assert document.html["lang"] == "es"
    menu = document.select_one("nav.main-nav").get_text(" ")
    assert "Peticiones" in menu and "La campaña" in menu
    menu_links = [a["href"] for a in document.select("nav.main-nav a")]
    assert spanish_page("petitions").url in menu_links
    assert "Enlace construye alianzas" in document.select_one("footer").get_text()


def test_an_untranslated_update_stays_english_and_says_so(client):
    update = Page.objects.get(slug="national-prison-strike")
    assert not update.has_translation(update.locale.__class__.objects.get(language_code="es"))
    switcher = soup(client, update.url).select_one(".language-switcher")
    assert "todavía no está traducida" in switcher.get_text()
    assert switcher.select_one("a[hreflang=es]")["href"] == "/es/"


def test_loading_again_adds_nothing():  # the Spanish demo was just loaded by the fixture
    before = Page.objects.count(), Target.objects.count()
    assert load_demo_content() == "already loaded, nothing added"
    assert (Page.objects.count(), Target.objects.count()) == before
