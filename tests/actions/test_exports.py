"""Exports and admin lists as a data steward reads them: the admin's words for headings and
statuses, and every time in the campaign's zone with the zone named."""

import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from actions.models import RSVP, Endorsement, Signature

pytestmark = pytest.mark.django_db

# 00:00 UTC on 21 October 2017 is 17:00 on the 20th in Los Angeles (daylight time), and
# 20:00 UTC on 15 January is 12:00 there (standard time).
SUMMER = dt.datetime(2017, 10, 21, 0, 0, tzinfo=dt.UTC)
WINTER = dt.datetime(2018, 1, 15, 20, 0, tzinfo=dt.UTC)


@pytest.fixture
def records(petition, event, statement):
    Signature.objects.create(
        page=petition,
        first_name="Ana",
        last_name="Reyes",
        email="ana@example.org",
        email_normalised="ana@example.org",
        postcode="90012",
        opt_in=True,
        created_at=SUMMER,
        confirmed_at=WINTER,
    )
    RSVP.objects.create(
        page=event,
        name="Luis Ortega",
        email="luis@example.org",
        email_normalised="luis@example.org",
        status=RSVP.Status.WAITLIST,
        created_at=SUMMER,
    )
    endorsement = Endorsement.objects.create(
        page=statement,
        organisation_name="=Zzyzx Org",
        scope="California",
        contact_email="c@org.example",
    )
    Endorsement.objects.filter(pk=endorsement.pk).update(submitted_at=WINTER)


def exported(client, url: str, export_format: str) -> list[dict]:
    joiner = "&" if "?" in url else "?"
    body = b"".join(client.get(f"{url}{joiner}export={export_format}").streaming_content)
    if export_format == "csv":
        rows = list(csv.reader(io.StringIO(body.decode())))
    else:
        rows = [list(row) for row in load_workbook(io.BytesIO(body)).active.values]
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_signature_export_has_admin_headings_and_zoned_times(
    client, data_steward, records, export_format
):
    client.force_login(data_steward)

    [row] = exported(client, "/admin/actions/signature/", export_format)

    assert list(row) == [
        "First name",
        "Last name",
        "Email",
        "ZIP or postcode",
        "Phone",
        "Wants campaign news",
        "Comment",
        "Petition",
        "Signed at (PST/PDT)",
        "Confirmed at (PST/PDT)",
        "Counts?",
        "Why held or rejected",
        "Language",
    ]
    assert row["Language"] == "English"
    assert row["Counts?"] == "Counted"
    assert row["ZIP or postcode"] == "90012"
    assert row["Wants campaign news"] == "yes"
    assert row["Signed at (PST/PDT)"] == "2017-10-20 17:00 PDT"
    assert row["Confirmed at (PST/PDT)"] == "2018-01-15 12:00 PST"


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_rsvp_export_shows_status_labels_and_the_rsvp_time_in_the_campaign_zone(
    client, data_steward, records, export_format
):
    client.force_login(data_steward)

    [row] = exported(client, "/admin/actions/rsvp/", export_format)

    assert row["Status"] == "On the waitlist"
    assert row["RSVP'd at (PST/PDT)"] == "2017-10-20 17:00 PDT"
    assert "Rsvpd At" not in row and "going" not in row.values()


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_endorsement_export_keeps_neutralising_formulas_and_shows_review_words(
    client, data_steward, records, export_format
):
    client.force_login(data_steward)

    # The statement's other endorsers are in the list too: find ours.
    [row] = exported(client, "/admin/actions/endorsement/?q=Zzyzx", export_format)

    assert row["Organisation name"] == "'=Zzyzx Org"
    assert row["Status"] == "Waiting for review"
    assert row["National or state"] == "California"
    assert row["Submitted at (PST/PDT)"] == "2018-01-15 12:00 PST"
    assert row["Reviewed at (PST/PDT)"] in ("", None)


@pytest.mark.parametrize(
    ("url", "heading", "value"),
    [
        ("/admin/actions/signature/", "Signed at (PST/PDT)", "Fri 20 Oct 2017, 17:00 PDT"),
        ("/admin/actions/rsvp/", "RSVP&#x27;d at (PST/PDT)", "Fri 20 Oct 2017, 17:00 PDT"),
        (
            "/admin/actions/endorsement/?q=Zzyzx",
            "Submitted at (PST/PDT)",
            "Mon 15 Jan 2018, 12:00 PST",
        ),
    ],
)
def test_admin_lists_name_the_zone_of_every_date(
    client, data_steward, records, url, heading, value
):
    client.force_login(data_steward)

    html = client.get(url).content.decode()

    assert heading in html
    assert value in html
    assert "Page title" not in html  # the column names the page's kind: Petition, Event…


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_export_survives_control_characters_in_any_stored_value(
    client, data_steward, petition, export_format, caplog
):
    # Stored before the email field refused them, or by an import: XLSX cannot hold these.
    Signature.objects.create(
        page=petition,
        first_name="\x1b[31mAna\x07",
        last_name="Re\x0cyes",
        email='"\x01\x1b[31m"@example.org',
        email_normalised='"\x01\x1b[31m"@example.org',
        comment="-1+1\x08 line\nbreak\tkept",
    )
    client.force_login(data_steward)

    with caplog.at_level("DEBUG"):
        [row] = exported(client, "/admin/actions/signature/", export_format)

    assert row["First name"] == "\ufffd[31mAna\ufffd"
    assert row["Last name"] == "Re\ufffdyes"
    assert row["Email"] == '"\ufffd\ufffd[31m"@example.org'
    assert row["Comment"] == "'-1+1\ufffd line\nbreak\tkept", "formulas are still neutralised"
    assert "example.org" not in caplog.text
