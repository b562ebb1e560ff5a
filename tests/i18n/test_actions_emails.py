"""Emails go out in the language the person used, with links to the page in that language, and
the forms answer in the reader's language, errors included."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from actions.models import RSVP, Signature
from tests.actions.helpers import attendee, make_event, make_petition, make_statement, signer
from tests.i18n.spanish import translate

pytestmark = pytest.mark.django_db


def links(message) -> list[str]:
    return re.findall(r"https?://\S+", message.body)


def test_the_spanish_confirmation_email_is_in_spanish_and_links_to_the_spanish_page(client):
    petition = make_petition(require_confirmation=True)
    spanish = translate(petition, title="Liberen a todos en Adelanto")

    client.post(spanish.url, signer(email="maria@example.org", first_name="María"))

    [message] = mail.outbox
    assert message.subject == "Confirme su firma: Liberen a todos en Adelanto"
    assert message.body.startswith("Hola, María:")
    [confirm] = [link for link in links(message) if "/confirm/" in link]
    assert confirm.startswith("http://testserver/es/")
    path = confirm.removeprefix("http://testserver")
    step = BeautifulSoup(client.get(path).content, "html.parser")
    assert step.html["lang"] == "es"
    client.post(step.select_one("#sign form")["action"])
    assert Signature.objects.get().confirmed_at is not None
    english_count = BeautifulSoup(client.get(petition.url).content, "html.parser")
    assert english_count.select_one("[data-progress-count]").get_text(strip=True) == "1"


def test_the_english_receipt_stays_english_when_the_petition_has_a_spanish_version(client):
    petition = make_petition()
    translate(petition)

    client.post(petition.url, signer(email="ana@example.org"))

    [message] = mail.outbox
    assert message.subject.startswith("Thank you for signing")
    assert all("/es/" not in link for link in links(message))


def test_rsvp_and_waitlist_emails_are_in_the_language_of_each_person(client):
    event = make_event(capacity=1)
    spanish = translate(event, title="Vigilia en Adelanto")
    client.post(event.url, attendee(email="luis@example.org"))
    client.post(spanish.url, attendee(name="Rosa Díaz", email="rosa@example.org"))

    english, waitlisted = mail.outbox
    assert english.subject.startswith("You have a place")
    assert waitlisted.subject == "Está en la lista de espera: Vigilia en Adelanto"
    assert "lista de espera" in waitlisted.body
    [cancel] = [link for link in links(waitlisted) if "/cancel/" in link]
    assert cancel.startswith("http://testserver/es/")

    # Luis cancels in English: Rosa's place comes in Spanish.
    luis = next(link for link in links(english) if "/cancel/" in link)
    form = BeautifulSoup(client.get(luis.removeprefix("http://testserver")).content, "html.parser")
    client.post(form.select_one("#rsvp form")["action"])
    promoted = mail.outbox[-1]
    assert promoted.to == ["rosa@example.org"]
    assert promoted.subject == "Se liberó un lugar para usted: Vigilia en Adelanto"
    assert RSVP.objects.get(email="rosa@example.org").status == RSVP.Status.GOING


def test_the_endorsement_receipt_is_in_spanish(client):
    statement = make_statement()
    spanish = translate(statement, title="Declaración de apoyo")
    client.post(
        spanish.url,
        {
            "organisation_name": "Coalición Latina",
            "scope": "national",
            "contact_name": "Rosa Díaz",
            "contact_email": "rosa@example.org",
        },
    )
    receipt = next(message for message in mail.outbox if message.to == ["rosa@example.org"])
    assert receipt.subject == "Recibimos su respaldo: Declaración de apoyo"


def test_spanish_form_errors_are_in_spanish_and_keep_what_was_typed(client):
    petition = make_petition()
    spanish = translate(petition)

    response = client.post(
        spanish.url, signer(first_name="", email="maria@gmial.com", phone="llámame")
    )

    assert response.status_code == 400
    page = BeautifulSoup(response.content, "html.parser")
    summary = page.select_one(".error-summary").get_text(" ", strip=True)
    assert "Revise sus respuestas" in summary
    assert "Escriba su nombre." in summary
    assert "¿Quiso decir maria@gmail.com?" in summary
    assert "número de teléfono" in summary
    assert page.select_one("#id_email")["value"] == "maria@gmial.com"
    assert page.select_one("label[for=id_email]").get_text(strip=True) == "Correo electrónico"
    assert not Signature.objects.exists()


def test_the_email_hint_words_come_with_the_spanish_page(client):
    spanish = translate(make_petition())
    email = BeautifulSoup(client.get(spanish.url).content, "html.parser").select_one("#id_email")
    assert email["data-text-question"] == "¿Quiso decir {address}?"
