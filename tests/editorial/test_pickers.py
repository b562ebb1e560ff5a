"""Editors pick a time to the minute: the admin's time pickers list every fifth minute (not
whole hours), and open inside the form so they never cover its buttons (editorial/pickers.py).
"""

from __future__ import annotations

import json
import re

import pytest

from campaigns.models import HomePage
from tests.actions.helpers import make_event, make_petition
from tests.factories import UpdateIndexPageFactory, UpdatePageFactory

pytestmark = pytest.mark.django_db


def picker_config(html: str, function: str, field_id: str) -> dict:
    """The options the editor passes to the picker of one field, as the browser reads them."""
    match = re.search(rf'{function}\("{field_id}", (\{{.*?\}})\);', html)
    assert match, f"no {function} for {field_id}"
    return json.loads(match.group(1))


@pytest.fixture
def update():
    news = UpdateIndexPageFactory(parent=HomePage.objects.get(), slug="news")
    return UpdatePageFactory(parent=news)


@pytest.fixture
def editor(client, admin_user):
    client.force_login(admin_user)
    return lambda page: client.get(f"/admin/pages/{page.pk}/edit/").content.decode()


@pytest.mark.parametrize("field_id", ["id_go_live_at", "id_expire_at"])
def test_the_schedule_dialog_lists_every_fifth_minute_and_opens_in_the_dialog(
    editor, update, field_id
):
    html = editor(update)
    config = picker_config(html, "initDateTimeChooser", field_id)
    assert config["step"] == 5
    assert config["insideParent"] is True
    assert config["format"] == "Y-m-d H:i"  # typed minutes (09:07) are read as they are


def test_an_events_start_and_end_times_list_every_fifth_minute(editor):
    html = editor(make_event())
    for field_id in ("id_start_time", "id_end_time"):
        config = picker_config(html, "initTimeChooser", field_id)
        assert config["step"] == 5
        assert config["insideParent"] is True


def test_a_petitions_closing_time_lists_every_fifth_minute(editor):
    config = picker_config(editor(make_petition()), "initDateTimeChooser", "id_closes_at")
    assert config["step"] == 5


def test_date_pickers_open_in_the_form_too(editor):
    config = picker_config(editor(make_event()), "initDateChooser", "id_start_date")
    assert config["insideParent"] is True


def test_the_picker_stylesheet_is_on_every_admin_page(editor, update):
    assert "editorial/css/pickers.css" in editor(update)
