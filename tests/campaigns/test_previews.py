"""Editors preview every page type before saving: through Wagtail's own preview view, as the
preview panel does (post the form, then load the preview), from the edit form with every kind
of field changed (StreamField, tags, snippets, images, inline rows) and from the add form.

The form data is read from the real edit or add form, so a field added later is posted too."""

from __future__ import annotations

import datetime as dt

import pytest
from django.http import QueryDict
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

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
    Organisation,
    PetitionIndexPage,
    PetitionPage,
    Target,
    UpdateIndexPage,
    UpdatePage,
    WeekOfActionPage,
)

pytestmark = pytest.mark.django_db

NEW_TEXT = "Preview shows this brand-new paragraph"
NEW_TITLE = "A title nobody has saved yet"


def form_data(client, url: str, model: type[Page]) -> QueryDict:
    """What the browser would post: every field of the real page form, as the editor sees it,
    with each StreamField empty (see `stream_fields`)."""
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for field in stream_fields(model):
        data[f"{field}-count"] = "0"
    return data


def stream_fields(page: Page | type[Page]) -> list[str]:
    """The page's StreamFields. Their blocks are drawn by JavaScript, so the form's HTML carries
    none of them: the posted stream holds only the blocks a test appends."""
    return [field.name for field in page._meta.get_fields() if isinstance(field, StreamField)]


def append_block(data: QueryDict, field: str, block_type: str, value) -> None:
    """Add one block at the end of StreamField `field`, as the '+' button does."""
    position = int(data.get(f"{field}-count", 0))
    block = nested_form_data({field: streamfield([(block_type, value)])})
    for key, item in block.items():
        if key != f"{field}-count":
            data[key.replace(f"{field}-0-", f"{field}-{position}-", 1)] = item
    data[f"{field}-{position}-order"] = str(position)
    data[f"{field}-count"] = str(position + 1)


def append_row(data: QueryDict, relation: str, row: dict[str, str]) -> None:
    """Add one row to inline panel `relation`, as its 'Add' button does."""
    position = int(data.get(f"{relation}-TOTAL_FORMS", 0))
    for key, item in row.items():
        data[f"{relation}-{position}-{key}"] = item
    data[f"{relation}-{position}-ORDER"] = str(position + 1)
    data[f"{relation}-{position}-id"] = ""
    data[f"{relation}-TOTAL_FORMS"] = str(position + 1)


def another_image(page: Page) -> str:
    current = getattr(page, "listing_image_id", None) or getattr(page, "hero_image_id", None)
    image = get_image_model().objects.exclude(pk=current).order_by("pk").first()
    assert image is not None, "the site has a second image to choose"
    return str(image.pk)


def change_every_field(page: Page, data: QueryDict) -> list[str]:
    """Change what an editor would change on `page`'s form; returns texts the preview shows."""
    data["title"] = NEW_TITLE
    expected = [NEW_TITLE]
    image_field = "hero_image" if isinstance(page, HomePage) else "listing_image"
    data[image_field] = another_image(page)
    if "summary" in data:
        data["summary"] = "A summary written for the preview."
    if "intro" in data and not isinstance(page, HomePage | CampaignPage):
        data["intro"] = "An intro written for the preview."
        expected.append("An intro written for the preview.")
    for field in stream_fields(page):
        if field == "demands" and isinstance(page, DemandListPage):
            append_block(data, field, "demand", {"title": NEW_TEXT, "detail": ""})
        elif field == "demands":
            demand_list = {
                "title": "Demands added in preview",
                "target": str(Target.objects.order_by("pk").first().pk),
                "style": "numbered",
                "demands": streamfield([("item", {"title": NEW_TEXT, "detail": ""})]),
            }
            append_block(data, field, "demand_list", demand_list)
        elif field == "day_actions":
            day = data.get("start_date")
            append_block(
                data,
                field,
                "day_action",
                {
                    "day": day,
                    "action": {
                        "title": "Day action added in preview",
                        "text": "",
                        "image": "",
                        "button_label": "Go",
                        "link": {"page": "", "external_url": "https://example.org/go"},
                    },
                },
            )
            expected.append("Day action added in preview")
        else:
            append_block(data, field, "paragraph", rich_text(NEW_TEXT))
    if isinstance(page, UpdatePage):
        data["tags"] = "preview-only-tag, detention"
        expected.append("preview-only-tag")
    if isinstance(page, PetitionPage):
        target = Target.objects.create(name="Preview Target", jurisdiction="Nowhere")
        append_row(data, "target_links", {"target": str(target.pk)})
        append_row(data, "milestones", {"date": "2020-01-02", "text": "Milestone in preview"})
        expected += ["Preview Target", "Milestone in preview"]
    if isinstance(page, EventPage):
        cohost = Organisation.objects.create(name="Preview Cohost Collective")
        append_row(data, "cohost_links", {"organisation": str(cohost.pk)})
        data["start_date"], data["end_date"] = "2031-03-04", ""
        expected += ["Preview Cohost Collective", "2031"]
    if isinstance(page, EndorsementPage):
        data["statement"] = rich_text(NEW_TEXT)
    if isinstance(page, LetterActionPage):
        data["letter"] = "Dear Governor, a letter written in the preview."
        expected.append("Dear Governor, a letter written in the preview.")
    if isinstance(page, HomePage | CampaignPage):
        data["intro"] = rich_text("An intro written for the preview.")
        expected.append("An intro written for the preview.")
    if {"body", "demands"} & set(stream_fields(page)) or isinstance(page, EndorsementPage):
        expected.append(NEW_TEXT)
    return expected


