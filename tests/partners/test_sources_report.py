"""Data stewards see where each action's counted actions came from (by source, by channel, and
partners ranked), and download the counts; each partner sees its own counts, and only its own,
through a private link nobody can guess."""

import csv
import io
from itertools import count

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from actions.models import Signature, SupporterExport
from campaigns.models import Organisation
from tests.actions.helpers import make_petition
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db
emails = count()


def add(petition, n: int, *, source="", channel="direct", partner=None, **fields) -> None:
    Signature.objects.bulk_create(
        Signature(
            page=petition,
            first_name="Secret",
            last_name="Signername",
            email_normalised=f"s{next(emails)}@example.org",
            source=source,
            channel=channel,
            source_partner=partner,
            **{"confirmed_at": timezone.now(), **fields},
        )
        for _ in range(n)
    )


def build_coalition() -> dict:
    petition = make_petition()
    dwn = OrganisationFactory(name="Detention Watch Network")
    bail = OrganisationFactory(name="Bail Fund")
    add(petition, 3, source="detention-watch-network", channel="partner", partner=dwn)
    add(petition, 5, source="email", channel="partner", partner=bail)
    add(petition, 2, source="facebook", channel="social")
    add(petition, 1)
    # Neither counts: held, and not confirmed.
    add(petition, 4, source="email", channel="partner", partner=dwn, moderation="held")
    add(petition, 4, source="email", channel="partner", partner=dwn, confirmed_at=None)
    other = make_petition(title="Close Adelanto", slug="close-adelanto")
    add(other, 7, source="sms", channel="partner", partner=bail)
    add(other, 2, source="sms", channel="partner", partner=dwn)
    return {"petition": petition, "other": other, "dwn": dwn, "bail": bail}


@pytest.fixture(scope="module")
def built_coalition(django_db_setup, django_db_blocker):
    """Two petitions and two partners, built once for the module inside a transaction rolled
    back after its last test (as tests/conftest.py's built_page_types)."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_coalition()
        transaction.set_rollback(True)


@pytest.fixture
def coalition(db, built_coalition) -> dict:
    """Read afresh for each test: a key one test rotates is not the next test's."""
    return {
        "petition": built_coalition["petition"],
        "other": built_coalition["other"],
        "dwn": Organisation.objects.get(pk=built_coalition["dwn"].pk),
        "bail": Organisation.objects.get(pk=built_coalition["bail"].pk),
    }


@pytest.fixture
def steward(django_user_model):
    user = django_user_model.objects.create_user("steward", "steward@example.org", "pw")
    user.groups.add(Group.objects.get(name="Data stewards"))
    return user


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("comms", "comms@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def report_url(page) -> str:
    return f"/admin/action-counts/{page.pk}/sources/"


def test_the_leaderboard_ranks_partners_by_their_counted_actions(client, steward, coalition):
    client.force_login(steward)

    response = client.get(report_url(coalition["petition"]))

    counts = response.context["counts"]
    assert counts.total == 11
    assert [(row.label, row.count) for row in counts.partners] == [
        ("Bail Fund", 5),
        ("Detention Watch Network", 3),
    ]
    assert [(row.code, row.count) for row in counts.sources] == [
        ("email", 5),
        ("detention-watch-network", 3),
        ("facebook", 2),
        ("", 1),
    ]
    assert {row.code: row.count for row in counts.channels} == {
        "partner": 8,
        "social": 2,
        "direct": 1,
    }
    assert b"Signername" not in response.content


def test_stewards_reach_the_sources_from_the_action_counts(client, steward, coalition):
    client.force_login(steward)

    assert report_url(coalition["petition"]).encode() in client.get("/admin/action-counts/").content


def test_the_counts_download_as_a_logged_spreadsheet_without_names(client, steward, coalition):
    client.force_login(steward)

    response = client.get(report_url(coalition["petition"]) + "?format=csv")

    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["breakdown", "code", "label", "count"]
    assert ["partner", str(coalition["bail"].pk), "Bail Fund", "5"] in rows
    assert ["source", "facebook", "facebook", "2"] in rows
    assert "Signername" not in response.content.decode()
    logged = SupporterExport.objects.get()
    assert (logged.kind, logged.with_names, logged.page_id) == (
        "sources",
        False,
        coalition["petition"].pk,
    )


def test_editors_without_the_supporter_data_permission_are_refused(client, editor, coalition):
    client.force_login(editor)

    assert client.get(report_url(coalition["petition"])).status_code == 403
    assert client.get(report_url(coalition["petition"]) + "?format=csv").status_code == 403
    assert b"/sources/" not in client.get("/admin/action-counts/").content
    assert not SupporterExport.objects.exists()


def test_a_partners_private_link_shows_only_its_own_counts(client, coalition):
    dwn = coalition["dwn"]

    response = client.get(f"/actions/partners/{dwn.partner_key}/")

    assert response.status_code == 200
    assert [(a.page.pk, a.count) for a in response.context["actions"]] == [
        (coalition["petition"].pk, 3),
        (coalition["other"].pk, 2),
    ]
    html = response.content.decode()
    assert "Detention Watch Network" in html
    assert "Bail Fund" not in html and "Signername" not in html
    assert response["Cache-Control"] == "private, no-store"
    assert "noindex" in response["X-Robots-Tag"]
    assert response["Referrer-Policy"] == "no-referrer"


def test_a_wrong_or_rotated_key_is_a_404(client, steward, coalition):
    dwn = coalition["dwn"]
    old = dwn.partner_key

    assert client.get(f"/actions/partners/{old[:-1]}x/").status_code == 404
    assert client.get("/actions/partners/short/").status_code == 404
    assert client.get("/actions/partners/<script>/").status_code == 404

    client.force_login(steward)
    rotate = f"/admin/partners/{dwn.pk}/new-private-link/"
    assert client.get(rotate).status_code == 200
    assert client.post(rotate).status_code == 302
    client.logout()

    new = Organisation.objects.get(pk=dwn.pk).partner_key
    assert new != old
    assert client.get(f"/actions/partners/{old}/").status_code == 404
    assert client.get(f"/actions/partners/{new}/").status_code == 200


def test_only_stewards_rotate_a_key_or_see_the_private_link(client, steward, editor, coalition):
    dwn = coalition["dwn"]
    edit = f"/admin/snippets/campaigns/organisation/edit/{dwn.pk}/"
    client.force_login(editor)
    assert client.post(f"/admin/partners/{dwn.pk}/new-private-link/").status_code == 403
    assert Organisation.objects.get(pk=dwn.pk).partner_key == dwn.partner_key

    client.force_login(steward)
    steward.user_permissions.add(*Permission.objects.filter(codename__endswith="organisation"))
    steward.user_permissions.add(Permission.objects.get(codename="access_admin"))
    html = client.get(edit).content.decode()
    assert f"/actions/partners/{dwn.partner_key}/" in html


def queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_report_and_the_private_link_cost_the_same_whatever_the_partners(
    client, steward, coalition
):
    client.force_login(steward)
    dwn = coalition["dwn"]
    report, private = report_url(coalition["petition"]), f"/actions/partners/{dwn.partner_key}/"
    queries(client, report), queries(client, private)  # warm what every page shares
    before = queries(client, report), queries(client, private)

    for n in range(3):
        more = make_petition(title=f"Petition {n}", slug=f"petition-{n}")
        add(more, 2, partner=dwn, channel="partner")
        add(coalition["petition"], 1, partner=OrganisationFactory(), channel="partner")

    assert (queries(client, report), queries(client, private)) == before
