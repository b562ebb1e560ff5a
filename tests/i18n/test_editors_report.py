"""Reports → Spanish translations lists what editors must translate: published pages with no
Spanish version, and those whose English changed after the Spanish was last synced, each with
the link that fixes it and its dates in the site's time zone."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator

from campaigns.models import CampaignPage, EventPage, HomePage, PetitionPage, UpdatePage
from tests.i18n.spanish import spanish, translate

pytestmark = pytest.mark.django_db

REPORT = reverse("editorial_spanish_translations")


@pytest.fixture
def editor(client, admin_user):
    client.force_login(admin_user)
    return client


def report_rows(editor) -> dict[str, BeautifulSoup]:
    response = editor.get(REPORT)
    assert response.status_code == 200
    document = BeautifulSoup(response.content, "html.parser")
    return {
        row.select_one("td").get_text(" ", strip=True): row
        for row in document.select("table tbody tr")
    }


def test_untranslated_stale_and_current_pages(editor, every_page_type):
    home, campaign = every_page_type[HomePage], every_page_type[CampaignPage]
    petition, update = every_page_type[PetitionPage], every_page_type[UpdatePage]
    for page in (home, campaign, petition.get_parent(), petition, update.get_parent(), update):
        translate(page)
    update.title = "Adelanto: new hearing date"
    update.save_revision().publish()  # the English changed after its translation

    rows = report_rows(editor)
    stale = rows["Adelanto: new hearing date"]
    assert "Out of date" in stale.get_text()
    edit_spanish = reverse("wagtailadmin_pages:edit", args=[update.get_translation(spanish()).pk])
    assert stale.select_one(f'a[href="{edit_spanish}"]')
    assert " PST" in stale.get_text() or " PDT" in stale.get_text()

    event = every_page_type[EventPage]
    missing = rows[event.title]
    assert "No Spanish version" in missing.get_text()
    translate_url = reverse("wagtail_localize:submit_page_translation", args=[event.pk])
    assert missing.select_one(f'a[href="{translate_url}?select_locale=es"]')

    for current in (home, campaign, petition):
        assert current.title not in rows


def test_a_page_translated_with_wagtail_localize_is_stale_until_synced(
    editor, admin_user, every_page_type
):
    update = every_page_type[UpdatePage]
    for page in [*update.get_ancestors().filter(depth__gte=2), update]:
        TranslationCreator(admin_user, [spanish()]).create_translations(page.specific)
    assert update.title not in report_rows(editor)

    update.title = "Adelanto: the hearing moved"
    update.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(update)
    row = report_rows(editor)["Adelanto: the hearing moved"]
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert row.select_one(f'a[href="{sync}"]')

    assert editor.post(sync, {}).status_code == 302  # "Sync translated pages"
    assert "Adelanto: the hearing moved" not in report_rows(editor)


def test_the_report_is_in_the_reports_menu(editor):
    dashboard = editor.get(reverse("wagtailadmin_home")).content.decode()
    assert "Spanish translations" in dashboard
    assert REPORT in dashboard
