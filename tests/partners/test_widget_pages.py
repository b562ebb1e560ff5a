"""The partner widget as a partner's reader meets it inside a frame: the ask, the count the
petition's own page shows, the form, errors and the thank-you step in the widget's layout, the
partner and source carried along, no cookie, and only the widget framable."""

import re

import pytest
from bs4 import BeautifulSoup
from django.db import transaction

from actions.models import RSVP, Signature
from campaigns.models import PetitionPage
from tests.actions.helpers import add_signatures, attendee, make_event, make_petition, signer
from tests.factories import OrganisationFactory
from tests.i18n.spanish import translate
from tests.partners.test_recurring_events import weekly_call

pytestmark = pytest.mark.django_db

# What the browser says about a post from our own page inside the partner's frame.
FROM_OUR_FRAME = {"HTTP_SEC_FETCH_SITE": "same-origin"}


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def frame_ancestors(response) -> str:
    match = re.search(r"frame-ancestors ([^;]*)", response["Content-Security-Policy"])
    return match.group(1).strip()


def assert_framable(response) -> None:
    assert frame_ancestors(response) == "'self' https:"
    assert "X-Frame-Options" not in response


def assert_not_framable(response) -> None:
    assert frame_ancestors(response) == "'none'"
    assert response["X-Frame-Options"] == "DENY"


def submit_url(page) -> str:
    return f"/actions/pages/{page.pk}/submit/widget/"


