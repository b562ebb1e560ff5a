"""The "Get campaign updates" signup in the site footer: stored once per person with explicit
consent, protected like every other public form, visible only to Data stewards."""

import csv
import datetime as dt
import io
from unittest import mock

import pytest
from django.db import IntegrityError, OperationalError
from django.test import Client
from django.utils import timezone
from django.utils.html import escape
from openpyxl import load_workbook

from actions.forms import UpdatesSignupForm
from actions.models import UpdatesSignup
from actions.services.retention import anonymise_supporters
from campaigns.models import HomePage

from .abuse_helpers import set_limits

pytestmark = pytest.mark.django_db

URL = "/actions/updates/"


def signup(**overrides) -> dict:
    return {
        "name": "Rosa Martínez",
        "email": "Rosa.Martinez+news@Example.org",
        "postcode": "92301",
        "opt_in": "on",
        **overrides,
    }


def test_every_page_footer_offers_the_signup_form_with_phone_friendly_fields(client, petition):
    for url in (HomePage.objects.get().url, petition.url):
        html = client.get(url).content.decode()
        footer = html.split('<footer class="site-footer">')[1]
        assert "Get campaign updates" in footer
        assert f'action="{URL}#updates-errors"' in footer
        assert "csrfmiddlewaretoken" not in footer
        assert '<label class="action-field__label" for="updates_email">Your email' in footer
        assert 'type="email" name="email"' in footer and 'autocomplete="email"' in footer
        assert 'autocomplete="name"' in footer
        assert 'autocomplete="postal-code"' in footer and 'inputmode="numeric"' in footer
        box = (
            footer.split('name="opt_in"')[0].rsplit("<input", 1)[1]
            + footer.split('name="opt_in"')[1].split(">")[0]
        )
        assert 'type="checkbox"' in box and "checked" not in box
    # The footer's ids never clash with the petition form's on the same page.
    assert html.count('id="id_email"') == 1


def test_signing_up_stores_one_record_with_the_consent_and_thanks_with_a_next_step(
    client, petition
):
    response = client.post(URL, signup())

    assert response.status_code == 303
    assert response["Location"] == "/actions/updates/thank-you/#updates-done"
    record = UpdatesSignup.objects.get()
    assert (record.name, record.email, record.postcode) == (
        "Rosa Martínez",
        "Rosa.Martinez+news@Example.org",
        "92301",
    )
    assert record.email_normalised == "rosa.martinez@example.org"
    assert record.consent == UpdatesSignupForm.consent_text
    thanks = client.get(response["Location"]).content.decode()
    assert "Thank you: you will hear from us" in thanks
    assert "sign a petition" in thanks
    assert f'href="{petition.url}"' in thanks


def test_a_second_signup_with_the_same_address_is_not_a_second_record(client):
    first = client.post(URL, signup())
    again = client.post(URL, signup(name="Rosa M", email="rosa.martinez@example.org"))

    assert first["Location"] == again["Location"]
    assert UpdatesSignup.objects.count() == 1
    assert UpdatesSignup.objects.get().name == "Rosa Martínez"


def test_the_database_refuses_two_signups_for_one_address():
    UpdatesSignup.objects.create(name="A", email="a@example.org", email_normalised="a@example.org")
    with pytest.raises(IntegrityError):
        UpdatesSignup.objects.create(
            name="B", email="A+x@example.org", email_normalised="a@example.org"
        )


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "rosa@", "Enter your email address in the form name@example.org."),
        ("email", "", "Enter your email address."),
        ("opt_in", "", "Tick the box to say you want our emails."),
        ("name", "", "Enter your name."),
        ("name", "Rosa https://spam.example", "it cannot contain a web address"),
        ("postcode", "9*0!", "Enter your ZIP or postcode using letters, numbers and spaces"),
        ("name", "R" * 151, "Use 150 characters or fewer (you typed 151)."),
    ],
)
def test_bad_input_gets_a_clear_error_and_keeps_what_was_typed(client, field, value, message):
    data = signup(**{field: value})
    if not value:
        del data[field]

    response = client.post(URL, data)

    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Please check your answers" in html
    assert 'aria-invalid="true"' in html
    for name in ("name", "email", "postcode"):
        if data.get(name) and len(data[name]) < 100:
            assert f'value="{escape(data[name])}"' in html, f"{name} lost what was typed"
    assert html.count('name="email"') == 1  # the page's form only, not the footer's too
    assert not UpdatesSignup.objects.exists()


def test_missing_opt_in_leaves_the_box_unticked_and_explains_it_next_to_the_box(client):
    html = client.post(URL, signup(opt_in="")).content.decode()
    box = html.split('id="updates_opt_in_error"')[1].split("</div>")[0]
    assert "Tick the box to say you want our emails." in box
    assert "checked" not in box


def test_a_post_from_another_website_is_refused_with_a_plain_page():
    response = Client(enforce_csrf_checks=True).post(
        URL, signup(), headers={"Origin": "https://hostile.example", "Sec-Fetch-Site": "cross-site"}
    )

    assert response.status_code == 403
    assert "this form was sent from a page on another website" in response.content.decode()
    assert not UpdatesSignup.objects.exists()


def test_a_post_from_our_own_cached_footer_needs_no_cookie():
    response = Client(enforce_csrf_checks=True).post(
        URL, signup(), headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"}
    )

    assert response.status_code == 303
    assert UpdatesSignup.objects.count() == 1


