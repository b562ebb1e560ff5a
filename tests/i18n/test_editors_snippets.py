"""Officials and organisations are translated like pages: a Spanish page shows an official's
Spanish title and office once an editor has translated them, and the English ones until then."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from campaigns.models import (
    ActionToolkitPage,
    DemandListPage,
    EventPage,
    Organisation,
    PetitionPage,
    Target,
)
from tests.helpers import count_queries
from tests.i18n.spanish import spanish, translate

pytestmark = pytest.mark.django_db


def text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def spanish_copy(record, **fields):
    """`record` translated into Spanish by an editor: wagtail-localize's copy, then edited."""
    translated = record.copy_for_translation(spanish())
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    return translated


def test_new_officials_and_organisations_are_in_english():
    assert Target.objects.create(name="Ana Alvarez").locale == Locale.get_default()
    assert Organisation.objects.create(name="Enlace").locale == Locale.get_default()


def test_a_spanish_petition_names_the_official_in_spanish_once_translated(client, every_page_type):
    petition = every_page_type[PetitionPage]
    spanish_petition = translate(petition, title="Detengan la detención")
    assert "Gavin Newsom, California" in text(client, spanish_petition.url)

    official = petition.targets[0]
    spanish_copy(official, jurisdiction="el estado de California")
    assert "Gavin Newsom, el estado de California" in text(client, spanish_petition.url)
    assert "Gavin Newsom, California" in text(client, petition.url)


def test_a_spanish_demand_list_and_event_show_spanish_snippets(client, every_page_type):
    demands = every_page_type[DemandListPage]
    event = every_page_type[EventPage]
    spanish_copy(demands.target, jurisdiction="Estado de California")
    spanish_copy(event.cohosts[0], name="Red de Vigilancia de la Detención")
    assert "Estado de California" in text(client, translate(demands).url)
    assert "Red de Vigilancia de la Detención" in text(client, translate(event).url)
    assert "Detention Watch Network" in text(client, event.url)


def test_call_blocks_on_a_spanish_toolkit_show_the_spanish_office(client, every_page_type):
    toolkit = every_page_type[ActionToolkitPage]
    official = Target.objects.create(
        name="Alex Villanueva", office="Sheriff's Department", phone="(213) 555-0142"
    )
    toolkit.body = [("call", {"target": official, "script": "Hello.", "phone": ""})]
    toolkit.save_revision().publish()
    spanish_toolkit = translate(toolkit)
    assert "Sheriff's Department" in text(client, spanish_toolkit.url)
    spanish_copy(official, office="Departamento del Sheriff")
    spanish_text = text(client, spanish_toolkit.url)
    assert "Departamento del Sheriff" in spanish_text
    assert "tel:2135550142" in client.get(spanish_toolkit.url).content.decode()
    assert "Sheriff's Department" in text(client, toolkit.url)


def test_spanish_listings_name_translated_officials_in_a_fixed_number_of_queries(
    client, every_page_type
):
    petition = every_page_type[PetitionPage]
    spanish_index = translate(petition.get_parent())
    translate(petition)
    count_queries(client, spanish_index.url)  # the first request fills the site's caches
    before = count_queries(client, spanish_index.url)
    spanish_copy(petition.targets[0], jurisdiction="Estado de California")
    assert "Estado de California" in text(client, spanish_index.url)
    assert count_queries(client, spanish_index.url) == before


def test_translating_an_official_keeps_the_name_and_the_number(admin_user):
    official = Target.objects.create(
        name="Gavin Newsom", title="Governor", office="Office of the Governor", phone="555-0100"
    )
    TranslationCreator(admin_user, [spanish()]).create_translations(official)
    translated = official.get_translation(spanish())
    assert (translated.name, translated.phone) == ("Gavin Newsom", "555-0100")
    assert translated.translation_key == official.translation_key


@pytest.mark.parametrize("model", [Target, Organisation], ids=lambda m: m.__name__)
def test_editors_can_open_the_translation_screen_of_a_snippet(client, admin_user, model):
    record = model.objects.create(name="Youth Justice Coalition")
    client.force_login(admin_user)
    opts = model._meta
    submit = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[opts.app_label, opts.model_name, record.pk],
    )
    assert client.get(submit).status_code == 200
    response = client.post(submit, {"locales": [spanish().pk]})
    assert response.status_code == 302
    translated = record.get_translation(spanish())
    edit = client.get(
        reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:edit", args=[translated.pk])
    )
    assert edit.status_code == 200
    assert "Youth Justice Coalition" in edit.content.decode()
