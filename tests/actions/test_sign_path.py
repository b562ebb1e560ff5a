"""The sign request during a burst: validate, check the rate, insert one row, queue the email,
303 to a thank-you step that is the same for every signer. Its query count is pinned."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageViewRestriction

from actions.models import Signature

from .abuse_helpers import set_limits
from .helpers import attendee, make_petition, signer

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def queued_tasks(settings):
    """Tasks stored for the worker, as in production, instead of run inline."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def post(page, data: dict):
    with CaptureQueriesContext(connection) as queries:
        response = Client().post(f"/actions/pages/{page.pk}/submit/", data)
    return response, len(queries)


def test_a_signature_costs_two_queries(petition):
    post(petition, signer(email="first@example.org"))  # this process learns the page's type

    response, queries = post(petition, signer())

    # The page (live, public, its own type); the signature and its email task, one statement.
    assert (response.status_code, queries) == (303, 2)
    assert Signature.objects.filter(page_id=petition.pk).count() == 2
    assert DBTaskResult.objects.filter(task_path__endswith="send_signature_email").count() == 2


def test_a_processs_first_signature_on_a_page_costs_one_more_query(petition):
    post(petition, signer())  # warms what every page shares: site root paths, content types
    other = make_petition(title="Close Adelanto", slug="close-adelanto")

    assert post(other, signer())[1] == 3  # this page's type, once per process
    assert post(other, signer(email="second@example.org"))[1] == 2


def test_signing_twice_is_the_same_answer_without_a_second_row_or_email(petition):
    first, _ = post(petition, signer())

    again, queries = post(petition, signer(email=" ANA.Reyes+again@Example.org "))

    assert again.status_code == 303 and again["Location"] == first["Location"]
    assert queries == 2  # the statement stores no email task for a duplicate
    assert Signature.objects.count() == 1
    assert DBTaskResult.objects.filter(task_path__endswith="send_signature_email").count() == 1


def test_beyond_the_burst_the_lean_path_holds_in_as_many_queries_without_an_email(petition):
    set_limits(burst=2)
    results = [post(petition, signer(email=f"s{n}@example.org")) for n in range(3)]

    assert [r.status_code for r, _ in results] == [303, 303, 303]
    assert results[2][1] == 2  # the page; the held signature (no email task)
    assert Signature.objects.filter(moderation="held").count() == 1
    assert DBTaskResult.objects.filter(task_path__endswith="send_signature_email").count() == 2


def test_the_thank_you_step_is_the_same_for_every_signer_and_sets_no_cookie(petition):
    browsers = {"Ana": Client(), "Zeferina": Client()}
    locations = {
        browser.post(
            f"/actions/pages/{petition.pk}/submit/",
            signer(first_name=name, email=f"{name}@example.org"),
        )["Location"]
        for name, browser in browsers.items()
    }
    assert locations == {petition.url + "thank-you/#thank-you"}
    steps = []
    for browser in browsers.values():
        thanks = browser.get(petition.url + "thank-you/")
        assert thanks.status_code == 200 and not thanks.cookies
        # Each render has its own script nonce (the page cache then serves one render to all).
        steps.append(re.sub(rb'nonce="[^"]*"', b'nonce=""', thanks.content))
    assert steps[0] == steps[1]
    assert b"Zeferina" not in steps[1] and b"Thank you for signing" in steps[1]


def test_a_petition_behind_a_view_restriction_takes_no_signatures(petition):
    PageViewRestriction.objects.create(
        page=petition.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    assert post(petition, signer())[0].status_code == 404
    assert not Signature.objects.exists()


def test_an_rsvp_learns_of_a_repeat_from_its_insert(event):
    post(event, attendee(email="first@example.org"))
    response, queries = post(event, attendee())
    # The page, BEGIN, the event's lock, places taken, the insert (which finds a repeat),
    # the email task, COMMIT.
    assert (response.status_code, queries) == (303, 7)


def test_the_email_queued_with_a_signature_reaches_the_signer_when_the_worker_runs(
    petition, mailoutbox
):
    post(petition, signer(email="ana@example.org"))

    # What the worker does with the row it takes from the queue.
    rows = DBTaskResult.objects.ready().filter(task_path__endswith="send_signature_email")
    queued = rows.get().task_result
    assert queued.task.call(*queued.args, **queued.kwargs) == "sent receipt"
    assert [message.to for message in mailoutbox] == [["ana@example.org"]]
