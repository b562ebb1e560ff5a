"""Editors pick targets and co-hosts with searchable choosers (and can add a missing one from
the chooser), and the page-type chooser says what each page type is for."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.models import CampaignPage, EventPage, HomePage, Organisation, PetitionPage, Target
from common.places import find_place

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, admin_user):
    client.force_login(admin_user)
    return client


def edit_form(editor, page) -> BeautifulSoup:
    response = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_petition_form_picks_targets_with_a_chooser_not_a_multiple_select(editor, every_page_type):
    form = edit_form(editor, every_page_type[PetitionPage])
    assert not form.select("select[multiple]")
    assert form.find("button", id="id_target_links-OPEN_MODAL").get_text(strip=True) == (
        "Add official"
    )
    assert "Campaign lists → Targets (officials)" in form.get_text()


def test_event_form_picks_cohosts_with_a_chooser_not_a_multiple_select(editor, every_page_type):
    form = edit_form(editor, every_page_type[EventPage])
    assert not form.select("select[multiple]")
    assert form.find("button", id="id_cohost_links-OPEN_MODAL").get_text(strip=True) == (
        "Add co-host"
    )
    assert "Campaign lists → Organisations" in form.get_text()


def test_editor_chooses_two_targets_and_readers_see_them_in_that_order(editor, every_page_type):
    petition = every_page_type[PetitionPage]
    second = Target.objects.create(name="Zed Zimmer", title="Senator", jurisdiction="Nevada")
    first = Target.objects.create(name="Ana Alvarez", title="Mayor", jurisdiction="Oakland")
    governor = petition.target_links.get()  # the editor replaces the petition's one official
    data = nested_form_data(
        {
            "title": petition.title,
            "slug": petition.slug,
            "ask": petition.ask,
            "summary": petition.summary,
            "goal": "500",
            "body": streamfield([("paragraph", rich_text("Why it matters."))]),
            "demands": streamfield([]),
            "target_links": inline_formset(
                [
                    {"id": str(governor.pk), "target": str(governor.target_id), "DELETE": "1"},
                    {"id": "", "target": str(second.pk), "ORDER": "1"},
                    {"id": "", "target": str(first.pk), "ORDER": "2"},
                ],
                initial=1,
            ),
            "milestones": inline_formset([]),
            "push_dates": inline_formset([]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = editor.post(reverse("wagtailadmin_pages:edit", args=[petition.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    petition.refresh_from_db()
    assert petition.targets == [second, first]
    html = editor.get(petition.url).content.decode()
    assert html.index("Zed Zimmer, Nevada") < html.index("Ana Alvarez, Oakland")


def test_editor_adds_a_missing_official_from_the_chooser(editor):
    chooser = editor.get(reverse("wagtailsnippetchoosers_campaigns_target:choose"))
    assert "Add official" in chooser.json()["html"]
    created = editor.post(
        reverse("wagtailsnippetchoosers_campaigns_target:create"),
        {
            "name": "Holly Mitchell",
            "title": "Supervisor",
            "office": "",
            "level": "county",
            "state": "CA",
            "county": "Los Angeles County",
            "jurisdiction": "LA",
        },
    )
    assert created.json()["step"] == "chosen"
    official = Target.objects.get(name="Holly Mitchell", jurisdiction="LA")
    # Readers who give a Los Angeles County ZIP code are sent to her, and nobody else.
    assert official.serves(find_place("90012"))
    assert not official.serves(find_place("94401"))


def test_editor_adds_a_missing_organisation_from_the_chooser(editor):
    created = editor.post(
        reverse("wagtailsnippetchoosers_campaigns_organisation:create"),
        {"name": "Youth Justice Coalition", "website": "", "scope": "national"},
    )
    assert created.json()["step"] == "chosen"
    assert Organisation.objects.filter(name="Youth Justice Coalition").exists()


@pytest.mark.parametrize("parent_model", [HomePage, CampaignPage], ids=lambda m: m.__name__)
def test_page_type_chooser_says_what_each_allowed_type_is_for(
    editor, every_page_type, parent_model
):
    parent = every_page_type[parent_model]
    response = editor.get(reverse("wagtailadmin_pages:add_subpage", args=[parent.pk]))
    assert response.status_code == 200
    text = " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())
    allowed = parent.specific_class.allowed_subpage_models()
    assert len(allowed) > 1
    for model in allowed:
        assert model.get_page_description() in text, model.__name__
