"""Page-view restrictions are read once per request (home/view_restrictions.py), and a private
page still never shows in a listing."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.actions.helpers import make_event

pytestmark = pytest.mark.django_db


def restriction_reads(url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert Client().get(url).status_code == 200
    return sum('FROM "wagtailcore_pageviewrestriction"' in q["sql"] for q in queries)


def test_a_listing_reads_the_restrictions_once_however_many_lists_it_shows():
    index = make_event().get_parent()
    # Once for every list on the page, once for the page's own restrictions (Wagtail's check).
    assert restriction_reads(index.url) == 2


def test_a_page_made_private_leaves_the_listing_on_the_very_next_request():
    event = make_event(title="Vigil at Adelanto")
    index = event.get_parent()
    assert "Vigil at Adelanto" in Client().get(index.url).content.decode()

    PageViewRestriction.objects.create(page=event, restriction_type=PageViewRestriction.LOGIN)

    assert "Vigil at Adelanto" not in Client().get(index.url).content.decode()
