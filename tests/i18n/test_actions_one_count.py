"""One petition, one count, in English and Spanish: a signature, an RSVP or an endorsement made
on a page's Spanish translation belongs to the same petition, event or statement."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from actions.models import RSVP, Endorsement, Signature
from tests.actions.helpers import (
    attendee,
    make_event,
    make_petition,
    make_statement,
    petition_index,
    places_shown,
    signer,
)
from tests.factories import PetitionPageFactory
from tests.helpers import publish
from tests.i18n.spanish import translate

pytestmark = pytest.mark.django_db


def count_shown(client, page) -> str:
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    return html.select_one("[data-progress-count]").get_text(strip=True)


def test_a_signature_in_each_language_lands_in_one_count_shown_on_both_pages(client):
    petition = make_petition(goal=100)
    spanish = translate(petition, title="Liberen a todos en Adelanto")

    assert client.post(spanish.url, signer(email="maria@example.org")).status_code == 303
    assert client.post(petition.url, signer(email="ana@example.org")).status_code == 303

    assert count_shown(client, petition) == count_shown(client, spanish) == "2"
    assert set(Signature.objects.values_list("page_id", "language")) == {
        (petition.pk, "es"),
        (petition.pk, "en"),
    }
    english_json = client.get(f"/actions/petitions/{petition.pk}/count.json").json()
    spanish_json = client.get(f"/es/actions/petitions/{spanish.pk}/count.json").json()
    assert english_json["count"] == spanish_json["count"] == 2


def test_who_signed_in_one_language_is_a_duplicate_in_the_other(client):
    petition = make_petition()
    spanish = translate(petition)
    client.post(petition.url, signer(email="ana.reyes@example.org"))

    again = client.post(spanish.url, signer(email=" ANA.Reyes+es@Example.org "))

    assert again.status_code == 303  # the same thank-you: nobody learns who signed
    assert again["Location"].startswith("/es/")
    assert Signature.objects.count() == 1
    assert len(mail.outbox) == 1
    assert count_shown(client, spanish) == "1"


def test_spanish_forms_post_to_the_spanish_actions_address_and_answer_in_spanish(client):
    petition = make_petition()
    spanish = translate(petition)
    form = BeautifulSoup(client.get(spanish.url).content, "html.parser").select_one("#sign form")
    assert form["action"].startswith(f"/es/actions/pages/{spanish.pk}/submit/")

    response = client.post(form["action"].split("#")[0], signer(email="maria@example.org"))

    assert response.status_code == 303 and response["Location"].startswith(spanish.url)
    assert Signature.objects.get().language == "es"


def test_a_post_to_the_unprefixed_address_from_a_spanish_page_still_records_spanish(client):
    """A Spanish page cached before its form posted to /es/ (or a partner's copy of it): the
    page says which language the reader read, and the answer is in it."""
    petition = make_petition()
    spanish = translate(petition)

    refused = client.post(f"/actions/pages/{spanish.pk}/submit/", signer(first_name=""))
    assert "Escriba su nombre." in refused.content.decode()

    client.post(f"/actions/pages/{spanish.pk}/submit/", signer(email="maria@example.org"))
    assert Signature.objects.get().language == "es"


def test_the_spanish_sign_path_costs_as_many_queries_as_the_english_one():
    petition = make_petition()
    spanish = translate(petition)

    def post(page, email: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            assert Client().post(f"/actions/pages/{page.pk}/submit/", signer(email=email))
        return len(queries)

    post(petition, "warm-en@example.org")  # this process learns each page's type
    post(spanish, "warm-es@example.org")
    assert post(spanish, "maria@example.org") == post(petition, "ana@example.org")
    assert Signature.objects.filter(page_id=petition.pk).count() == 4


def test_an_events_places_are_shared_by_both_languages(client):
    event = make_event(capacity=2)
    spanish = translate(event, title="Vigilia en Adelanto")

    client.post(event.url, attendee(email="luis@example.org"))
    assert "1 lugar libre" in places_shown(client.get(spanish.url).content.decode())

    client.post(spanish.url, attendee(email="rosa@example.org"))
    late = client.post(spanish.url, attendee(email="pedro@example.org"))

    assert late["Location"].startswith(spanish.url + "rsvp/waitlist/")
    assert list(RSVP.objects.order_by("created_at").values_list("status", "language")) == [
        ("going", "en"),
        ("going", "es"),
        ("waitlist", "es"),
    ]
    assert set(RSVP.objects.values_list("page_id", flat=True)) == {event.pk}
    again = client.post(spanish.url, attendee(email="LUIS@example.org"))
    assert again.status_code == 303 and RSVP.objects.count() == 3


def test_a_statement_has_one_list_of_endorsers_in_both_languages(client):
    statement = make_statement()
    spanish = translate(statement, title="Declaración de apoyo")
    client.post(
        spanish.url,
        {
            "organisation_name": "Coalición de Derechos del Inmigrante",
            "scope": "national",
            "contact_name": "Rosa Díaz",
            "contact_email": "rosa@example.org",
        },
    )
    endorsement = Endorsement.objects.get()
    assert (endorsement.page_id, endorsement.language) == (statement.pk, "es")
    Endorsement.objects.update(status=Endorsement.Status.APPROVED)

    for page in (statement, spanish):
        assert "Coalición de Derechos del Inmigrante" in client.get(page.url).content.decode()
    duplicate = {
        "organisation_name": "COALICIÓN DE DERECHOS DEL INMIGRANTE",
        "scope": "national",
        "contact_name": "Ana",
        "contact_email": "ana@example.org",
    }
    client.post(statement.url, duplicate)
    assert Endorsement.objects.count() == 1


def test_a_petition_written_in_spanish_first_keeps_its_count_when_it_gets_an_english_version(
    client,
):
    """The default language's version is the counting page: when it is made after the Spanish
    one has signatures, they move to it, and duplicates are still found."""
    spanish_index = translate(petition_index())
    spanish = publish(
        spanish_index, PetitionPageFactory.build(title="Firme", slug="firme", goal=10)
    )
    client.post(spanish.url, signer(email="maria@example.org"))
    assert count_shown(client, spanish) == "1"

    english = spanish.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save_revision().publish()
    english.refresh_from_db()

    assert set(Signature.objects.values_list("page_id", flat=True)) == {english.pk}
    assert count_shown(client, english) == count_shown(client, spanish) == "1"
    client.post(english.url, signer(email="MARIA@example.org"))
    assert Signature.objects.count() == 1
