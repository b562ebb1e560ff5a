"""Signing a petition: the happy path, duplicates, closing, goals, double opt-in."""

import datetime as dt
import logging

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from actions.models import PaperSignatures, Signature
from actions.services.counts import next_milestone, progress_for

from .helpers import make_petition, signer

pytestmark = pytest.mark.django_db


def count_json(client, page):
    response = client.get(f"/actions/petitions/{page.pk}/count.json")
    assert response.status_code == 200
    return response.json()


def test_signing_stores_the_signature_and_shows_the_thank_you_step(client, petition):
    response = client.post(petition.url, signer(opt_in="on", comment="For my cousin"))

    assert response.status_code == 303
    assert response["Location"] == petition.url + "thank-you/#thank-you"
    signature = Signature.objects.get(page=petition)
    assert (signature.first_name, signature.last_name) == ("Ana", "Reyes")
    assert signature.email_normalised == "ana.reyes@example.org"
    assert signature.opt_in is True
    assert signature.comment == "For my cousin"
    assert signature.confirmed_at is not None

    thanks = client.get(response["Location"])
    html = thanks.content.decode()
    assert "Thank you for signing" in html
    assert "https://x.com/intent/post?" in html
    assert "FreeThemAll" in html
    assert "I signed: release everyone held at Adelanto" in html
    assert 'href="https://donate.example.org/adelanto"' in html
    assert "Chip in $5 for the bail fund" in html
    assert count_json(client, petition) == {"count": 1, "goal": 10}


def test_the_form_posts_to_the_action_endpoint_which_signs_like_the_page(client, petition):
    endpoint = f"/actions/pages/{petition.pk}/submit/"
    assert f'action="{endpoint}#sign-errors"' in client.get(petition.url).content.decode()

    response = client.post(endpoint, signer())

    assert (response.status_code, response["Location"]) == (
        303,
        petition.url + "thank-you/#thank-you",
    )
    assert Signature.objects.filter(page=petition).count() == 1
    assert client.get(endpoint)["Location"] == petition.url
    refused = client.post(endpoint, signer(email="nope"))
    assert refused.status_code == 400
    assert 'value="Ana"' in refused.content.decode()


def test_the_action_endpoint_takes_nothing_for_other_or_unpublished_pages(client, petition):
    home = petition.get_parent()
    assert client.post(f"/actions/pages/{home.pk}/submit/", signer()).status_code == 404
    petition.unpublish()
    assert client.post(f"/actions/pages/{petition.pk}/submit/", signer()).status_code == 404
    assert not Signature.objects.exists()


def test_the_signer_gets_a_receipt_by_email(client, petition):
    client.post(petition.url, signer())

    (message,) = mail.outbox
    assert message.to == ["ana.reyes@example.org"]
    assert message.subject == "Thank you for signing: Free them all"
    assert "Dear Ana" in message.body
    assert "http://testserver" + petition.url in message.body


def test_the_opt_in_is_unticked_unless_the_signer_ticks_it(client, petition):
    page = client.get(petition.url).content.decode()
    assert 'type="checkbox" name="opt_in"' in page
    assert "checked" not in page.split('name="opt_in"')[1].split(">")[0]

    client.post(petition.url, signer())
    assert Signature.objects.get(page=petition).opt_in is False


def test_duplicate_signature_is_not_counted_twice_and_gets_the_same_response(client, petition):
    first = client.post(petition.url, signer())
    again = client.post(petition.url, signer(email="  Ana.Reyes+adelanto@EXAMPLE.org "))

    assert (again.status_code, again["Location"]) == (first.status_code, first["Location"])
    assert Signature.objects.filter(page=petition).count() == 1
    assert count_json(client, petition)["count"] == 1
    assert len(mail.outbox) == 1


def test_the_same_person_may_sign_different_petitions(client, petition):
    other = make_petition(title="Close Adelanto", slug="close-adelanto")
    client.post(petition.url, signer())
    client.post(other.url, signer())
    assert Signature.objects.filter(email_normalised="ana.reyes@example.org").count() == 2


@pytest.mark.parametrize(
    "closing",
    [{"is_closed": True}, {"closes_at": timezone.now() - dt.timedelta(minutes=1)}],
    ids=["closed-by-staff", "past-closing-date"],
)
def test_closed_petition_refuses_signatures_with_a_clear_message(client, closing):
    petition = make_petition(**closing)
    Signature.objects.create(
        page=petition,
        first_name="A",
        last_name="B",
        email_normalised="x",
        confirmed_at=timezone.now(),
    )

    response = client.post(petition.url, signer())

    assert response.status_code == 409
    html = response.content.decode()
    assert "closed before your signature arrived, so it was not added" in html
    assert "Final count:" in html
    assert 'name="first_name"' not in html
    assert Signature.objects.filter(page=petition).count() == 1


def test_petition_hosted_elsewhere_takes_no_signatures_here(client):
    petition = make_petition(external_url="https://actionnetwork.org/petitions/x")
    assert client.post(petition.url, signer()).status_code == 409
    assert not Signature.objects.filter(page=petition).exists()


def test_progress_bar_speaks_its_numbers(client, petition):
    for n in range(3):
        client.post(petition.url, signer(email=f"person{n}@example.org"))

    html = client.get(petition.url).content.decode()

    assert 'role="progressbar"' in html
    assert 'aria-valuenow="3"' in html
    assert 'aria-valuemax="10"' in html
    assert 'aria-valuetext="3 signatures of 10"' in html
    assert "of our <span data-progress-goal>10</span> goal" in html


