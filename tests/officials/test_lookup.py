"""The "find your official" look-up on a page, as a reader without JavaScript uses it: a ZIP
code (ZIP+4 too), the county question when a ZIP crosses county lines and the county changes
the answer, a state instead of a ZIP, and plain words for a ZIP that does not exist or is not
written like one, in English and Spanish."""

import pytest
from bs4 import BeautifulSoup

from campaigns.models import CallTarget, HomePage, Target
from tests.factories import CallActionPageFactory, TargetFactory
from tests.helpers import publish
from tests.i18n.spanish import translate

pytestmark = pytest.mark.django_db

SHERIFF = {"title": "Sheriff", "jurisdiction": "", "level": Target.Level.COUNTY, "state": "CA"}


@pytest.fixture
def page():
    officials = [
        TargetFactory(name="Carlos Bolaños", county="San Mateo County", **SHERIFF),
        TargetFactory(name="Robert Jonsen", county="Santa Clara County", **SHERIFF),
        TargetFactory(name="Gavin Newsom", level=Target.Level.STATE, state="CA"),
    ]
    links = [CallTarget(target=o, sort_order=n) for n, o in enumerate(officials)]
    return publish(HomePage.objects.get(), CallActionPageFactory.build(target_links=links))


def look_up(client, url: str, **query) -> BeautifulSoup:
    response = client.get(url, query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def words(element) -> str:
    return " ".join(element.get_text(" ").split())


def officials_found(document) -> list[str]:
    return [words(name) for name in document.select(".call-card h3")]


def test_a_zip_crossing_county_lines_asks_the_county_then_gives_that_countys_sheriff(client, page):
    asked = look_up(client, page.url, zip="94303")
    question = asked.select_one(".find-official fieldset")
    assert words(question.legend) == (
        "ZIP code 94303 crosses county lines. Which county do you live in?"
    )
    choices = [(radio["value"], words(radio.find_next("label"))) for radio in question("input")]
    assert choices == [("San Mateo County",) * 2, ("Santa Clara County",) * 2]
    assert asked.select_one(".find-official input[type=hidden][name=zip]")["value"] == "94303"
    assert words(asked.select_one(".find-official button")) == "Continue"
    assert officials_found(asked) == [], "no official until the county is known"

    answered = look_up(client, page.url, zip="94303", county="Santa Clara County")
    assert officials_found(answered) == ["Sheriff Robert Jonsen", "Governor Gavin Newsom"]
    assert "Your officials for Santa Clara County, CA (94303):" in words(answered)
    assert answered.select_one("input[name=zip]")["value"] == "94303"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("00000", "We could not find the ZIP code 00000. Check it, or choose your state instead."),
        ("9440", "Enter a 5-digit ZIP code, like 94401, or choose your state."),
        ("<b>94401</b>", "Enter a 5-digit ZIP code, like 94401, or choose your state."),
        ("", "Enter your 5-digit ZIP code, like 94401, or choose your state below."),
    ],
)
def test_a_zip_that_does_not_exist_or_is_not_one_is_refused_in_plain_words(
    client, page, typed, message
):
    response = client.get(page.url, {"zip": typed})
    document = BeautifulSoup(response.content, "html.parser")
    error = document.select_one("#find-official-error")
    assert words(error) == f"Error: {message}"
    box = document.select_one("#find-official-zip")
    assert box["value"] == typed, "what was typed is kept"
    assert box["aria-invalid"] == "true"
    assert "find-official-error" in box["aria-describedby"].split()
    assert "<b>94401" not in response.content.decode()
    assert officials_found(document) == []


def test_a_zip_plus_four_finds_the_county(client, page):
    document = look_up(client, page.url, zip=" 94401-1234 ")
    assert officials_found(document) == ["Sheriff Carlos Bolaños", "Governor Gavin Newsom"]
    assert "Your officials for San Mateo County, CA (94401):" in words(document)


def test_a_state_picked_instead_of_a_zip_finds_the_states_officials(client, page):
    document = look_up(client, page.url, state="CA")
    picker = document.select_one("details.find-official__state")
    assert picker.has_attr("open")
    assert picker.select_one("option[selected]")["value"] == "CA"
    assert officials_found(document) == ["Governor Gavin Newsom"]
    assert "Your official for California:" in words(document)
    assert "not those of your county or city" in words(picker)

    refused = look_up(client, page.url, state="ZZ")
    picker = refused.select_one("details.find-official__state")
    assert picker.has_attr("open")
    assert words(picker.select_one("#find-official-state-error")) == (
        "Error: Choose your state from the list."
    )
    assert refused.select_one("#find-official-state")["aria-invalid"] == "true"


def test_nobody_matching_and_no_fallback_says_so(client, page):
    document = look_up(client, page.url, zip="10001")
    assert officials_found(document) == []
    assert "None of the officials this action is addressed to represents New York" in words(
        document.select_one(".find-official__result")
    )


def test_the_look_up_speaks_spanish(client, page):
    spanish_page = translate(page)
    asked = look_up(client, spanish_page.url, zip="94303")
    assert words(asked.select_one(".find-official legend")) == (
        "El código postal 94303 abarca más de un condado. ¿En qué condado vive usted?"
    )
    assert words(asked.select_one(".find-official button")) == "Continuar"

    refused = look_up(client, spanish_page.url, zip="00000")
    assert words(refused.select_one("#find-official-error")) == (
        "Error: No encontramos el código postal 00000. Revíselo, o elija su estado."
    )
    assert words(refused.select_one("label[for=find-official-zip]")) == "Su código postal"
    states = [words(option) for option in refused.select("#find-official-state option")]
    assert "Nuevo México" in states
    assert words(refused.select_one(".find-official summary")) == (
        "¿No tiene código postal? Elija su estado"
    )
    found = look_up(client, spanish_page.url, zip="94401")
    assert "Sus funcionarios para San Mateo County, CA (94401):" in words(found)
