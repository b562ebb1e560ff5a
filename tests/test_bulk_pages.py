"""Pages the query-budget tests add in bulk are pages as `add_child` leaves them: a sound tree,
routable, listed and found by search."""

import pytest
from wagtail.models import Page

from campaigns.models import HomePage
from tests.factories import CampaignPageFactory, UpdateIndexPageFactory, UpdatePageFactory
from tests.helpers import add_children_in_bulk

pytestmark = pytest.mark.django_db


def test_pages_added_in_bulk_are_served_listed_and_found_like_added_ones(client):
    campaign = CampaignPageFactory(parent=HomePage.objects.get(), slug="bulk")
    index = UpdateIndexPageFactory(parent=campaign, slug="news")
    UpdatePageFactory(parent=index, title="Sundew report first", slug="first")
    added = add_children_in_bulk(
        index,
        [
            UpdatePageFactory.build(title=f"Sundew report {number}", slug=f"report-{number}")
            for number in range(3)
        ],
    )

    assert all(not problems for problems in Page.find_problems())
    assert index.numchild == 4
    assert [page.slug for page in index.get_children()] == ["first", *(p.slug for p in added)]
    for page in added:
        response = client.get(page.url)
        assert response.status_code == 200 and page.title in response.content.decode()
    listing = client.get(index.url).content.decode()
    found = client.get("/search/?query=sundew").content.decode()
    for page in added:
        assert page.title in listing
        assert page.title in found
