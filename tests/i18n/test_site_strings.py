"""The words the site itself writes (navigation, headings, buttons, dates, error pages, calendar
files) are Spanish on Spanish pages, and stay English on English ones."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils import translation
from icalendar import Calendar
from wagtail.models import Site

from campaigns.models import (
    ActionToolkitPage,
    CallActionPage,
    CampaignPage,
    DemandListPage,
    EndorsementPage,
    EventIndexPage,
    EventPage,
    HomePage,
    LetterActionPage,
    PetitionIndexPage,
    PetitionPage,
    UpdateIndexPage,
    UpdatePage,
    WeekOfActionPage,
)
from common.sharing import share_links
from home.models import MenuItem, SiteSettings
from tests.helpers import campaign_with_every_page_type
from tests.i18n.spanish import translate

pytestmark = pytest.mark.django_db

# What each page type writes itself, in Spanish (the page's own content is the editors').
OWN_WORDS = {
    HomePage: "Buscar en el sitio",
    CampaignPage: "Campaña",
    UpdateIndexPage: "Siga estas noticias",
    PetitionIndexPage: "Firme ahora",
    EventIndexPage: "Agregue los eventos a su calendario",
    UpdatePage: "1 de enero de 2020",
    PetitionPage: "Petición",
    EventPage: "Detalles",
    DemandListPage: "Nuestras demandas",
    WeekOfActionPage: "Semana de acción",
    ActionToolkitPage: "Guía de acción",
    EndorsementPage: "Declaración conjunta",
    LetterActionPage: "Escriba a su funcionario",
    CallActionPage: "Encuentre a quién llamar",
}


@pytest.fixture
def pages():
    return campaign_with_every_page_type()


def soup(response, status: int = 200) -> BeautifulSoup:
    assert response.status_code == status, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def words(document: BeautifulSoup) -> str:
    return " ".join(document.get_text().split())


def test_every_page_type_writes_its_own_words_in_spanish(client, pages):
    assert set(OWN_WORDS) == set(pages), "a page type without its Spanish words checked"
    for page_type, page in pages.items():
        spanish_page = translate(page)
        document = soup(client.get(spanish_page.url))
        text = words(document)
        assert document.select_one(".skip-link").get_text() == "Saltar al contenido principal"
        assert "Suscripciones y calendario" in text, spanish_page.url
        assert "Menú" in text, spanish_page.url
        assert OWN_WORDS[page_type] in text, (page_type.__name__, spanish_page.url)
        assert "Skip to main content" not in text, spanish_page.url
        assert "Feeds and calendar" not in text, spanish_page.url


def test_english_pages_keep_their_english_words(client, pages):
    petition = pages[PetitionPage]
    translate(petition)
    text = words(soup(client.get(petition.url)))
    assert "Skip to main content" in text
    assert "Feeds and calendar" in text
    assert "Saltar al contenido principal" not in text


def test_the_main_menu_on_a_spanish_page_leads_to_the_spanish_pages(client, pages):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    campaign, petitions = pages[CampaignPage], pages[PetitionIndexPage]
    MenuItem.objects.create(settings=settings, page=campaign, sort_order=0)
    MenuItem.objects.create(settings=settings, page=petitions, label="Petitions", sort_order=1)
    spanish_campaign = translate(campaign, title="La campaña")
    spanish_petitions = translate(petitions, title="Peticiones")
    english_menu = soup(client.get(campaign.url)).select(".main-nav a")
    assert [(a.get_text(), a["href"]) for a in english_menu] == [
        (campaign.title, campaign.url),
        ("Petitions", petitions.url),
    ]
    spanish_menu = soup(client.get(spanish_campaign.url)).select(".main-nav a")
    assert [a["href"] for a in spanish_menu] == [spanish_campaign.url, spanish_petitions.url]
    # A page without a label shows its own title; a label is the editors' (site settings).
    assert spanish_menu[0].get_text() == "La campaña"
    assert spanish_menu[0]["aria-current"] == "page"


def test_a_spanish_event_page_writes_its_dates_in_spanish_with_the_zone(client, pages):
    event = pages[EventPage]
    event.start_date = dt.date(2037, 10, 23)  # a Friday, in daylight saving time
    event.start_time = dt.time(17, 0)
    event.end_time = dt.time(21, 30)
    event.save_revision().publish()
    spanish_event = translate(event)
    spanish = soup(client.get(spanish_event.url)).select_one(".page-header .event-when")
    assert words(spanish) == "viernes 23 de octubre de 2037, 17:00 – 21:30 PDT"
    english = soup(client.get(event.url)).select_one(".page-header .event-when")
    assert words(english) == "Friday 23 October 2037, 5:00 PM – 9:30 PM PDT"


def test_a_spanish_petition_says_when_signing_closes_in_spanish(client, pages):
    petition = pages[PetitionPage]
    petition.closes_at = dt.datetime(2037, 10, 21, 0, 0, tzinfo=dt.UTC)  # 17:00 in California
    petition.save_revision().publish()
    spanish_petition = translate(petition)
    document = soup(client.get(spanish_petition.url))
    closing = words(document.select_one("#petition-progress .meta"))
    assert closing == "Se puede firmar hasta el 20 de octubre de 2037, 17:00 PDT."


def test_the_404_page_under_es_is_spanish(client, pages):
    translate(pages[HomePage])
    document = soup(client.get("/es/no-such-page/"), status=404)
    assert document.html["lang"] == "es"
    assert document.h1.get_text() == "No encontramos esa página"
    assert document.select_one("form[role=search] button").get_text() == "Buscar"
    home_link = document.select_one(".error-page__links a")
    assert home_link["href"] == "/es/"
    assert home_link.get_text() == "Ir a la página de inicio"


@pytest.mark.urls("tests.i18n.error_urls")
def test_the_500_page_under_es_is_spanish(client):
    client.raise_request_exception = False
    document = soup(client.get("/es/broken/"), status=500)
    assert document.html["lang"] == "es"
    assert document.h1.get_text() == "Algo falló de nuestro lado"
    assert "No se le contará dos veces." in words(document)


def test_a_spanish_events_calendar_file_has_spanish_texts(client, pages):
    event = pages[EventPage]
    event.summary = "A vigil outside the detention centre."
    event.save_revision().publish()
    spanish_event = translate(event, title="Vigilia en Adelanto", summary="Una vigilia.")
    response = client.get(spanish_event.url + "calendar/")
    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["PRODID"]).endswith("//ES")
    vevent = next(iter(calendar.walk("VEVENT")))
    assert str(vevent["SUMMARY"]) == "Vigilia en Adelanto"
    assert vevent["SUMMARY"].params["LANGUAGE"] == "es"
    description = str(vevent["DESCRIPTION"])
    assert description.startswith("Una vigilia.\n\nMás información sobre este evento: http")
    assert description.endswith(spanish_event.url)
    english = Calendar.from_ical(client.get(event.url + "calendar/").content)
    assert "More about this event: http" in str(next(iter(english.walk("VEVENT")))["DESCRIPTION"])


def test_share_links_and_the_copy_button_speak_spanish_from_the_page(client):
    # The copy button's messages come from the page, so a cached Spanish page carries them.
    with translation.override("es"):
        links = share_links("https://example.org/es/", "Firme")
        html = render_to_string(
            "components/share_links.html", {"links": links, "url": "https://example.org/es/"}
        )
    document = BeautifulSoup(html, "html.parser")
    labels = [link.get_text() for link in document.select(".share-link")]
    assert "Compartir en Bluesky" in labels
    assert "Compartir por correo electrónico" in labels
    box = document.select_one("[data-copy-link]")
    assert box["data-copied-text"] == "Enlace copiado. Péguelo donde quiera para compartirlo."
    assert box.select_one("button").get_text() == "Copiar enlace"
