"""Every action records where it came from: the link's source code, the partner whose link or
widget brought the reader, and a channel; unknown or hostile values are bucketed as "other"."""

import pytest
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

from actions.models import RSVP, Endorsement, Letter, Signature, UpdatesSignup
from actions.sources import RecordSource, clean_code, clean_host, read_source
from tests.actions.helpers import attendee, make_event, make_petition, make_statement, signer
from tests.factories import OrganisationFactory
from tests.i18n.spanish import spanish
from tests.officials.letter_helpers import make_letter_action, sheriff, writer


def endorser() -> dict:
    return {
        "organisation_name": "Inland Empire Immigrant Youth Collective",
        "website": "ieiyc.example.org",
        "scope": "California",
        "contact_name": "Rosa Martinez",
        "contact_email": "rosa@ieiyc.example.org",
    }


def updates_signup() -> dict:
    return {"name": "Rosa Martinez", "email": "rosa@example.org", "postcode": "", "opt_in": "on"}


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
    official = sheriff()
    letters = make_letter_action([official])
    client = Client()
    tagged = {"source": "whatsapp", "partner": partner.partner_code}

    posts = [
        client.post(f"/actions/pages/{event.pk}/submit/", {**attendee(), **tagged}),
        client.post(statement.url, {**endorser(), **tagged}),
        client.post(letters.url, {**writer(official), **tagged}),
        client.post("/actions/updates/", {**updates_signup(), **tagged}),
    ]

    assert [post.status_code for post in posts] == [303] * 4
    for model in (RSVP, Endorsement, Letter, UpdatesSignup):
        stored = model.objects.get()
        assert (stored.source, stored.source_partner, stored.channel) == (
            "whatsapp",
            partner,
            "partner",
        ), model


def test_codes_and_hosts_are_cleaned_before_anything_looks_at_them():
    assert clean_code(" Email ") == "email"
    assert clean_code(["email"]) == "other"
    assert clean_host("WWW.Facebook.com:443") == "facebook.com"
    assert clean_host("evil.com/<script>") == ""


def test_a_referer_with_a_flood_of_parameters_gives_nothing_but_never_fails():
    referer = "http://testserver/p/?" + "&".join(f"a{n}=1" for n in range(60)) + "&source=email"
    request = RequestFactory().post("/", {}, HTTP_REFERER=referer)

    assert read_source(request) == RecordSource("", None, "direct")


def test_a_translated_partner_shares_its_code_and_counts_as_the_original(petition, partner):
    translated = partner.copy_for_translation(spanish())
    translated.name = "Red de Vigilancia de la Detención"
    translated.save()

    assert (translated.partner_code, translated.partner_key) == (
        partner.partner_code,
        partner.partner_key,
    )
    signature = sign(petition, partner=partner.partner_code)
    assert signature.source_partner == partner  # the original, in the default language


def test_a_tagged_signature_costs_no_more_queries_once_the_partners_are_cached(petition, partner):
    client = Client()
    url = f"/actions/pages/{petition.pk}/submit/"
    tagged = {"source": "email", "partner": partner.partner_code}
    client.post(url, signer(email="warm@example.org", **tagged))  # the page and the partners

    with CaptureQueriesContext(connection) as plain:
        client.post(url, signer(email="plain@example.org"))
    with CaptureQueriesContext(connection) as with_partner:
        client.post(url, signer(email="tagged@example.org", **tagged))

    assert len(with_partner) == len(plain)
    assert Signature.objects.get(email_normalised="tagged@example.org").source_partner == partner


def test_a_partner_whose_website_is_a_social_page_does_not_claim_that_network(petition):
    OrganisationFactory(name="Youth Collective", website="https://www.facebook.com/ieiyc")

    signature = sign(petition, ref="m.facebook.com")

    assert (signature.source_partner, signature.channel) == (None, "social")


def test_a_partner_is_never_given_one_of_the_sites_own_codes():
    assert OrganisationFactory(name="Email").partner_code == "email-2"


def test_the_migration_gives_existing_organisations_codes_and_keys_shared_by_translations(
    partner,
):
    from importlib import import_module

    from django.apps import apps

    from campaigns.models import Organisation

    translated = partner.copy_for_translation(spanish())
    translated.save()
    other = OrganisationFactory(name="Detention Watch Network!!")  # the same slug
    Organisation.objects.update(partner_code="", partner_key="")

    migration = import_module("campaigns.migrations.0021_organisations_are_partners")
    migration.give_codes_and_keys(apps, None)

    rows = {o.pk: o for o in Organisation.objects.all()}
    assert rows[partner.pk].partner_code == rows[translated.pk].partner_code
    assert rows[partner.pk].partner_key == rows[translated.pk].partner_key
    assert rows[other.pk].partner_code == "detention-watch-network-2"
    assert rows[other.pk].partner_key != rows[partner.pk].partner_key
