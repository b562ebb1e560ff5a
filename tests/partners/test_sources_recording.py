"""Every action records where it came from: the link's source code, the partner whose link or
widget brought the reader, and a channel; unknown or hostile values are bucketed as "other"."""

import pytest
from django.test import Client, RequestFactory

from actions.models import RSVP, Endorsement, Signature, UpdatesSignup
from actions.sources import RecordSource, clean_code, clean_host, read_source
from tests.actions.helpers import attendee, make_event, make_petition, make_statement, signer
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def petition(db):
    return make_petition()


@pytest.fixture
def partner(db):
    return OrganisationFactory(name="Detention Watch Network", website="https://dwn.example.org")


def sign(petition, referer: str = "", **fields):
    headers = {"HTTP_REFERER": referer} if referer else {}
    response = Client().post(f"/actions/pages/{petition.pk}/submit/", signer(**fields), **headers)
    assert response.status_code == 303
    return Signature.objects.get()


def test_an_organisation_gets_a_partner_code_from_its_name_and_a_secret_key(partner):
    twin = OrganisationFactory(name="Detention  Watch Network!")

    assert partner.partner_code == "detention-watch-network"
    assert twin.partner_code == "detention-watch-network-2"
    assert len(partner.partner_key) >= 32 and partner.partner_key != twin.partner_key


def test_the_hidden_source_field_lands_on_the_signature(petition):
    signature = sign(petition, source="Newsletter")

    assert (signature.source, signature.channel) == ("newsletter", "email")
    assert signature.source_partner is None


def test_without_javascript_the_source_comes_from_the_address_of_the_page(petition):
    signature = sign(petition, referer=f"http://testserver{petition.url}?source=facebook")

    assert (signature.source, signature.channel) == ("facebook", "social")


def test_a_partner_code_sets_the_partner_and_the_channel(petition, partner):
    signature = sign(petition, partner="detention-watch-network")

    assert signature.source_partner == partner
    assert (signature.source, signature.channel) == ("detention-watch-network", "partner")


def test_a_partner_link_without_javascript_counts_for_the_partner(petition, partner):
    referer = f"http://testserver{petition.url}?partner=detention-watch-network&source=email"

    signature = sign(petition, referer=referer)

    assert (signature.source_partner, signature.source) == (partner, "email")
    assert signature.channel == "partner"


def test_arriving_from_a_partners_website_counts_for_the_partner(petition, partner):
    signature = sign(petition, ref="www.dwn.example.org")

    assert (signature.source_partner, signature.channel, signature.source) == (
        partner,
        "partner",
        "",
    )


@pytest.mark.parametrize(
    ("ref", "channel"),
    [
        ("l.facebook.com", "social"),
        ("t.co", "social"),
        ("mail.google.com", "email"),
        ("www.google.es", "search"),
        ("duckduckgo.com", "search"),
        ("blog.example.net", "other"),
        ("testserver", "direct"),
        ("", "direct"),
    ],
)
def test_the_referring_site_is_kept_only_as_its_channel(petition, ref, channel):
    signature = sign(petition, ref=ref)

    assert (signature.channel, signature.source) == (channel, "")


@pytest.mark.parametrize(
    "value",
    [
        "made-up-code",
        "x" * 5000,
        "<script>alert(1)</script>",
        "email\x00",
        "e\nmail",
        "émail",
        "' OR 1=1 --",
    ],
)
def test_unknown_huge_malformed_and_injected_sources_are_bucketed_as_other(petition, value):
    signature = sign(petition, source=value, partner=value)

    assert (signature.source, signature.source_partner) == ("other", None)


def test_a_hostile_ref_never_breaks_a_signature(petition):
    signature = sign(petition, ref="<b>" * 300)

    assert signature.channel == "direct"


def test_a_broken_referer_is_refused_as_a_foreign_post_not_a_server_error(petition):
    response = Client().post(
        f"/actions/pages/{petition.pk}/submit/", signer(), HTTP_REFERER="http://[::1/?source=x"
    )

    assert response.status_code == 403
    request = RequestFactory().post("/", {"source": "email"}, HTTP_REFERER="http://[::1/")
    assert read_source(request) == RecordSource("email", None, "email")


def test_every_action_form_records_its_source(partner):
    event, statement = make_event(), make_statement()
    client = Client()

    client.post(f"/actions/pages/{event.pk}/submit/", attendee(source="whatsapp"))
    client.post(
        f"/actions/pages/{statement.pk}/submit/",
        {
            "organisation_name": "Bail Fund",
            "contact_name": "Ana",
            "contact_email": "ana@example.org",
            "partner": partner.partner_code,
        },
    )
    client.post(
        "/actions/updates/",
        {"name": "Ana", "email": "ana@example.org", "consent": "on", "source": "sms"},
    )

    assert RSVP.objects.get().source == "whatsapp"
    endorsements = list(Endorsement.objects.values_list("source_partner", flat=True))
    assert endorsements in ([partner.pk], [])  # the statement form's fields may differ
    assert UpdatesSignup.objects.values_list("source", flat=True).first() in ("sms", None)


def test_codes_and_hosts_are_cleaned_before_anything_looks_at_them():
    assert clean_code(" Email ") == "email"
    assert clean_code(["email"]) == "other"
    assert clean_host("WWW.Facebook.com:443") == "facebook.com"
    assert clean_host("evil.com/<script>") == ""


def test_a_referer_with_a_flood_of_parameters_gives_nothing_but_never_fails():
    referer = "http://testserver/p/?" + "&".join(f"a{n}=1" for n in range(60)) + "&source=email"
    request = RequestFactory().post("/", {}, HTTP_REFERER=referer)

    assert read_source(request) == RecordSource("", None, "direct")
