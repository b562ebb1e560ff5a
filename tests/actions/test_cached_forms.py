"""The action forms work on pages served from a cache: no page with a form sets a cookie or
holds a per-reader token, and the endpoints refuse posts that a browser says came from another
website (actions/origin.py) instead of checking a token."""

import re
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

from actions.models import RSVP, Signature
from actions.tokens import CANCEL_RSVP, CONFIRM_SIGNATURE, make_token

from .helpers import attendee, make_petition, signer

pytestmark = pytest.mark.django_db

OURS = {"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"}
HOSTILE = {"Origin": "https://hostile.example", "Sec-Fetch-Site": "cross-site"}
REFUSED = "this form was sent from a page on another website"


def endpoint(page) -> str:
    return f"/actions/pages/{page.pk}/submit/"


def stranger() -> Client:
    """A browser with no cookie, as a reader of a cached page is: Django's CSRF check on."""
    return Client(enforce_csrf_checks=True)


def refused(response) -> bool:
    return response.status_code == 403 and REFUSED in response.content.decode()


def test_pages_with_forms_set_no_cookie_and_hold_no_token(client, petition, event, statement):
    pages = [petition.url, event.url, statement.url, "/actions/updates/"]
    pages += [petition.url + "thank-you/", event.url + "rsvp/going/", "/actions/updates/thank-you/"]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, url
        assert "csrfmiddlewaretoken" not in response.content.decode(), url


def test_a_form_from_a_cached_page_posts_without_any_cookie(client, petition):
    html = client.get(petition.url).content.decode()  # rendered once, as a cache stores it
    form = html.split('id="sign-heading"')[1]
    action = re.search(r'<form method="post" action="([^"#]+)', form).group(1)
    names = set(re.findall(r'name="([a-z_]+)"', form.split("</form>")[0]))
    assert {"first_name", "last_name", "email", "postcode", "fax_number"} <= names

    response = stranger().post(action, signer(), headers=OURS)

    assert response.status_code == 303
    assert Signature.objects.filter(page_id=petition.pk).count() == 1


def test_a_post_whose_origin_is_another_website_is_refused_plainly(petition):
    response = stranger().post(
        endpoint(petition), signer(), headers={"Origin": "https://hostile.example"}
    )

    assert refused(response)
    assert "Go to the page on this site" in response.content.decode()
    assert response["Cache-Control"] == "no-store"
    assert not Signature.objects.exists()


@pytest.mark.parametrize("fetch_site", ["cross-site", "same-site"])
def test_a_post_the_browser_calls_cross_site_is_refused(petition, fetch_site):
    response = stranger().post(endpoint(petition), signer(), headers={"Sec-Fetch-Site": fetch_site})

    assert refused(response)
    assert not Signature.objects.exists()


@pytest.mark.parametrize(
    "headers",
    [
        OURS,
        {"Sec-Fetch-Site": "same-origin"},
        {"Sec-Fetch-Site": "none"},  # the reader's own doing, e.g. resending from history
        {"Origin": "http://testserver"},
        {"Referer": "http://testserver/petitions/free-them-all/"},
    ],
)
def test_a_post_from_our_own_page_is_taken(petition, headers):
    assert stranger().post(endpoint(petition), signer(), headers=headers).status_code == 303
    assert Signature.objects.count() == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "null"},  # a sandboxed frame or a file: no page of ours
        {"Referer": "https://hostile.example/petition.html"},
        {"Sec-Fetch-Site": "cross-site", "Origin": "http://testserver.hostile.example"},
    ],
)
def test_a_post_with_a_foreign_or_hidden_origin_is_refused(petition, headers):
    assert refused(stranger().post(endpoint(petition), signer(), headers=headers))


def test_a_post_with_no_origin_headers_at_all_is_taken(petition):
    # Documented in actions/origin.py: only very old browsers and privacy tools send none of
    # them, and refusing would turn those honest readers away while stopping no script.
    assert stranger().post(endpoint(petition), signer()).status_code == 303
    assert Signature.objects.count() == 1


def test_the_site_address_and_trusted_origins_count_as_ours(petition, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://campaign.example.org"  # SITE_URL, behind a proxy
    settings.CSRF_TRUSTED_ORIGINS = ["https://*.partner.example"]
    post = stranger().post
    accepted = [
        post(endpoint(petition), signer(email=f"{n}@example.org"), headers=headers).status_code
        for n, headers in enumerate(
            [
                {"Origin": "https://campaign.example.org"},
                {"Origin": "https://www.partner.example", "Sec-Fetch-Site": "cross-site"},
            ]
        )
    ]
    refused_partner = post(
        endpoint(petition), signer(email="x@example.org"), headers={"Origin": "http://partner.ex"}
    )
    assert accepted == [303, 303]
    assert refused(refused_partner)


def test_the_confirm_button_posts_to_the_endpoint_and_refuses_other_websites(client):
    petition = make_petition(require_confirmation=True)
    client.post(endpoint(petition), signer())
    signature = Signature.objects.get()
    link = petition.url + f"confirm/{make_token(signature.key, CONFIRM_SIGNATURE)}/"
    page = client.get(link)
    action = re.search(r'<form method="post" action="([^"]+)"', page.content.decode()).group(1)
    assert not page.cookies
    assert action.startswith(endpoint(petition) + "confirm/")

    assert refused(stranger().post(action, headers=HOSTILE))
    signature.refresh_from_db()
    assert signature.confirmed_at is None

    assert (
        stranger().post(action, headers=OURS)["Location"] == petition.url + "thank-you/#thank-you"
    )
    signature.refresh_from_db()
    assert signature.confirmed_at is not None


def test_the_cancel_button_posts_to_the_endpoint_and_refuses_other_websites(client, event):
    client.post(endpoint(event), attendee())
    rsvp = RSVP.objects.get()
    page = client.get(event.url + f"rsvp/cancel/{make_token(rsvp.key, CANCEL_RSVP)}/")
    action = re.search(r'<form method="post" action="([^"]+)"', page.content.decode()).group(1)
    assert not page.cookies

    assert refused(stranger().post(action, headers=HOSTILE))
    assert stranger().post(action, headers=OURS).status_code == 303
    rsvp.refresh_from_db()
    assert rsvp.status == RSVP.Status.CANCELLED


def test_the_please_try_again_form_carries_no_token_and_resends_to_the_endpoint(petition):
    with mock.patch("actions.mixins.petitions.sign_petition", side_effect=OperationalError):
        page = stranger().post(endpoint(petition), signer(), headers=OURS)
    html = page.content.decode()
    assert page.status_code == 503
    assert "csrfmiddlewaretoken" not in html
    assert f'action="{endpoint(petition)}"' in html
