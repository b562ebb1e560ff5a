"""Everything a stranger can send that is not a good-faith signature: each refusal says what
to fix and keeps what was typed; nothing bad is stored; nothing is ever a false success."""

from unittest import mock

import pytest
from django.core import mail
from django.db import OperationalError
from django.test import Client
from django.utils.html import escape

from actions.models import Signature

from .abuse_helpers import set_limits
from .helpers import signer

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("first_name", "", "Enter your first name."),
        ("first_name", "   ", "Enter your first name."),
        ("last_name", "", "Enter your last name."),
        ("email", "", "Enter your email address."),
        ("email", "ana@", "Enter your email address in the form name@example.org."),
        ("postcode", "", "Enter your ZIP or postcode."),
        ("postcode", "9*0!", "Enter your ZIP or postcode using letters, numbers and spaces"),
        ("phone", "call me maybe", "Enter a phone number using digits"),
        ("first_name", "Ana https://cheap-pills.example", "it cannot contain a web address"),
        ("last_name", "Visit www.spam.example", "it cannot contain a web address"),
        ("last_name", "Reyes cheap-pills.ru", "it cannot contain a web address"),
        ("first_name", '<a href="x">Ana</a>', "it cannot contain a web address"),
        ("first_name", "A" * 101, "Use 100 characters or fewer (you typed 101)."),
        ("comment", "x" * 1001, "Use 1000 characters or fewer (you typed 1001)."),
        ("email", "a" * 250 + "@example.org", "Use 254 characters or fewer"),
    ],
)
def test_bad_input_is_refused_with_a_plain_message_keeping_what_was_typed(
    client, petition, field, value, message
):
    data = signer(**{field: value})

    response = client.post(petition.url, data)

    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Please check your answers" in html
    assert 'aria-invalid="true"' in html
    for name, typed in data.items():
        if typed.strip() and len(typed) < 100 and name != "comment":
            assert f'value="{escape(typed)}"' in html, f"{name} lost what was typed"
    assert not Signature.objects.exists()
    assert not mail.outbox


def test_html_and_script_are_stored_as_text_and_always_shown_escaped(client, petition):
    script = "<script>alert('x')</script> & <b>bold</b>"
    refused = client.post(petition.url, signer(email="", comment=script))
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in refused.content.decode()
    assert "<script>alert" not in refused.content.decode()

    client.post(petition.url, signer(comment=script, last_name="O'Brien <i>"))
    signature = Signature.objects.get()
    assert signature.comment == script
    assert signature.last_name == "O'Brien <i>"


def test_a_post_to_the_page_address_without_a_csrf_token_is_refused_with_a_plain_page(petition):
    # No form posts to the page's own address any more; it keeps Django's check.
    strict = Client(enforce_csrf_checks=True)

    response = strict.post(petition.url, signer())

    assert response.status_code == 403
    assert "Please send the form again" in response.content.decode()
    assert not Signature.objects.exists()


def test_oversized_body_is_refused_before_it_is_read(client, petition, settings):
    response = client.post(petition.url, signer(comment="x" * 20_000))
    assert response.status_code == 413
    assert "What you sent is too large" in response.content.decode()

    settings.ACTIONS_MAX_POST_BYTES = 1000
    with mock.patch("django.middleware.csrf.CsrfViewMiddleware.process_view") as csrf:
        response = client.post(petition.url, signer(comment="x" * 2000))
    assert response.status_code == 413
    csrf.assert_not_called()
    assert not Signature.objects.exists()


def test_the_ceiling_pauses_one_address_and_keeps_what_was_typed(client, petition):
    set_limits(burst=2, ceiling=3)
    for n in range(3):
        assert client.post(petition.url, signer(email=f"p{n}@example.org")).status_code == 303

    response = client.post(petition.url, signer(email="fourth@example.org"))

    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    html = response.content.decode()
    assert "please wait a minute, then send again" in html
    assert 'value="fourth@example.org"' in html
    assert Signature.objects.count() == 3
    other_address = client.post(
        petition.url, signer(email="elsewhere@example.org"), REMOTE_ADDR="203.0.113.9"
    )
    assert other_address.status_code == 303


def test_the_limits_count_the_address_the_trusted_proxy_saw(client, petition, settings):
    set_limits(burst=1)
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    client.post(petition.url, signer(), HTTP_X_FORWARDED_FOR="1.1.1.1, 198.51.100.7")
    client.post(
        petition.url, signer(email="b@example.org"), HTTP_X_FORWARDED_FOR="2.2.2.2, 198.51.100.7"
    )
    # The forged left-hand address changed nothing: the second post is held.
    assert list(Signature.objects.order_by("created_at").values_list("moderation", flat=True)) == [
        "counted",
        "held",
    ]


def test_honeypot_gets_the_thank_you_redirect_and_stores_nothing(client, petition):
    human = client.post(petition.url, signer(email="human@example.org"))
    bot = client.post(petition.url, signer(email="bot@example.org", fax_number="555 0100"))

    assert (bot.status_code, bot["Location"]) == (human.status_code, human["Location"])
    assert list(Signature.objects.values_list("email", flat=True)) == ["human@example.org"]
    assert len(mail.outbox) == 1


def test_honeypot_is_hidden_from_people(client, petition):
    html = client.get(petition.url).content.decode()
    trap = html.split('class="action-form__trap"')[1].split("</div>")[0]
    assert 'aria-hidden="true"' in html.split('class="action-form__trap"')[1][:30]
    assert 'tabindex="-1"' in trap
    assert 'autocomplete="off"' in trap


def test_database_going_away_gives_please_try_again_never_a_success_page(client, petition):
    with mock.patch(
        "actions.mixins.petitions.sign_petition",
        side_effect=OperationalError("server closed the connection unexpectedly"),
    ):
        response = client.post(petition.url, signer(comment="Keep me"))

    assert response.status_code == 503
    assert response["Retry-After"]
    html = response.content.decode()
    assert "Please try again in a moment" in html
    assert "Nothing was saved yet" in html
    assert "Thank you" not in html
    assert '<input type="hidden" name="email" value="ana.reyes@example.org">' in html
    assert '<input type="hidden" name="comment" value="Keep me">' in html
    assert not Signature.objects.exists()
    assert not mail.outbox


def test_database_going_away_elsewhere_gives_a_503_page(client, petition):
    with mock.patch(
        "actions.views.petition_goals", side_effect=OperationalError("could not connect")
    ):
        response = client.get(f"/actions/petitions/{petition.pk}/count.json")
    assert response.status_code == 503
    assert "Please try again in a moment" in response.content.decode()


def test_other_methods_are_not_allowed(client, petition):
    assert client.put(petition.url, "x").status_code == 405
