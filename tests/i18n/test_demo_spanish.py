"""The demo campaign in Spanish, as a Spanish-first reader meets it at /es/: the hub, the open
petitions, the Adelanto festival, the toolkit and the statement are translations of their
English pages (one count, one list, the same dates and officials), and what is not translated
says so."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from actions.models import Endorsement, PaperSignatures
from campaigns.models import (
    ActionToolkitPage,
    CampaignPage,
    EndorsementPage,
    EventPage,
    Organisation,
    PetitionPage,
    Target,
    UpdatePage,
)
from demo.loader import load_demo_content
from tests.i18n.spanish import spanish

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content", "spanish_demo")]


@pytest.fixture
def spanish_demo():
    """The Spanish half of the demo, on top of the English demo the other demo tests share (in
    this test's transaction, so they never see it)."""
    load_demo_content()


# (page type, the English page's slug, the Spanish page's title)
TRANSLATED = [
    (
        CampaignPage,
        "end-mass-incarceration-deportations-detention",
        "Campaña para acabar con el encarcelamiento masivo, las deportaciones y la detención",
    ),
    (PetitionPage, "bring-our-elders-home", "Que nuestros mayores vuelvan a casa"),
    (
        PetitionPage,
        "end-predatory-prison-phone-rates",
        "Alto a las tarifas telefónicas abusivas para las personas encarceladas y sus familias",
    ),
    (
        EventPage,
        "schoolsnotprisons-adelanto",
        "#SchoolsNotPrisons (Escuelas, no prisiones): Adelanto",
    ),
    (
        ActionToolkitPage,
        "ending-criminalization-stops-deportations",
        "¿Cómo ayuda el fin de la criminalización a detener las deportaciones?",
    ),
    (
        EndorsementPage,
        "protect-immigrants-promote-community-safety",
        "En apoyo de las políticas que protegen a las personas inmigrantes y promueven la "
        "seguridad de la comunidad",
    ),
]


def english(model, slug: str):
    return model.objects.get(slug=slug, locale__language_code="en")


def in_spanish(page: Page):
    return page.get_translation(spanish()).specific


def get_html(client, page: Page) -> BeautifulSoup:
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return BeautifulSoup(response.content.decode(), "html.parser")


def reader_text(soup: BeautifulSoup) -> str:
    return " ".join(soup.body.get_text(" ").split())


@pytest.mark.parametrize(("model", "slug", "title"), TRANSLATED, ids=[t[1] for t in TRANSLATED])
def test_spanish_page_is_a_translation_of_the_english_one_at_es(client, model, slug, title):
    source = english(model, slug)
    page = in_spanish(source)
    assert page.translation_key == source.translation_key
    assert page.live
    assert page.url.startswith("/es/")
    soup = get_html(client, page)
    assert soup.html["lang"] == "es"
    assert soup.title.get_text().startswith(title)
    # The switcher leads back to the English page, and the English page to this one.
    back = soup.select_one('.language-switcher a[hreflang="en"]')
    assert back["href"] == source.url
    forth = get_html(client, source).select_one('.language-switcher a[hreflang="es"]')
    assert forth["href"] == page.url


def test_spanish_home_page_is_the_english_home_in_spanish(client):
    home = Page.objects.get(url_path="/home/").specific
    spanish_home = in_spanish(home)
    assert spanish_home.url == "/es/"
    soup = get_html(client, spanish_home)
    assert soup.html["lang"] == "es"
    assert soup.h1.get_text(strip=True) == (
        "Que desinviertan en prisiones. Que inviertan en nuestras comunidades."
    )
    text = reader_text(soup)
    # The home page's lists are of Spanish pages: the open petitions and the coming events.
    assert "Release Aging People in Prison le exige al Estado de Nueva York" in text
    assert "Conozca sus derechos: qué hacer si ICE llega a su puerta" in text


def test_spanish_pages_have_the_spanish_header_menu_and_footer(client):
    hub = in_spanish(english(CampaignPage, "end-mass-incarceration-deportations-detention"))
    soup = get_html(client, hub)
    text = reader_text(soup)
    assert "Alto al encarcelamiento masivo, las deportaciones y la detención" in text
    assert "Enlace construye alianzas entre organizaciones" in text
    menu = {link.get_text(strip=True): link["href"] for link in soup.select(".main-nav a")}
    petitions_index = Page.objects.get(slug="peticiones")
    assert menu["Peticiones"] == petitions_index.url
    assert menu["Adhiérase"].startswith("/es/")
    # The updates are not translated: the Spanish menu's entry leads to the English ones.
    assert menu["Noticias"] == Page.objects.get(slug="updates").url


def test_an_untranslated_update_says_so_and_offers_the_spanish_home(client):
    update = UpdatePage.objects.get(slug="national-prison-strike")
    assert update.get_translation_or_none(spanish()) is None
    switcher = get_html(client, update).select_one(".language-switcher")
    assert "Esta página todavía no está traducida." in switcher.get_text()
    assert switcher.select_one('a[hreflang="es"]')["href"] == "/es/"


def test_closed_petitions_and_the_week_of_action_stay_in_english():
    assert not PetitionPage.objects.filter(locale__language_code="es", is_closed=True).exists()
    spanish_petitions = PetitionPage.objects.filter(locale__language_code="es")
    assert all(petition.is_open for petition in spanish_petitions)
    assert spanish_petitions.count() == 2
    english_week = Page.objects.get(slug="2016-week-of-action")
    assert english_week.get_translation_or_none(spanish()) is None


def test_a_spanish_petition_shares_the_goal_closing_date_officials_and_count(client):
    source = english(PetitionPage, "end-predatory-prison-phone-rates")
    page = in_spanish(source)
    assert (page.goal, page.closes_at) == (source.goal, source.closes_at)
    assert page.signature_progress().count == source.signature_progress().count == 2380
    assert not PaperSignatures.objects.filter(page=page).exists()  # counted once, on the English
    text = reader_text(get_html(client, page))
    assert "Para: Miembros del Congreso, Estados Unidos" in text
    assert "Firme la petición para exigirle al Congreso" in text


def test_the_spanish_adelanto_festival_is_the_same_evening_and_place():
    source = english(EventPage, "schoolsnotprisons-adelanto")
    page = in_spanish(source)
    assert page.local_start == source.local_start
    assert page.local_start.strftime("%Y-%m-%d %H:%M %Z") == "2017-10-20 17:00 PDT"
    assert (page.venue_name, page.hashtag) == ("Adelanto Stadium", "#SchoolsNotPrisons")
    assert len(page.cohosts) == 6
    assert page.admission == "Entrada GRATUITA con confirmación de asistencia"
    assert "invitados especiales" in page.performers
    assert len(page.body) == len(source.body)


def test_coming_events_take_rsvps_in_spanish_with_the_english_capacity():
    source = english(EventPage, "know-your-rights-training")
    upcoming = in_spanish(source)
    assert upcoming.slug == "conozca-sus-derechos-si-ice-llega-a-su-puerta"
    assert (upcoming.capacity, upcoming.starts_at) == (source.capacity, source.starts_at)
    assert upcoming.rsvp_enabled
    assert upcoming.languages == "Inglés y español"


def test_the_spanish_toolkit_is_the_english_one_block_by_block(client):
    source = english(ActionToolkitPage, "ending-criminalization-stops-deportations")
    page = in_spanish(source)
    assert [(b.block_type, b.id) for b in page.body] == [(b.block_type, b.id) for b in source.body]
    headings = [b.value["text"] for b in page.body if b.block_type == "heading"]
    assert headings[0] == "Tres principios"
    soup = get_html(client, page)
    assert soup.select_one('a[href="tel:5555550142"]')  # the same (fictional) office number
    text = reader_text(soup)
    assert "Oficina del Sheriff del Condado de San Mateo" in text
    assert "Donar a Etowah Freedom Fund" in text


def test_the_spanish_statement_lists_the_same_endorsers(client):
    source = english(EndorsementPage, "protect-immigrants-promote-community-safety")
    page = in_spanish(source)
    groups = page.endorser_groups()
    assert sum(len(group["endorsers"]) for group in groups) == 156
    assert Endorsement.objects.filter(page=page).count() == 0  # one list, the English page's
    text = reader_text(get_html(client, page))
    assert "Nuestras organizaciones respaldan los cientos de políticas" in text


def test_officials_have_spanish_versions_and_keep_their_numbers():
    sheriff = Target.objects.get(name="Sheriff Bolanos", locale__language_code="en")
    translated = sheriff.get_translation(spanish())
    assert translated.office == "Oficina del Sheriff del Condado de San Mateo"
    assert translated.phone == sheriff.phone == "(555) 555-0142"
    governor = Target.objects.get(name="Governor Brown").get_translation(spanish())
    assert (governor.title, governor.jurisdiction) == ("Gobernador", "California")


def spanish_counts() -> dict[str, int]:
    return {
        "pages": Page.objects.filter(locale__language_code="es").count(),
        "officials": Target.objects.filter(locale__language_code="es").count(),
        "organisations": Organisation.objects.count(),
        "redirects": Redirect.objects.count(),
    }


def test_loading_the_demo_again_adds_no_spanish_page_or_official(capsys):  # after the fixture
    before = spanish_counts()
    assert before["pages"] == 15
    assert before["redirects"] == 0  # the Spanish slugs replaced addresses never published
    call_command("load_demo")
    assert "nothing added" in capsys.readouterr().out
    assert spanish_counts() == before


def test_the_english_only_demo_leaves_spanish_out_and_the_full_one_adds_it():
    Page.objects.get(url_path="/home-es/").delete()
    Target.objects.filter(locale__language_code="es").delete()
    assert "nothing added" in load_demo_content(spanish=False)
    assert not Page.objects.filter(locale__language_code="es").exists()
    summary = load_demo_content()
    assert "15 Spanish page" in summary and "13 Spanish official" in summary
    assert spanish_counts()["pages"] == 15
