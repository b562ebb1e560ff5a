"""Requests nothing can be read from as sent get a 400 in plain words, never a server error:
form posts that name a charset other than UTF-8, addresses with control characters (NUL
bytes reached PostgreSQL, which refuses them), digits that are not ASCII."""

import pytest
from django.test import Client
from django.utils.html import escape

from actions.models import Signature
from campaigns.models import PetitionPage, UpdateIndexPage

pytestmark = pytest.mark.django_db

CHARSETS = ["utf-16", "utf-32", "latin-1", "unknown-xyz", "utf-7", '"shift_jis"']


@pytest.fixture
def site(every_page_type):
    return every_page_type


@pytest.fixture
def browser_with_a_token_cookie():
    """A reader who has a CSRF cookie (any page with a form gives one), so that Django's check
    reads the body: without the cookie it refuses before reading."""
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies["csrftoken"] = "a" * 32
    return client


def form_urls(pages) -> list[str]:
    petition = pages[PetitionPage]
    return ["/", "/search/", "/admin/login/", petition.url, f"/actions/pages/{petition.pk}/submit/"]


@pytest.mark.parametrize("charset", CHARSETS)
def test_a_form_in_another_charset_is_a_plain_400_that_shows_what_could_be_read(
    site, browser_with_a_token_cookie, charset
):
    body = b"first_name=Ana&last_name=Reyes&comment=Free+them%0Aall&password=hunter2"
    for url in form_urls(site):
        response = browser_with_a_token_cookie.generic(
            "POST", url, body, content_type=f"application/x-www-form-urlencoded; charset={charset}"
        )
        assert response.status_code == 400, url
        html = response.content.decode()
        assert "We could not read what you sent" in html
        assert "Nothing was saved" in html
        assert "<dt>Comment</dt>" in html
        assert "<dd>Free them<br>all</dd>" in html, "what was typed is shown to copy"
        assert "hunter2" not in html, "passwords are never shown back"
    assert not Signature.objects.exists()


def test_a_multipart_form_in_another_charset_is_a_plain_400(site, browser_with_a_token_cookie):
    body = b'--XX\r\nContent-Disposition: form-data; name="first_name"\r\n\r\nAna\r\n--XX--\r\n'
    response = browser_with_a_token_cookie.generic(
        "POST", "/", body, content_type="multipart/form-data; charset=utf-16; boundary=XX"
    )
    assert response.status_code == 400
    assert "We could not read what you sent" in response.content.decode()


def test_a_charset_named_on_a_get_is_ignored_and_the_address_read_as_utf8(site, client):
    response = client.get(
        "/search/?query=Adelanto%C3%A9", CONTENT_TYPE="text/plain; charset=utf-16"
    )
    assert response.status_code == 200
    assert escape("Adelantoé") in response.content.decode()


def test_thousands_of_fields_are_a_plain_400(site, browser_with_a_token_cookie):
    body = "&".join(f"f{n}=1" for n in range(10_001)).encode()
    response = browser_with_a_token_cookie.generic(
        "POST", "/", body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert "We could not read what you sent" in response.content.decode()


def query_urls(pages) -> list[str]:
    news = pages[UpdateIndexPage]
    petition = pages[PetitionPage]
    return [
        "/search/?query=a%00b",
        "/search/?q=a%00b",
        "/search/?query=a&type=%00",
        f"{news.url}?tag=a%00b",
        f"{news.url}?campaign=%00",
        f"{news.url}?year=2016%00",
        "/feeds/updates/?tag=%00",
        "/feeds/events.ics?x=%01",
        f"/actions/petitions/{petition.pk}/count.json?x=%00",
        "/a%00b/",
        "/admin/login/?next=%00",
    ]


def test_a_nul_byte_in_an_address_is_a_plain_400(site, client):
    for url in query_urls(site):
        response = client.get(url)
        assert response.status_code == 400, url
        assert "contains control characters" in response.content.decode(), url


@pytest.mark.parametrize("year", ["²", "٢٠١٦", "2016²", "1e3", "-2016", " 2016 "])
def test_a_year_in_other_digits_is_ignored_on_listings(site, client, year):
    news = site[UpdateIndexPage]
    response = client.get(news.url, {"year": year})
    assert response.status_code == 200


def test_a_page_number_in_other_digits_shows_the_first_page(site, client):
    for url in [site[UpdateIndexPage].url, "/search/?query=campaign"]:
        response = client.get(url, {"page": "²"}) if "?" not in url else client.get(url + "&page=²")
        assert response.status_code == 200, url
