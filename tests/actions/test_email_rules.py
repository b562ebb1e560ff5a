"""One person, one signature, however their address is written: aliases and invisible
characters are the same mailbox; addresses that break spreadsheets and mail headers are
refused in plain words, keeping what was typed."""

import pytest
from django.utils.html import escape

from actions.models import RSVP, Signature, UpdatesSignup
from actions.services.rsvps import rsvp_to_event
from actions.services.signatures import sign_petition
from actions.validation import email_domain, normalise_email

from .helpers import attendee, counted_post, signer

ZWSP, SOFT_HYPHEN, ZWJ, BOM, RLO, LRM = "\u200b", "\u00ad", "\u200d", "\ufeff", "\u202e", "\u200e"


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("  Ana.Reyes@Example.ORG ", "ana.reyes@example.org"),
        ("ana.reyes+petition@example.org", "ana.reyes@example.org"),
        ("A.N.A.Reyes+x@gmail.com", "anareyes@gmail.com"),
        ("ana.reyes@googlemail.com", "anareyes@gmail.com"),
        (f"ana.reyes@exa{ZWSP}mple.org", "ana.reyes@example.org"),
        (f"ana.reyes@exam{SOFT_HYPHEN}ple.org", "ana.reyes@example.org"),
        (f"{BOM}ana{ZWJ}.reyes@example.org{LRM}", "ana.reyes@example.org"),
        (f"ana.reyes@{RLO}example.org", "ana.reyes@example.org"),
        ("ａｎａ.reyes@ｅｘａｍｐｌｅ.org", "ana.reyes@example.org"),
        ("ana@BÜCHER.de", "ana@xn--bcher-kva.de"),
        ("ana@xn--bcher-kva.de", "ana@xn--bcher-kva.de"),
        ("ana@example.org.", "ana@example.org"),
        ("not an address", "notanaddress"),
    ],
)
def test_addresses_that_reach_one_mailbox_share_one_key(typed, key):
    assert normalise_email(typed) == key


def test_dots_count_outside_gmail():
    assert normalise_email("a.na@example.org") != normalise_email("ana@example.org")


def test_email_domain_is_the_normalised_domain():
    assert email_domain("Ana@GoogleMail.com") == "gmail.com"
    assert email_domain(f"ana@exa{ZWSP}mple.org") == "example.org"
    assert email_domain("ana@Bücher.de") == "xn--bcher-kva.de"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "again",
    [
        "Ana.Reyes+again@Example.org",
        "ana.reyes@ｅｘａｍｐｌｅ.org",
        # Refused on the forms now, but rows stored earlier (and imports) hold them.
        f"ana.reyes@exa{ZWSP}mple.org",
        f"ana.reyes@exam{SOFT_HYPHEN}ple.org",
    ],
)
def test_one_signature_and_one_rsvp_per_mailbox_however_the_address_is_written(
    petition, event, again
):
    for email in ("ana.reyes@example.org", again):
        screening = counted_post(email)
        sign_petition(
            petition, signer(email=email), base_url="http://testserver", screening=screening
        )
        rsvp_to_event(
            event,
            {**attendee(email=email), "guests": 0},
            base_url="http://testserver",
            screening=screening,
        )

    assert Signature.objects.filter(page=petition).count() == 1
    assert RSVP.objects.filter(page=event).count() == 1


@pytest.mark.django_db
def test_a_second_post_with_an_alias_of_the_address_is_not_counted_twice(client, petition):
    client.post(petition.url, signer(email="ana.reyes@example.org"))
    client.post(petition.url, signer(email="ANA.REYES+second@ｅｘａｍｐｌｅ.org"))

    assert Signature.objects.filter(page=petition).count() == 1


@pytest.mark.django_db
def test_gmail_aliases_are_one_signature_and_one_rsvp(client, petition, event):
    for typed in ["ana.reyes@gmail.com", "AnaReyes+rally@googlemail.com", "a.nareyes@gmail.com"]:
        client.post(petition.url, signer(email=typed, email_confirm=typed))
        client.post(event.url, attendee(email=typed))

    assert list(Signature.objects.values_list("email", flat=True)) == ["ana.reyes@gmail.com"]
    assert RSVP.objects.filter(page=event).count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ('"\x01\x1b[31m"@example.org', "hidden character"),
        ('"ana reyes"@example.org', "without spaces or quotation marks"),
        ("ana\\@example.org", "without spaces or quotation marks"),
        (f"ana.reyes@exa{ZWSP}mple.org", "hidden character"),
        (f"ana.reyes@exam{SOFT_HYPHEN}ple.org", "hidden character"),
        (f"ana.reyes@{RLO}example.org", "hidden character"),
        ("ana.reyes@example.org\r\nBcc: everyone@example.org", "hidden character"),
        ("ana\treyes@example.org", "hidden character"),
    ],
)
def test_addresses_with_hidden_or_quoted_parts_are_refused_keeping_what_was_typed(
    client, petition, event, statement, typed, message
):
    signed = client.post(petition.url, signer(email=typed))
    rsvp = client.post(event.url, attendee(name="Ana Reyes", email=typed))
    endorsed = client.post(
        statement.url,
        {
            "organisation_name": "Enlace",
            "scope": "national",
            "contact_name": "Ana",
            "contact_email": typed,
        },
    )
    signup = client.post("/actions/updates/", {"name": "Ana", "email": typed, "opt_in": "on"})

    for response in (signed, rsvp, endorsed, signup):
        assert response.status_code == 400
        html = response.content.decode()
        assert message in html
        assert "Ana" in html
    assert 'value="Reyes"' in signed.content.decode()
    assert not Signature.objects.exists()
    assert not RSVP.objects.exists()
    assert not UpdatesSignup.objects.exists()


@pytest.mark.django_db
def test_an_ordinary_international_address_is_accepted(client, petition):
    response = client.post(petition.url, signer(email="ana@bücher.de"))

    assert response.status_code == 303
    assert Signature.objects.get().email_normalised == "ana@xn--bcher-kva.de"


@pytest.mark.django_db
def test_the_message_for_a_hidden_character_is_plain_and_escaped(client, petition):
    typed = '"<b>x</b>\x01"@example.org'
    html = client.post(petition.url, signer(email=typed)).content.decode()

    assert "<b>x</b>" not in html
    assert escape("<b>x</b>") in html
