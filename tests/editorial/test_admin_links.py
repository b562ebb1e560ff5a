"""Editors reach the calendar from a week of action, and the editor guide from the Help menu."""

import datetime as dt

import pytest

from campaigns.models import CampaignPage, HomePage, UpdatePage, WeekOfActionPage
from tests.factories import (
    CampaignPageFactory,
    UpdateIndexPageFactory,
    UpdatePageFactory,
    WeekOfActionPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign() -> CampaignPage:
    """A campaign with news (an update) and a week of action from Monday 26 September 2016."""
    campaign = CampaignPageFactory(parent=HomePage.objects.get(), title="Divest")
    UpdatePageFactory(parent=UpdateIndexPageFactory(parent=campaign, slug="news"))
    WeekOfActionPageFactory(
        parent=campaign,
        title="2016 Week of Action",
        start_date=dt.date(2016, 9, 26),
        end_date=dt.date(2016, 10, 2),
    )
    return campaign


@pytest.fixture
def week(campaign) -> WeekOfActionPage:
    return WeekOfActionPage.objects.child_of(campaign).get()


def _calendar_link(week: WeekOfActionPage) -> str:
    campaign = week.get_parent()
    return f'href="/admin/calendar/?view=week&amp;date=2016-09-26&amp;campaign={campaign.pk}"'


def test_week_of_action_editor_links_to_the_calendar_on_its_week(client, admin_user, week):
    client.force_login(admin_user)
    html = client.get(f"/admin/pages/{week.pk}/edit/").content.decode()
    assert _calendar_link(week) in html
    assert "Show in campaign calendar" in html


def test_page_listing_offers_the_calendar_for_weeks_of_action_only(client, admin_user, week):
    client.force_login(admin_user)
    html = client.get(f"/admin/pages/{week.get_parent().pk}/").content.decode()
    assert html.count("Show in campaign calendar") == 1
    assert _calendar_link(week) in html


def test_other_page_types_have_no_calendar_link(client, admin_user, campaign):
    update = UpdatePage.objects.descendant_of(campaign).get()
    client.force_login(admin_user)
    html = client.get(f"/admin/pages/{update.pk}/edit/").content.decode()
    assert "Show in campaign calendar" not in html


def test_calendar_link_opens_the_week_filtered_to_the_campaign(client, admin_user, week):
    client.force_login(admin_user)
    campaign = week.get_parent()
    html = client.get(
        f"/admin/calendar/?view=week&date=2016-09-26&campaign={campaign.pk}"
    ).content.decode()
    assert "Week of 26 September 2016" in html
    assert f'<option value="{campaign.pk}" selected>' in html
    assert "2016 Week of Action" in html


def test_help_menu_links_to_the_editor_guide_rendered_in_the_admin(client, admin_user):
    client.force_login(admin_user)
    assert "/admin/editor-guide/" in client.get("/admin/").content.decode()
    html = client.get("/admin/editor-guide/").content.decode()
    assert '<h2 id="plan-and-schedule-a-week-of-action">' in html
    assert '<img alt="' in html
    image = html.split('<img alt="', 1)[1].split('src="', 1)[1].split('"', 1)[0]
    response = client.get(f"/admin/editor-guide/{image}")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"


def test_editor_guide_serves_only_its_own_images_and_only_to_editors(client, admin_user):
    assert client.get("/admin/editor-guide/").status_code == 302  # to the login page
    client.force_login(admin_user)
    assert client.get("/admin/editor-guide/img/guide/missing.png").status_code == 404
    assert client.get("/admin/editor-guide/img/guide/editor-guide.md").status_code == 404
    escape = client.get("/admin/editor-guide/img/guide/..%2F..%2Feditor-guide.md", follow=True)
    assert escape.status_code == 404