def assert_preview_shows(client, preview_url: str, data: QueryDict, expected: list[str]) -> None:
    """Post the form as the preview panel does, then load the preview it renders."""
    posted = client.post(preview_url, data)
    assert posted.status_code == 200
    assert posted.json() == {"is_valid": True, "is_available": True}, posted.content
    shown = client.get(preview_url)
    assert shown.status_code == 200
    html = shown.content.decode()
    for text in expected:
        assert text in html, f"{text!r} is not in the preview"


PAGE_TYPES = [
    HomePage,
    CampaignPage,
    UpdateIndexPage,
    UpdatePage,
    PetitionIndexPage,
    PetitionPage,
    EventIndexPage,
    EventPage,
    DemandListPage,
    WeekOfActionPage,
    ActionToolkitPage,
    EndorsementPage,
    LetterActionPage,
    CallActionPage,
]


@pytest.fixture
def editor(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_editor_previews_unsaved_changes_to_every_field(editor, every_page_type, model):
    page = every_page_type[model]
    data = form_data(editor, reverse("wagtailadmin_pages:edit", args=[page.pk]), model)
    expected = change_every_field(page, data)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert_preview_shows(editor, preview_url, data, expected)
    page.refresh_from_db()
    assert page.title != NEW_TITLE, "previewing saves nothing"


def test_update_preview_lists_related_updates_for_tags_that_do_not_exist_yet(
    editor, every_page_type
):
    page = every_page_type[UpdatePage]
    data = form_data(editor, reverse("wagtailadmin_pages:edit", args=[page.pk]), UpdatePage)
    data["tags"] = "a-tag-nobody-has-used"
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert_preview_shows(editor, preview_url, data, ["a-tag-nobody-has-used"])


def add_form_fields(model, parent: Page) -> dict[str, str]:
    """The fields the add form requires for `model`, filled as an editor would."""
    today = dt.date.today().isoformat()
    required = {
        CampaignPage: {"intro": rich_text("A new campaign's intro.")},
        PetitionPage: {"ask": "Sign this new petition", "goal": "100"},
        EventPage: {"start_date": today, "time_zone": "America/Los_Angeles"},
        DemandListPage: {},
        WeekOfActionPage: {"start_date": today, "end_date": today, "intro": "Seven days."},
        EndorsementPage: {"statement": rich_text("We stand together.")},
        UpdatePage: {"date": today, "tags": "brand-new-tag"},
        LetterActionPage: {"ask": "Write now", "subject": "Please act", "letter": "Dear Sheriff,"},
        CallActionPage: {"ask": "Call your sheriff", "script": "Hello {official}."},
    }
    return required.get(model, {})


ADDABLE = [
    (CampaignPage, HomePage),
    (UpdateIndexPage, CampaignPage),
    (UpdatePage, UpdateIndexPage),
    (PetitionIndexPage, CampaignPage),
    (PetitionPage, PetitionIndexPage),
    (EventIndexPage, CampaignPage),
    (EventPage, EventIndexPage),
    (DemandListPage, CampaignPage),
    (WeekOfActionPage, CampaignPage),
    (ActionToolkitPage, CampaignPage),
    (EndorsementPage, CampaignPage),
    (LetterActionPage, CampaignPage),
    (CallActionPage, CampaignPage),
]


@pytest.mark.parametrize("model,parent_model", ADDABLE, ids=lambda m: m.__name__)
def test_editor_previews_a_page_before_its_first_save(editor, every_page_type, model, parent_model):
    parent = every_page_type[parent_model]
    app, name = model._meta.app_label, model._meta.model_name
    data = form_data(editor, reverse("wagtailadmin_pages:add", args=[app, name, parent.pk]), model)
    data["title"] = NEW_TITLE
    data["slug"] = "not-saved-yet"
    for key, value in nested_form_data(add_form_fields(model, parent)).items():
        data[key] = value
    expected = [NEW_TITLE]
    if "body" in stream_fields(model):
        append_block(data, "body", "paragraph", rich_text(NEW_TEXT))
        expected.append(NEW_TEXT)
    if model is DemandListPage:
        append_block(data, "demands", "demand", {"title": NEW_TEXT, "detail": ""})
        expected.append(NEW_TEXT)
    if model is UpdatePage:
        expected.append("brand-new-tag")
    if model is PetitionPage:
        append_row(data, "target_links", {"target": str(Target.objects.order_by("pk").first().pk)})
        append_row(data, "milestones", {"date": "2020-01-02", "text": "First milestone"})
        expected.append("First milestone")
    preview_url = reverse("wagtailadmin_pages:preview_on_add", args=[app, name, parent.pk])
    assert_preview_shows(editor, preview_url, data, expected)
    assert not Page.objects.filter(slug="not-saved-yet").exists(), "previewing saves nothing"
