"""The letter action in Spanish: the same officials and count as the English page, its own
letter, refusals in Spanish, and the writer's copy in Spanish."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from actions.models import Letter
from tests.i18n.spanish import spanish, translate

from .letter_helpers import governor, make_letter_action, sheriff, writer

pytestmark = pytest.mark.django_db

CARTA = "Estimado alguacil:\n\nDeje de entregar a nuestros vecinos a ICE.\n\nGracias."


@pytest.fixture
def alguacil():
    """The Sheriff, and his Spanish version (the title translated, the office the same)."""
    english = sheriff()
    translated = english.copy_for_translation(spanish())
    translated.title = "Alguacil"
    translated.save()
    return english


@pytest.fixture
def actions(alguacil):
    english = make_letter_action([alguacil], fallback=governor())
    return english, translate(
        english,
        title="Escriba a su alguacil",
        ask="Dígale a su alguacil: no más traslados a ICE",
        subject="Fin a los traslados a ICE",
        letter=CARTA,
    )


def words(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def test_the_spanish_page_finds_the_sheriff_and_offers_its_own_letter_in_spanish(
    client, actions, alguacil
):
    _english, page = actions
    response = client.get(page.url, {"zip": "94401"})
    document = BeautifulSoup(response.content, "html.parser")
    form = document.select_one("form.letter-form")
    text = " ".join(form.get_text().split())

    assert "Para: Alguacil Carlos Bolanos" in text
    assert "Se envía por correo electrónico desde campaign@localhost" in text
    assert form["action"] == f"/es/actions/pages/{page.pk}/submit/#letter-errors"
    # The letter is stored against the action's own official, whichever language shows him.
    assert form.select_one("input[name=target]")["value"] == str(alguacil.pk)
    assert form.select_one("textarea[name=body]").get_text().strip() == CARTA
    assert "Enviar mi carta" in text


def test_a_spanish_reader_is_refused_in_spanish_with_their_words_kept(client, actions, alguacil):
    _english, page = actions
    typed = "Estimado alguacil: lea https://ejemplo.org/x"

    response = client.post(page.url, writer(alguacil, body=typed, postcode="00000"))

    assert response.status_code == 400
    summary = words(response)
    assert "No encontramos el código postal 00000." in summary
    assert (
        "Su carta contiene la dirección web https://ejemplo.org/x: por favor, quítela." in summary
    )
    kept = BeautifulSoup(response.content, "html.parser").select_one("textarea[name=body]")
    assert kept.get_text().strip() == typed
    assert not Letter.objects.exists()


def test_a_spanish_letter_is_sent_with_a_spanish_copy_and_counts_once_with_english(
    client, actions, alguacil
):
    english, page = actions
    client.post(english.url, writer(alguacil))
    response = client.post(
        f"/es/actions/pages/{page.pk}/submit/",
        writer(alguacil, body=CARTA, subject="Fin a los traslados", email="ANA.REYES@example.org"),
    )

    assert response["Location"].startswith(page.url + "thank-you/")
    assert Letter.objects.count() == 1  # the same person, the same Sheriff: once
    assert "Su carta a Alguacil Carlos Bolanos va en camino" in words(
        client.get(response["Location"])
    )
    assert "1 carta a Alguacil Carlos Bolanos" in words(client.get(page.url))
    assert "1 letter to Sheriff Carlos Bolanos" in words(client.get(english.url))

    client.post(page.url, writer(alguacil, body=CARTA, email="luz@example.org"))
    office, copy = mail.outbox[-2:]
    assert office.to == ["sheriff@example.org"] and office.body.startswith(CARTA)
    assert copy.to == ["luz@example.org"]
    assert copy.subject == "Su carta a Alguacil Carlos Bolanos"
    assert "Acabamos de enviar su carta por correo a su oficina" in copy.body
    letter = Letter.objects.get(email="luz@example.org")
    assert (letter.language, letter.page_id, letter.target_id) == ("es", english.pk, alguacil.pk)
