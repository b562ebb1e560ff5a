"""While PostgreSQL is away, the pages Django draws itself (an address that matches nothing,
/favicon.ico, an expired form) still answer in plain words, never with a server error."""

import pytest
from django.test import Client


@pytest.fixture
def reader():
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("path", ["/wp-login.php", "/feeds/events.json", "/nothing.txt"])
def test_an_unmatched_address_is_a_404_in_plain_words_during_a_database_outage(
    database_down, reader, path
):
    response = reader.get(path)

    assert response.status_code == 404
    html = response.content.decode()
    assert "We can’t find that page" in html
    assert 'name="query"' in html, "the search box still helps"


def test_favicon_is_the_static_icon_without_the_database(database_down, reader):
    response = reader.get("/favicon.ico")

    assert response.status_code == 302
    assert response["Location"].endswith("img/favicon.ico")
    assert "max-age=86400" in response["Cache-Control"]


def test_an_expired_form_token_is_explained_during_a_database_outage(database_down):
    strict = Client(enforce_csrf_checks=True, raise_request_exception=False)

    response = strict.post("/admin/login/", {"username": "steward", "password": "x"})

    assert response.status_code == 403
    html = response.content.decode()
    assert "Please send the form again" in html
    assert "Nothing was saved" in html


@pytest.mark.django_db
def test_the_designed_404_keeps_the_site_menu_when_the_database_answers(reader):
    from campaigns.models import HomePage

    assert HomePage.objects.exists()
    response = reader.get("/wp-login.php")

    assert response.status_code == 404
    html = response.content.decode()
    assert "We can’t find that page" in html
    assert 'class="skip-link"' in html, "the site's own base, not the stand-alone page"
