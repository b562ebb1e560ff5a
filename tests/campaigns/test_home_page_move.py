"""The home page type moved from `home` to `campaigns` (campaigns 0009 to 0011): the page
that was there stays, as a campaigns.HomePage, and the site still starts at it."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Page, Site

from campaigns.models import HomePage

pytestmark = pytest.mark.django_db


def test_the_site_starts_at_a_campaigns_home_page():
    root = Site.objects.get(is_default_site=True).root_page
    assert type(root.specific) is HomePage
    assert root.content_type == ContentType.objects.get_for_model(HomePage)
    assert root.content_type.app_label == "campaigns"


def test_no_home_page_is_left_under_the_old_app():
    assert not ContentType.objects.filter(app_label="home", model="homepage").exists()
    assert "home_homepage" not in connection.introspection.table_names()
    assert Page.objects.filter(depth=2).get().specific_class is HomePage