@pytest.fixture(scope="module")
def built_petition(django_db_setup, django_db_blocker):
    """One petition with 7 signatures, built once for the module inside a transaction rolled
    back after its last test; each test's own transaction nests inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        petition = make_petition(
            ask="Free everyone held at Adelanto",
            slug="free-everyone-held-at-adelanto",
            summary="The county can end its contract.",
            goal=50,
        )
        add_signatures(petition, 7)
        yield petition.pk
        transaction.set_rollback(True)


@pytest.fixture
def petition(db, built_petition) -> PetitionPage:
    return PetitionPage.objects.get(pk=built_petition)


def test_the_widget_shows_the_ask_the_pages_count_and_the_form(client, petition):
    widget = client.get(petition.url + "widget/")
    assert widget.status_code == 200
    html = soup(widget)
    assert html.select_one("h1").get_text(strip=True) == "Free everyone held at Adelanto"
    assert "The county can end its contract." in html.get_text()
    page_count = soup(client.get(petition.url)).select_one("[data-progress-count]")
    assert html.select_one("[data-progress-count]").get_text() == page_count.get_text() == "7"
    form = html.select_one("form.action-form")
    assert form["action"] == submit_url(petition) + "#sign-errors"
    assert {"first_name", "last_name", "email", "postcode"} <= {
        field["name"] for field in form.select("input[name]")
    }
    # No site header, menu or footer in the frame; the campaign site opens in a new tab.
    assert not html.select("header.site-header, nav, footer")
    assert html.select_one(".widget__site a")["target"] == "_blank"


def test_only_the_widgets_addresses_may_be_framed(client, petition):
    assert_framable(client.get(petition.url + "widget/"))
    assert_not_framable(client.get(petition.url))
    assert_not_framable(client.get(petition.url + "embed/"))
    assert_not_framable(client.get(petition.url + "thank-you/"))
    assert_not_framable(client.get("/"))


def test_partners_listed_in_the_settings_may_frame_it_over_http(client, petition, settings):
    settings.PARTNER_FRAME_ORIGINS = ["http://127.0.0.1:8100"]
    assert frame_ancestors(client.get(petition.url + "widget/")) == (
        "'self' https: http://127.0.0.1:8100"
    )
    settings.PARTNER_FRAME_ANY_HTTPS = False
    assert frame_ancestors(client.get(petition.url + "widget/")) == "'self' http://127.0.0.1:8100"


def test_a_reader_signs_in_the_widget_and_the_thank_you_stays_in_it(client, petition):
    sent = client.post(
        submit_url(petition),
        {**signer(), "partner": "coalition", "source": "widget"},
        **FROM_OUR_FRAME,
    )
    assert sent.status_code == 303
    assert sent["Location"] == petition.url + "widget/thanks/#thank-you"
    assert_framable(sent)
    thanks = client.get(sent["Location"])
    assert_framable(thanks)
    html = soup(thanks)
    assert html.select_one("body.widget")
    assert html.select_one("#thank-you h2").get_text() == "Thank you for signing"
    assert html.select_one("[data-progress-count]").get_text() == "8"
    site = html.select_one("#thank-you a")
    assert site.get_text(strip=True).startswith("Open the campaign site")
    assert site["target"] == "_blank" and site["href"].endswith(petition.url)
    assert Signature.objects.filter(
        page=petition, email_normalised="ana.reyes@example.org"
    ).exists()


def test_errors_are_shown_in_the_widget_with_what_was_typed_and_where_it_came_from(
    client, petition
):
    sent = client.post(
        submit_url(petition),
        {**signer(email="not an address"), "partner": "coalition", "source": "widget"},
        **FROM_OUR_FRAME,
    )
    assert sent.status_code == 400
    assert_framable(sent)
    html = soup(sent)
    assert html.select_one("body.widget") and not html.select("footer")
    assert html.select_one("[data-error-summary]")
    assert html.select_one("input[name=first_name]")["value"] == "Ana"
    assert html.select_one("input[name=partner]")["value"] == "coalition"
    assert html.select_one("input[name=source]")["value"] == "widget"
    assert not Signature.objects.filter(email_normalised="ana.reyes@example.org").exists()


def test_the_partner_and_source_of_the_widgets_address_land_on_the_signature(client, petition):
    partner = OrganisationFactory(name="Detention Watch Network")
    address = f"http://testserver{petition.url}widget/?partner={partner.partner_code}&source=widget"
    html = soup(client.get(address))
    # The form's hidden fields, which supporter_forms.js fills from the frame's own address.
    for name in ("partner", "source"):
        assert html.select_one(f"form input[type=hidden][name={name}]")["data-landing"] == name
    # With JavaScript: the fields as filled.
    fields = {"partner": partner.partner_code, "source": "widget"}
    client.post(submit_url(petition), {**signer(), **fields}, **FROM_OUR_FRAME)
    # Without: the post's Referer is the frame's address.
    client.post(
        submit_url(petition),
        signer(email="luis@example.org"),
        HTTP_REFERER=address,
        **FROM_OUR_FRAME,
    )
    signatures = Signature.objects.filter(page=petition, source_partner=partner)
    assert sorted(signatures.values_list("email_normalised", "source", "channel")) == [
        ("ana.reyes@example.org", "widget", "partner"),
        ("luis@example.org", "widget", "partner"),
    ]


def test_odd_values_in_the_widgets_address_are_not_shown(client, petition):
    response = client.get(petition.url + 'widget/?partner="><script>x</script>&source=<b>&x=1')
    assert response.status_code == 200
    assert "<script>x" not in response.content.decode() and "<b>" not in response.content.decode()


def test_the_widget_sets_and_needs_no_cookie(client, petition):
    client.cookies.clear()
    widget = client.get(petition.url + "widget/")
    sent = client.post(submit_url(petition), signer(), **FROM_OUR_FRAME)
    thanks = client.get(sent["Location"])
    for response in (widget, sent, thanks):
        assert not response.cookies
        assert "Set-Cookie" not in response
    assert "csrfmiddlewaretoken" not in widget.content.decode()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "https://hostile.example"},
        {"HTTP_ORIGIN": "https://hostile.example"},
        {"HTTP_ORIGIN": "null"},
    ],
    ids=["fetch-metadata", "origin", "sandboxed-frame"],
)
def test_a_hostile_page_cannot_post_the_widgets_form_for_its_readers(client, petition, headers):
    sent = client.post(submit_url(petition), signer(), **headers)
    assert sent.status_code == 403
    assert not Signature.objects.filter(email_normalised="ana.reyes@example.org").exists()
    # The main form refuses it the same way.
    main = client.post(f"/actions/pages/{petition.pk}/submit/", signer(), **headers)
    assert main.status_code == 403


def test_the_honeypot_is_told_thanks_inside_the_widget_and_nothing_is_stored(client, petition):
    sent = client.post(submit_url(petition), {**signer(), "fax_number": "555"}, **FROM_OUR_FRAME)
    assert sent["Location"] == petition.url + "widget/thanks/#thank-you"
    assert not Signature.objects.filter(email_normalised="ana.reyes@example.org").exists()


def test_a_closed_petitions_widget_says_so_and_refuses_in_the_widget(client):
    petition = make_petition(is_closed=True)
    html = soup(client.get(petition.url + "widget/"))
    assert "This petition is closed" in html.get_text()
    assert not html.select("form")
    refused = client.post(submit_url(petition), signer(), **FROM_OUR_FRAME)
    assert refused.status_code == 409
    assert soup(refused).select_one("body.widget")


def test_a_petition_signed_elsewhere_has_no_widget(client):
    petition = make_petition(external_url="https://actionnetwork.example/petitions/x")
    assert client.get(petition.url + "widget/").status_code == 404
    assert client.get(petition.url + "embed/").status_code == 404


def test_the_spanish_widget_is_in_spanish_and_lang_leads_to_it(client, petition):
    spanish = translate(petition, title="Liberen a todos", ask="Liberen a todos en Adelanto")
    for address in (spanish.url + "widget/", petition.url + "widget/?lang=es&source=widget"):
        widget = client.get(address)
        assert widget.status_code == 200
        assert_framable(widget)
        assert widget["Content-Language"] == "es"
    html = soup(widget)
    assert html.select_one("html")["lang"] == "es"
    assert html.select_one("h1").get_text(strip=True) == "Liberen a todos en Adelanto"
    assert html.select_one("button[type=submit]").get_text(strip=True) == "Firmar la petición"
    # One petition, one count, in both languages.
    assert html.select_one("[data-progress-count]").get_text() == "7"
    sent = client.post(f"/es/actions/pages/{spanish.pk}/submit/widget/", signer(), **FROM_OUR_FRAME)
    assert sent["Location"] == spanish.url + "widget/thanks/#thank-you"
    assert Signature.objects.get(email_normalised="ana.reyes@example.org").language == "es"
    english = soup(client.get(spanish.url + "widget/?lang=en"))
    assert english.select_one("h1").get_text(strip=True) == "Free everyone held at Adelanto"


def test_an_events_widget_shows_the_places_left_and_the_outcome_in_the_widget(client):
    event = make_event(title="Candlelight vigil", capacity=3)
    widget = client.get(event.url + "widget/")
    assert_framable(widget)
    html = soup(widget)
    assert html.select_one("h1").get_text(strip=True) == "Candlelight vigil"
    assert html.select_one("[data-places-left]").get_text() == "3"
    assert "PDT" in html.get_text() or "PST" in html.get_text()
    sent = client.post(
        f"/actions/pages/{event.pk}/submit/widget/",
        {**attendee(guests="1"), "source": "widget"},
        **FROM_OUR_FRAME,
    )
    assert sent["Location"] == event.url + "widget/going/#rsvp-done"
    going = soup(client.get(sent["Location"]))
    assert going.select_one("#rsvp-done h2").get_text() == "You have a place"
    assert RSVP.objects.get(page=event).party_size == 2
    assert (
        soup(client.get(event.url + "widget/")).select_one("[data-places-left]").get_text() == "1"
    )


def test_a_repeating_events_widget_asks_which_date_and_names_it_after(client):
    call = weekly_call(title="Organising call")
    first, second = (start.date().isoformat() for start, _end in call.occurrences()[:2])
    html = soup(client.get(call.url + "widget/"))
    choice = html.select_one("select[name=occurrence]")
    assert [option["value"] for option in choice.select("option")][:2] == [first, second]
    assert choice.select_one("option[selected]")["value"] == first
    sent = client.post(
        f"/actions/pages/{call.pk}/submit/widget/",
        {**attendee(occurrence=second), "source": "widget"},
        **FROM_OUR_FRAME,
    )
    assert sent["Location"] == f"{call.url}widget/going/?date={second}#rsvp-done"
    going = soup(client.get(sent["Location"]))
    assert going.select_one("#rsvp-done h2").get_text() == "You have a place"
    assert_framable(client.get(sent["Location"]))
    rsvp = RSVP.objects.get(page=call)
    assert rsvp.occurrence_start == call.occurrences()[1][0]


def test_the_public_embed_page_has_the_code_and_a_live_preview(client, petition):
    page = soup(client.get(petition.url))
    link = page.find("a", string="Put this petition on your site")
    assert link["href"] == petition.url + "embed/"
    embed = soup(client.get(link["href"]))
    assert embed.select_one("h1").get_text() == "Put this petition on your site"
    code = embed.select_one("textarea").get_text()
    assert f'src="http://testserver{petition.url}widget/?source=widget"' in code
    assert "/static/js/widget-resize.js" in code
    preview = embed.select_one("iframe.embed-code__preview")
    assert preview["src"] == petition.url + "widget/"


def test_one_cached_copy_of_the_widget_serves_every_partner(client, petition, settings):
    settings.PAGE_CACHE_SECONDS = 60
    assert client.get(petition.url + "widget/?partner=one&source=widget")["X-Page-Cache"] == "miss"
    again = client.get(petition.url + "widget/?partner=two")
    assert again["X-Page-Cache"] == "hit"
    assert_framable(again)
    assert "public" in again["Cache-Control"]
    assert not again.cookies