def test_oversized_post_is_refused(client):
    response = client.post(URL, signup(postcode="9" * 20_000))

    assert response.status_code == 413
    assert "What you sent is too large" in response.content.decode()
    assert not UpdatesSignup.objects.exists()


def test_html_in_fields_is_stored_as_text_and_shown_escaped(client, data_steward):
    name = "<b>Rosa</b> & <script>alert(1)</script>"
    client.post(URL, signup(name=name))
    assert UpdatesSignup.objects.get().name == name

    refused = client.post(URL, signup(name=name, email="nope")).content.decode()
    assert escape(name) in refused and "<script>alert(1)" not in refused

    client.force_login(data_steward)
    listing = client.get("/admin/actions/updatessignup/").content.decode()
    assert escape(name) in listing and "<script>alert(1)" not in listing


def test_honeypot_gets_the_thank_you_and_stores_nothing(client):
    response = client.post(URL, signup(fax_number="555 0100"))

    assert response.status_code == 303
    assert response["Location"] == "/actions/updates/thank-you/#updates-done"
    assert not UpdatesSignup.objects.exists()


def test_the_ceiling_pauses_one_address_and_keeps_what_was_typed(client):
    set_limits(burst=1, ceiling=2)
    for n in range(2):
        assert client.post(URL, signup(email=f"s{n}@example.org")).status_code == 303

    response = client.post(URL, signup(email="third@example.org"))

    assert response.status_code == 429
    assert 'value="third@example.org"' in response.content.decode()
    assert list(UpdatesSignup.objects.order_by("email").values_list("moderation", flat=True)) == [
        "counted",
        "held",
    ]


def test_database_going_away_gives_please_try_again_with_the_answers_kept(client):
    with mock.patch(
        "actions.signup_views.sign_up_for_updates",
        side_effect=OperationalError("server closed the connection unexpectedly"),
    ):
        response = client.post(URL, signup())

    assert response.status_code == 503
    html = response.content.decode()
    assert "Please try again in a moment" in html
    assert '<input type="hidden" name="email" value="Rosa.Martinez+news@Example.org">' in html
    assert '<input type="hidden" name="opt_in" value="on">' in html
    assert "Thank you" not in html


def test_the_form_page_works_on_its_own_for_a_get(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert "<h1>Get campaign updates</h1>" in response.content.decode()


def csv_rows(response) -> list[list[str]]:
    body = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(body)))


def test_data_stewards_see_and_export_signups(client, data_steward):
    client.post(URL, signup(name="=HYPERLINK(1)"))
    client.force_login(data_steward)

    listing = client.get("/admin/actions/updatessignup/")
    menu = client.get("/admin/").content.decode()
    heading, row = csv_rows(client.get("/admin/actions/updatessignup/?export=csv"))
    workbook = load_workbook(
        io.BytesIO(
            b"".join(client.get("/admin/actions/updatessignup/?export=xlsx").streaming_content)
        )
    )

    assert "Email signups" in menu
    assert "Rosa.Martinez+news@Example.org" in listing.content.decode()
    assert heading == [
        "Name",
        "Email",
        "ZIP or postcode",
        "Agreed to",
        "Signed up at (PST/PDT)",
        "Counts?",
        "Language",
    ]
    assert row[0] == "'=HYPERLINK(1)"
    assert row[3] == UpdatesSignupForm.consent_text
    assert row[4].endswith((" PST", " PDT"))
    sheet = list(workbook.active.values)
    assert list(sheet[0]) == heading
    assert sheet[1][1] == "Rosa.Martinez+news@Example.org"


def test_comms_staff_cannot_see_or_export_signups(client, comms_staff):
    client.post(URL, signup())
    client.force_login(comms_staff)

    for suffix in ("", "?export=csv", "?export=xlsx"):
        response = client.get("/admin/actions/updatessignup/" + suffix)
        assert response.status_code in (302, 403)
        assert b"Rosa" not in b"".join(getattr(response, "streaming_content", [response.content]))
    assert "Email signups" not in client.get("/admin/").content.decode()


def test_signups_never_show_on_public_pages(client, petition):
    client.post(URL, signup(name="Zeferina Quux"))
    public = [
        HomePage.objects.get().url,
        petition.url,
        "/search/?query=Quux",  # the query is shown back; the other name must not be
        "/feeds/updates/",
        URL + "thank-you/",
    ]
    for url in public:
        response = client.get(url, follow=True)
        body = response.content.decode()
        assert "Zeferina" not in body, url
        assert "rosa.martinez" not in body.lower(), url


def test_signups_are_deleted_once_the_consent_is_too_old(settings):
    settings.ACTIONS_SIGNUP_KEEP_DAYS = 30
    now = timezone.now()
    old = UpdatesSignup.objects.create(
        name="Old",
        email="old@example.org",
        email_normalised="old@example.org",
        created_at=now - dt.timedelta(days=31),
    )
    UpdatesSignup.objects.create(
        name="New",
        email="new@example.org",
        email_normalised="new@example.org",
        created_at=now - dt.timedelta(days=29),
    )

    dry = anonymise_supporters(90, now=now, dry_run=True)
    assert dry.signups_removed == 1 and UpdatesSignup.objects.count() == 2
    report = anonymise_supporters(90, now=now)

    assert report.signups_removed == 1
    assert "1 expired email signups removed" in report.summary
    assert list(UpdatesSignup.objects.values_list("name", flat=True)) == ["New"]
    assert not UpdatesSignup.objects.filter(pk=old.pk).exists()
