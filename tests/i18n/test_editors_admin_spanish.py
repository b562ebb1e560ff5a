"""Staff who choose Spanish for the admin get the campaign's own screens in Spanish: the page
editor's blocks and help, the campaign calendar, the translations report."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from campaigns.models import ActionToolkitPage, EventPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def spanish_editor(client, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "es"
    profile.save()
    client.force_login(admin_user)
    return client


def test_a_spanish_preferring_editor_sees_the_block_labels_in_spanish(
    spanish_editor, every_page_type
):
    toolkit = every_page_type[ActionToolkitPage]
    html = spanish_editor.get(reverse("wagtailadmin_pages:edit", args=[toolkit.pk])).content
    html = html.decode()
    assert 'lang="es"' in html
    for label in (
        "Encabezado",
        "Llamado a la acci",
        "Tarjeta de acci",
        "Escribir a un funcionario",
    ):
        assert label in html, label
    assert "Call to action" not in html
    assert "Pegue la direcci" in html  # a block's help text


def test_an_english_editor_still_sees_english_labels(client, admin_user, every_page_type):
    client.force_login(admin_user)
    toolkit = every_page_type[ActionToolkitPage]
    html = client.get(reverse("wagtailadmin_pages:edit", args=[toolkit.pk])).content.decode()
    assert "Call to action" in html
    assert "Encabezado" not in html


def test_field_help_and_validation_errors_are_in_spanish(spanish_editor, every_page_type):
    event = every_page_type[EventPage]
    html = spanish_editor.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content
    assert "Deje las horas vacías para un evento de todo el día." in html.decode()
    event.end_date = event.start_date - dt.timedelta(days=1)
    with pytest.raises(ValidationError) as error, translation.override("es"):
        event.clean()
    with translation.override("es"):
        assert error.value.message_dict["end_date"] == [
            "La fecha de fin es anterior a la fecha de inicio."
        ]


def test_the_calendar_and_the_report_speak_spanish(spanish_editor):
    calendar = spanish_editor.get(reverse("editorial_calendar") + "?view=week&date=2016-09-26")
    html = calendar.content.decode()
    assert "Calendario de la campaña" in html
    assert "Semana del 26 de septiembre de 2016" in html
    assert "Semana anterior" in html
    report = spanish_editor.get(reverse("editorial_spanish_translations")).content.decode()
    assert "Traducciones al español" in report
