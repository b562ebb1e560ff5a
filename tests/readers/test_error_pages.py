"""Designed error pages: a 404 that helps readers find their way, and a 500 that renders even
when the database is down."""

import pytest
from django.views.defaults import server_error

from .helpers import text

# The designed 404 is checked on the demo site, with its menu, as a reader meets it.
pytestmark = pytest.mark.usefixtures("demo_content")


@pytest.mark.django_db
def test_missing_page_is_a_designed_404_with_search_and_no_indexing(client, campaign):
    from bs4 import BeautifulSoup

    response = client.get("/no-such-campaign/")
    assert response.status_code == 404
    html = BeautifulSoup(response.content, "html.parser")
    assert text(html.h1) == "We can’t find that page"
    assert html.select_one("form[role=search] input[name=query]")
    assert html.select_one("meta[name=robots]")["content"] == "noindex"
    assert html.select_one("nav.main-nav"), "the site's own menu helps readers on"


def test_server_error_page_renders_without_touching_the_database(rf):
    # No django_db mark: any query here fails the test.
    response = server_error(rf.get("/petitions/"))
    assert response.status_code == 500
    body = response.content.decode()
    assert "Something went wrong on our side" in body
    assert 'href="/"' in body
    assert "/static/css/site.css" in body


@pytest.mark.urls("tests.readers.error_urls")
def test_a_failing_view_shows_the_500_page(client):
    client.raise_request_exception = False
    response = client.get("/broken/")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
