"""Endorsements waiting for review are never forgotten: reviewers see how many wait on their
dashboard, and are emailed (by the task worker) when one arrives."""

import logging

import pytest
from django.core import mail
from django_tasks import default_task_backend

from actions.models import Endorsement

from .test_endorsements import organisation

pytestmark = pytest.mark.django_db

PANEL = "Endorsements waiting for review"


@pytest.fixture
def waiting(statement):
    for name in ("Alpha Collective", "Beta Coalition"):
        Endorsement.objects.create(page=statement, organisation_name=name)


def reviewer_mail(address: str) -> list:
    return [message for message in mail.outbox if message.to == [address]]


def test_reviewers_see_how_many_endorsements_wait_with_a_link_to_them(
    client, data_steward, waiting
):
    pending = Endorsement.objects.filter(status="pending").count()
    client.force_login(data_steward)

    html = client.get("/admin/").content.decode()

    assert PANEL in html
    panel = html.split(PANEL)[1]
    assert f"<strong>{pending}</strong> endorsements are waiting for review" in panel
    assert 'href="/admin/actions/endorsement/?status=pending"' in panel
    review_list = client.get("/admin/actions/endorsement/?status=pending").content.decode()
    assert "Alpha Collective" in review_list


def test_the_panel_says_so_when_nothing_waits(client, data_steward):
    Endorsement.objects.filter(status="pending").update(status="approved")
    client.force_login(data_steward)

    html = client.get("/admin/").content.decode()

    assert "No endorsements are waiting for review." in html


def test_people_who_cannot_review_do_not_see_the_panel(client, comms_staff, waiting):
    client.force_login(comms_staff)

    html = client.get("/admin/").content.decode()

    assert PANEL not in html
    assert "Alpha Collective" not in html


def test_reviewers_are_emailed_when_an_endorsement_arrives_and_others_are_not(
    client, statement, data_steward, comms_staff
):
    client.post(statement.url, organisation())

    [notice] = reviewer_mail(data_steward.email)
    assert notice.subject == "Endorsement waiting for review: Stand with immigrant families"
    assert "Inland Empire Immigrant Youth Collective" in notice.body
    assert "http://testserver/admin/actions/endorsement/?status=pending" in notice.body
    assert "rosa@ieiyc.example.org" not in notice.body
    assert "Rosa Martinez" not in notice.body
    assert not reviewer_mail(comms_staff.email)


def test_the_reviewer_email_is_queued_for_the_task_worker_not_sent_in_the_request(
    client, statement, data_steward, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}

    response = client.post(statement.url, organisation())

    assert response.status_code == 303
    assert not mail.outbox
    queued = [result.task.name for result in default_task_backend.results]
    assert "notify_endorsement_reviewers" in queued
    endorsement = Endorsement.objects.get(organisation_name__startswith="Inland")
    [task] = [
        r for r in default_task_backend.results if r.task.name == "notify_endorsement_reviewers"
    ]
    assert task.args == [endorsement.pk]  # an id, never the contact's details


def test_without_reviewers_the_managers_are_told(client, statement, settings, django_user_model):
    django_user_model.objects.filter(is_superuser=True).update(email="")
    django_user_model.objects.filter(groups__name="Data stewards").update(email="")
    settings.MANAGERS = [("Campaign office", "office@example.org")]

    client.post(statement.url, organisation())

    [notice] = reviewer_mail("office@example.org")
    assert "Endorsement waiting for review" in notice.subject


def test_with_nobody_to_tell_a_log_line_says_so_without_personal_data(
    client, statement, settings, django_user_model, caplog
):
    django_user_model.objects.filter(is_superuser=True).update(email="")
    django_user_model.objects.filter(groups__name="Data stewards").update(email="")
    settings.MANAGERS = []

    with caplog.at_level(logging.WARNING, logger="actions.tasks"):
        client.post(statement.url, organisation())

    [line] = [r.getMessage() for r in caplog.records if r.name == "actions.tasks"]
    assert "waiting for review, but nobody was told" in line
    assert "rosa" not in line.lower() and "Inland" not in line
    assert [m.to for m in mail.outbox] == [["rosa@ieiyc.example.org"]]
