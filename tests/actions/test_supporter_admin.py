"""Supporter data in the admin: only Data stewards see names and contact details; everyone
else in the admin sees counts. Exports cannot carry spreadsheet formulas."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from actions.models import RSVP, Endorsement, PaperSignatures, Signature

pytestmark = pytest.mark.django_db

LISTS = ["/admin/actions/signature/", "/admin/actions/rsvp/", "/admin/actions/endorsement/"]


@pytest.fixture
def supporters(petition, event, statement):
    Signature.objects.create(
        page=petition,
        first_name='=HYPERLINK("http://evil.example","click")',
        last_name="@SUM(A1)",
        email="zeferina@example.org",
        email_normalised="zeferina@example.org",
        postcode="90012",
        phone="+1 213 555 0100",
        comment="-2+3",
        confirmed_at=timezone.now(),
    )
    RSVP.objects.create(
        page=event,
        name="Luis Ortega",
        email="luis@example.org",
        email_normalised="luis@example.org",
    )
    Endorsement.objects.create(
        page=statement, organisation_name="+Org", contact_email="contact@org.example"
    )


def csv_rows(response) -> list[list[str]]:
    body = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(body)))


def test_the_data_stewards_group_holds_the_supporter_data_permission():
    group = Group.objects.get(name="Data stewards")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {
        "view_supporter_data",
        "access_admin",
        "add_papersignatures",
        "change_endorsement",
    } <= codenames


@pytest.mark.parametrize("url", LISTS)
def test_comms_staff_cannot_open_or_export_supporter_data(client, comms_staff, supporters, url):
    client.force_login(comms_staff)
    model = {"signature": Signature, "rsvp": RSVP, "endorsement": Endorsement}[url.split("/")[3]]
    record = model.objects.order_by("-pk").first()
    for address in (url, url + "?export=csv", url + "?export=xlsx", f"{url}inspect/{record.pk}/"):
        response = client.get(address)
        assert response.status_code in (302, 403), address
        assert b"zeferina@example.org" not in b"".join(
            getattr(response, "streaming_content", [response.content])
        )


def test_comms_staff_see_counts_but_no_names(client, comms_staff, supporters, petition):
    client.force_login(comms_staff)

    menu = client.get("/admin/").content.decode()
    response = client.get("/admin/action-counts/")

    assert "Supporters" not in menu
    assert response.status_code == 200
    html = response.content.decode()
    assert petition.title in html
    assert "zeferina" not in html.lower()
    assert "Luis Ortega" not in html
    assert "visible only to Data stewards" in html


@pytest.mark.parametrize(
    ("url", "shown"),
    zip(LISTS, ["zeferina@example.org", "luis@example.org", "contact@org.example"], strict=True),
)
def test_data_steward_can_open_supporter_lists(client, data_steward, supporters, url, shown):
    client.force_login(data_steward)
    response = client.get(url, {"q": shown})
    assert response.status_code == 200
    html = response.content.decode()
    assert shown in html
    assert "1 out of" in html


def test_data_steward_can_search_and_filter_signatures(client, data_steward, supporters, petition):
    client.force_login(data_steward)
    found = client.get("/admin/actions/signature/", {"q": "zeferina", "petition": petition.pk})
    assert "zeferina@example.org" in found.content.decode()
    missed = client.get("/admin/actions/signature/", {"status": "awaiting"})
    assert "zeferina@example.org" not in missed.content.decode()


def test_exported_cells_that_start_a_formula_are_neutralised(client, data_steward, supporters):
    client.force_login(data_steward)

    response = client.get("/admin/actions/signature/?export=csv")

    assert response["Content-Disposition"] == 'attachment; filename="signatures.csv"'
    heading, row = csv_rows(response)
    record = dict(zip(heading, row, strict=True))
    assert record["First name"] == '\'=HYPERLINK("http://evil.example","click")'
    assert record["Last name"] == "'@SUM(A1)"
    assert record["Comment"] == "'-2+3"
    assert record["Phone"] == "'+1 213 555 0100"
    assert record["Email"] == "zeferina@example.org"
    assert record["Wants campaign news"] == "no"
    endorsers = csv_rows(client.get("/admin/actions/endorsement/?export=csv&q=Org"))
    assert endorsers[1][0] == "'+Org"


def test_data_steward_adds_paper_signatures_to_a_petition(client, data_steward, petition):
    client.force_login(data_steward)
    response = client.post(
        "/admin/actions/papersignatures/create/",
        {"page": petition.pk, "count": 250, "description": "Clipboards at the vigil"},
    )
    assert response.status_code == 302
    batch = PaperSignatures.objects.get(page=petition)
    assert (batch.count, batch.added_by) == (250, data_steward)
    count = client.get(f"/actions/petitions/{petition.pk}/count.json").json()["count"]
    assert count == 250


def test_signatures_cannot_be_created_or_edited_in_the_admin(client, admin_user, supporters):
    client.force_login(admin_user)
    signature = Signature.objects.get()
    assert client.get("/admin/actions/signature/create/").status_code in (302, 403)
    assert client.get(f"/admin/actions/signature/edit/{signature.pk}/").status_code in (302, 403)


def test_each_status_filter_lists_exactly_the_signatures_shown_with_that_status(
    client, data_steward, petition
):
    now = timezone.now()
    dates = {
        "counted": {"confirmed_at": now},
        "awaiting": {},
        "anonymised": {"confirmed_at": now, "anonymised_at": now},
        "held": {"confirmed_at": now, "moderation": "held"},
        "rejected": {"moderation": "rejected"},
    }
    for status, fields in dates.items():
        address = f"{status}@example.org"
        Signature.objects.create(
            page=petition,
            first_name=status,
            last_name="Signer",
            email=address,
            email_normalised=address,
            **fields,
        )
    client.force_login(data_steward)
    for status, label in Signature.Status.choices:
        html = client.get("/admin/actions/signature/", {"status": status}).content.decode()
        assert str(label) in html
        shown = {other for other in dates if f"{other}@example.org" in html}
        assert shown == {status}, f"the {label!r} filter lists {shown}"
