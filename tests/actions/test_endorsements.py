"""Organisations joining a statement: the form, moderation, and the CSV import."""

import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from PIL import Image

from actions.models import Endorsement

pytestmark = pytest.mark.django_db


def organisation(**overrides) -> dict:
    return {
        "organisation_name": "Inland Empire Immigrant Youth Collective",
        "website": "ieiyc.example.org",
        "scope": "California",
        "contact_name": "Rosa Martinez",
        "contact_email": "rosa@ieiyc.example.org",
        **overrides,
    }


def png(size: tuple[int, int] = (40, 40)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, "red").save(buffer, "PNG")
    return SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")


def test_joining_waits_for_review_and_says_so(client, statement):
    response = client.post(statement.url, organisation())

    assert response.status_code == 303
    page = client.get(response["Location"]).content.decode()
    assert "It will appear in the list once our team has reviewed it" in page
    entry = Endorsement.objects.get(page=statement)
    assert (entry.status, entry.website, entry.scope) == (
        "pending",
        "https://ieiyc.example.org",
        "California",
    )
    assert "Inland Empire Immigrant Youth Collective" not in page.split("join-heading")[0]
    assert "rosa@ieiyc.example.org" not in page
    assert mail.outbox[0].subject == "We received your endorsement: Stand with immigrant families"


def test_approved_endorsers_appear_in_their_state_and_rejected_ones_never(
    client, statement, admin_user
):
    client.post(statement.url, organisation())
    client.post(statement.url, organisation(organisation_name="Spam Org", scope="Texas"))
    approve, reject = (
        Endorsement.objects.get(organisation_name__startswith="Inland"),
        Endorsement.objects.get(organisation_name="Spam Org"),
    )
    client.force_login(admin_user)

    client.post(f"/admin/supporters/endorsements/{approve.pk}/approve/")
    client.post(f"/admin/supporters/endorsements/{reject.pk}/reject/")
    client.logout()

    page = client.get(statement.url).content.decode()
    california = page.split('id="california"')[1].split("</section>")[0]
    assert "Inland Empire Immigrant Youth Collective" in california
    assert "Spam Org" not in page
    assert "rosa@ieiyc.example.org" not in page
    assert mail.outbox[-1].subject == "You are listed: Stand with immigrant families"


def test_joining_twice_gets_the_same_answer_and_keeps_one_entry(client, statement):
    first = client.post(statement.url, organisation())
    again = client.post(
        statement.url, organisation(organisation_name="INLAND EMPIRE IMMIGRANT YOUTH COLLECTIVE")
    )
    assert (again.status_code, again["Location"]) == (first.status_code, first["Location"])
    assert Endorsement.objects.filter(page=statement).count() == 1


def test_a_logo_is_kept_in_the_endorser_logos_collection(client, statement, media_root):
    client.post(statement.url, {**organisation(), "logo": png()})

    logo = Endorsement.objects.get(page=statement).logo
    assert logo.collection.name == "Endorser logos"
    assert (logo.width, logo.height) == (40, 40)


def test_a_logo_that_is_not_an_image_is_refused_plainly(client, statement):
    fake = SimpleUploadedFile("logo.png", b"<svg onload=alert(1)>", content_type="image/png")
    response = client.post(statement.url, {**organisation(), "logo": fake})
    assert response.status_code == 400
    assert "Upload your logo as a PNG, JPEG, GIF or WebP image under 2 MB." in (
        response.content.decode()
    )
    assert not Endorsement.objects.filter(page=statement).exists()


def test_organisation_names_may_be_domains_but_not_links(client, statement):
    assert (
        client.post(statement.url, organisation(organisation_name="MoveOn.org")).status_code == 303
    )
    refused = client.post(
        statement.url, organisation(organisation_name="Buy now https://spam.example")
    )
    assert refused.status_code == 400


def test_import_adds_endorsers_and_explains_every_skipped_row(statement, tmp_path):
    Endorsement.objects.create(page=statement, organisation_name="Already Here", status="approved")
    csv_file = tmp_path / "endorsers.csv"
    csv_file.write_text(
        "Organization,Website,State,Contact Name,Contact Email\n"
        "Detention Watch Network,detentionwatchnetwork.org,national,,\n"
        "CASA,https://wearecasa.org,MD,Ana,ana@wearecasa.org\n"
        "already here,,CA,,\n"
        ",,Texas,,\n"
        "Ontario Friends,,Ontario,,\n"
        "Bad Site Org,not a website,TX,,\n"
        "CASA,,MD,,\n"
        "Freedom for Immigrants,freedomforimmigrants.org,California,,\n",
        encoding="utf-8",
    )
    out = io.StringIO()

    call_command("import_endorsers", str(csv_file), page=str(statement.pk), stdout=out)

    output = out.getvalue()
    listed = dict(
        Endorsement.objects.filter(page=statement).values_list("organisation_name", "scope")
    )
    assert listed == {
        "Already Here": "national",
        "Detention Watch Network": "national",
        "CASA": "Maryland",
        "Freedom for Immigrants": "California",
    }
    assert Endorsement.objects.filter(page=statement, status="approved").count() == 4
    assert "Checked 8 of 8 rows (100%)" in output
    assert 'Added 3 endorsers to "Stand with immigrant families" (listed).' in output
    assert "Skipped 5:" in output
    assert "1 already listed: row 4 (already here)" in output
    assert "1 no organisation name: row 5" in output
    assert "1 unknown state: row 6 (Ontario)" in output
    assert "1 website is not a web address: row 7 (not a website)" in output
    assert "1 repeated in the file (first on row 3): row 8 (CASA)" in output


def test_import_can_queue_endorsers_for_review_and_dry_run_adds_nothing(statement, tmp_path):
    csv_file = tmp_path / "endorsers.csv"
    csv_file.write_text("name,state\nUnited We Dream,national\n", encoding="utf-8")

    call_command(
        "import_endorsers", str(csv_file), page=statement.slug, dry_run=True, stdout=io.StringIO()
    )
    assert not Endorsement.objects.filter(page=statement).exists()

    call_command(
        "import_endorsers", str(csv_file), page=statement.slug, pending=True, stdout=io.StringIO()
    )
    assert Endorsement.objects.get(page=statement).status == "pending"


def test_import_refuses_a_file_without_an_organisation_column(statement, tmp_path):
    csv_file = tmp_path / "endorsers.csv"
    csv_file.write_text("group,url\nnational,x\n", encoding="utf-8")
    with pytest.raises(CommandError, match="must name the columns"):
        call_command("import_endorsers", str(csv_file), page=str(statement.pk))
