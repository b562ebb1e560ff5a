"""Staff find one editor guide, the campaign's, in the Help menu and on the dashboard."""

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def dashboard(client, admin_user) -> str:
    client.force_login(admin_user)
    return client.get("/admin/").content.decode()


def test_help_menu_has_one_editor_guide_the_campaigns(dashboard):
    guides = re.findall(r"[Ee]ditor [Gg]uide", dashboard.split("Campaign editor guide", 1)[0])
    assert "campaign-editor-guide" in dashboard
    assert "guide.wagtail.org" not in dashboard
    assert guides == []  # nothing called "editor guide" before the campaign's own entry


def test_help_menu_has_no_release_notes_badge(dashboard):
    assert "What's new in Wagtail" not in dashboard
    assert "What’s new in Wagtail" not in dashboard
    assert "whats-new-in-wagtail" not in dashboard


def test_dashboard_links_the_campaign_guide(dashboard):
    assert 'href="/admin/editor-guide/">Campaign editor guide</a>' in dashboard
    assert "docs.wagtail.org" not in dashboard
