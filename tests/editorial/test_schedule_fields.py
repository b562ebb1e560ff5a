"""The page editor's go-live and expiry fields say which time zone they are entered in."""

import re
from datetime import UTC, datetime

import pytest
from freezegun import freeze_time
from wagtail.models import get_page_models
from wagtail.users.models import UserProfile

from editorial.panels import ZonedPublishingPanel

pytestmark = pytest.mark.django_db

SUMMER = datetime(2026, 10, 18, 17, 0, tzinfo=UTC)


def _help_for(html: str, field: str) -> str:
    """The help text that the field's input is described by, as a screen reader reads it."""
    described_by = re.search(rf'name="{field}"[^>]*aria-describedby="([^"]+)"', html)[1]
    help_block = re.search(
        rf'id="{described_by}"[^>]*>\s*<div class="help">(.*?)</div>', html, re.S
    )
    return help_block[1].strip()


def _edit_form(client, user, page) -> str:
    client.force_login(user)
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return response.content.decode()


def test_schedule_fields_name_the_site_zone(client, admin_user, home):
    with freeze_time(SUMMER):
        html = _edit_form(client, admin_user, home)
    for field in ("go_live_at", "expire_at"):
        assert _help_for(html, field) == (
            "Local time in America/Los_Angeles (PDT, UTC−07:00). "
            "Daylight saving changes are taken into account."
        )


def test_schedule_fields_name_the_zone_the_editor_chose(client, admin_user, home):
    profile = UserProfile.get_for_user(admin_user)
    profile.current_time_zone = "Europe/London"
    profile.save()
    with freeze_time(SUMMER):
        html = _edit_form(client, admin_user, home)
    assert _help_for(html, "go_live_at").startswith("Local time in Europe/London (BST, UTC+01:00).")


@pytest.mark.parametrize("model", get_page_models(), ids=lambda model: model.__name__)
def test_every_page_type_uses_the_zoned_schedule_fields(model):
    handler = model.get_edit_handler()
    assert any(isinstance(panel, ZonedPublishingPanel) for panel in _walk(handler))


def _walk(panel):
    yield panel
    for child in getattr(panel, "children", []):
        yield from _walk(child)