def test_goal_reached_shows_the_editors_next_goal(client):
    petition = make_petition(goal=2, next_goal=50)
    for n in range(2):
        client.post(petition.url, signer(email=f"person{n}@example.org"))

    html = client.get(petition.url).content.decode()

    assert "We reached our first goal of 2 signatures. Help us get to 50!" in html
    assert count_json(client, petition) == {"count": 2, "goal": 50}


def test_goal_reached_without_a_next_goal_is_raised_automatically():
    assert progress_for(999, 1000).goal == 1000
    assert progress_for(1000, 1000).goal == 1500
    assert progress_for(1000, 1000, next_goal=800).goal == 1500
    assert progress_for(2100, 1000).goal == 2500
    assert progress_for(7600, 5000).goal == 10_000
    assert progress_for(1000, 1000).goal_reached
    assert not progress_for(999, 1000).goal_reached
    assert [next_milestone(n) for n in (0, 12, 140, 99_999)] == [10, 15, 150, 100_000]


def test_paper_signatures_add_to_the_count(client, petition):
    client.post(petition.url, signer())
    assert count_json(client, petition)["count"] == 1

    PaperSignatures.objects.create(page=petition, count=120, description="Clipboards at the vigil")

    assert count_json(client, petition)["count"] == 121


def test_double_opt_in_counts_a_signature_only_once_confirmed(client):
    petition = make_petition(require_confirmation=True)
    thanks = client.get(client.post(petition.url, signer())["Location"]).content.decode()

    assert "check your email" in thanks
    assert Signature.objects.get().confirmed_at is None
    assert count_json(client, petition)["count"] == 0
    (message,) = mail.outbox
    assert message.subject == "Confirm your signature: Free them all"
    confirm_url = next(line for line in message.body.splitlines() if "/confirm/" in line)
    confirm_path = confirm_url.replace("http://testserver", "")

    opened = client.get(confirm_path)
    assert opened.status_code == 200
    assert "Confirm my signature" in opened.content.decode()
    assert count_json(client, petition)["count"] == 0, "opening the link alone must not confirm"

    confirmed = client.post(confirm_path)
    assert confirmed.status_code == 303
    assert Signature.objects.get().confirmed_at is not None
    assert count_json(client, petition)["count"] == 1
    client.post(confirm_path)
    assert count_json(client, petition)["count"] == 1


def test_a_forged_confirmation_link_is_refused(client):
    petition = make_petition(require_confirmation=True)
    response = client.post(petition.url + "confirm/0123-abcd-forged/")
    assert response.status_code == 400
    assert "This confirmation link does not work" in response.content.decode()


def test_count_endpoint_gives_count_and_goal_only_to_any_site(client, petition):
    client.post(petition.url, signer(first_name="Zeferina", email="zeferina@example.org"))

    response = client.get(f"/actions/petitions/{petition.pk}/count.json")

    assert response.json() == {"count": 1, "goal": 10}
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Cache-Control"] == "public, max-age=5, s-maxage=5"
    assert "Set-Cookie" not in response
    assert b"Zeferina" not in response.content


def test_signers_details_never_appear_on_public_pages_search_or_logs(client, petition):
    records: list[logging.LogRecord] = []
    handler = logging.Handler(level=logging.DEBUG)
    handler.emit = records.append
    logging.getLogger().addHandler(handler)
    try:
        thanks = client.post(
            petition.url,
            signer(first_name="Zeferina", last_name="Quetzalli", email="zq@example.org"),
        )["Location"]
        client.post(petition.url, signer(first_name="Zeferina", email="zq+again@example.org"))
        client.post(petition.url, signer(first_name="Zeferina", email="zq@", postcode="!"))
        pages = [petition.url, thanks, f"/actions/petitions/{petition.pk}/count.json"]
        bodies = [client.get(url).content.decode() for url in pages]
        # The search page repeats the query; a result would show the other half of the name.
        bodies.append(
            client.get("/search/", {"query": "Zeferina"}).content.decode().replace("Zeferina", "")
        )
        bodies.append(
            client.get("/search/", {"query": "Quetzalli"}).content.decode().replace("Quetzalli", "")
        )
    finally:
        logging.getLogger().removeHandler(handler)

    logged = "\n".join(record.getMessage() for record in records)
    for text in [*bodies, logged]:
        assert "Zeferina" not in text
        assert "Quetzalli" not in text
        assert "zq@" not in text


def test_count_endpoint_knows_only_petitions(client, event):
    assert client.get(f"/actions/petitions/{event.pk}/count.json").status_code == 404
    assert client.get("/actions/petitions/999999/count.json").status_code == 404


def test_public_count_catches_up_with_the_database_within_the_cache_interval(
    client, petition, settings
):
    now = timezone.now()
    client.post(petition.url, signer())
    assert count_json(client, petition)["count"] == 1

    # Rows that arrive without moving the cached count (another server's cache, say).
    Signature.objects.create(
        page=petition,
        first_name="B",
        last_name="C",
        email_normalised="b@example.org",
        confirmed_at=now,
    )
    assert count_json(client, petition)["count"] == 1

    with freeze_time(now + dt.timedelta(seconds=settings.ACTIONS_COUNT_CACHE_SECONDS + 1)):
        assert count_json(client, petition)["count"] == 2


def test_editor_previews_a_new_petition_with_its_form_before_saving(admin_client, petition):
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=("campaigns", "petitionpage", petition.get_parent().pk),
    )
    data = nested_form_data(
        {
            "title": "Draft petition",
            "slug": "draft-petition",
            "ask": "Close Adelanto",
            "goal": "500",
            "body": streamfield([]),
            "demands": streamfield([]),
            "milestones": inline_formset([]),
            "push_dates": inline_formset([]),
            "target_links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )

    assert admin_client.post(url, data).json()["is_valid"]
    response = admin_client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Sign the petition" in html
    assert 'aria-valuenow="0"' in html
