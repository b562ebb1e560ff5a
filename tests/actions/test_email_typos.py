"""A mistyped provider ("ana@gmial.com") is questioned before anything is stored, for readers
without JavaScript too: the form comes back with the suggestion and two choices, keeping
everything typed, and either choice is then accepted."""

import re

import pytest
from django.core import mail
from django.utils.html import escape

from actions.email_typos import suggest_email
from actions.models import RSVP, Endorsement, Signature, UpdatesSignup

from .helpers import attendee, signer

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("ana@gmial.com", "ana@gmail.com"),
        ("ana@hotmial.com", "ana@hotmail.com"),
        ("ana@gmai.com", "ana@gmail.com"),
        ("ana@yaho.com", "ana@yahoo.com"),
        ("ana@outlok.com", "ana@outlook.com"),
        ("Ana.Reyes@GMIAL.COM", "Ana.Reyes@gmail.com"),
        ("ana@gmail.con", "ana@gmail.com"),
        ("ana@gmial.con", "ana@gmail.com"),
        ("ana@hotmial.co.uk", "ana@hotmail.co.uk"),
        ("ana@enlace.ogr", "ana@enlace.org"),
    ],
)
def test_common_typos_of_big_providers_get_a_suggestion(typed, meant):
    assert suggest_email(typed) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "ana@gmail.com",
        "ana@mail.com",
        "ana@ymail.com",
        "ana@hotmail.ca",
        "ana@yahoo.com.mx",
        "ana@me.com",
        "ana@enlace.org",
        "ana@ucla.edu",
        "ana@bücher.de",
    ],
)
def test_real_domains_are_never_questioned(typed):
    assert suggest_email(typed) == ""


def choices(html: str) -> list[str]:
    return re.findall(r'name="email_confirm" value="([^"]*)"', html)


def test_a_mistyped_provider_is_questioned_and_nothing_is_stored_yet(client, petition):
    data = signer(email="ana.reyes@gmial.com", comment="For my brother")

    response = client.post(petition.url, data)

    assert response.status_code == 400
    html = response.content.decode()
    assert "Did you mean ana.reyes@gmail.com?" in html
    assert choices(html) == ["ana.reyes@gmail.com", "ana.reyes@gmial.com"]
    assert "Use ana.reyes@gmail.com" in html
    assert "Keep ana.reyes@gmial.com" in html
    for name in ("first_name", "last_name", "email", "postcode"):
        assert f'value="{escape(data[name])}"' in html
    assert "For my brother" in html
    assert not Signature.objects.exists()
    assert not mail.outbox


def test_choosing_the_suggestion_signs_with_the_corrected_address(client, petition):
    data = signer(email="ana.reyes@gmial.com", email_confirm="ana.reyes@gmail.com")

    response = client.post(petition.url, data)

    assert response.status_code == 303
    assert Signature.objects.get().email == "ana.reyes@gmail.com"
    assert mail.outbox[0].to == ["ana.reyes@gmail.com"]


def test_keeping_what_was_typed_signs_with_it(client, petition):
    data = signer(email="ana.reyes@gmial.com", email_confirm="ana.reyes@gmial.com")

    response = client.post(petition.url, data)

    assert response.status_code == 303
    assert Signature.objects.get().email == "ana.reyes@gmial.com"


def test_a_choice_for_another_address_does_not_count(client, petition):
    data = signer(email="ana.reyes@hotmial.com", email_confirm="ana.reyes@gmial.com")

    response = client.post(petition.url, data)

    assert response.status_code == 400
    assert choices(response.content.decode()) == ["ana.reyes@hotmail.com", "ana.reyes@hotmial.com"]
    assert not Signature.objects.exists()


def test_every_public_form_asks_before_storing(client, event, statement):
    rsvp = client.post(event.url, attendee(email="luis@yaho.com"))
    endorsed = client.post(
        statement.url,
        {
            "organisation_name": "Enlace",
            "scope": "national",
            "contact_name": "Luis",
            "contact_email": "luis@yaho.com",
        },
    )
    signup = client.post(
        "/actions/updates/", {"name": "Luis", "email": "luis@yaho.com", "opt_in": "on"}
    )

    for response in (rsvp, endorsed, signup):
        assert response.status_code == 400
        assert "Did you mean luis@yahoo.com?" in response.content.decode()
    assert not RSVP.objects.exists()
    assert not Endorsement.objects.exists()
    assert not UpdatesSignup.objects.exists()

    client.post(event.url, attendee(email="luis@yaho.com", email_confirm="luis@yahoo.com"))
    assert RSVP.objects.get().email == "luis@yahoo.com"


def test_the_choices_are_labelled_radio_buttons_in_the_footer_form_too(client):
    html = client.post(
        "/actions/updates/", {"name": "Luis", "email": "luis@yaho.com", "opt_in": "on"}
    ).content.decode()

    assert 'id="updates_email_use_suggestion"' in html
    assert '<label for="updates_email_use_suggestion">Use luis@yahoo.com</label>' in html
    assert '<label for="updates_email_keep_typed">Keep luis@yaho.com: it is right</label>' in html
